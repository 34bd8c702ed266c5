package org.layoutstudio.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pretix-compatible server for demo mode and tests: the layout, order position, upload and
 * certificate endpoints of pretix's REST API over in-memory demo data, with fault switches.
 * Idle and half-open connections time out and requests are bounded ({@link ServerLimits}).
 *
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.start()) {
 *     String base = server.baseUrl();          // http://127.0.0.1:PORT
 *     String auth = "Token " + server.token(); // Authorization header
 *     server.faults().failNext(2);             // the next two requests answer 503
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    /** The demo organizer's slug. */
    public static final String ORGANIZER = "demo";
    /** The demo event's slug. */
    public static final String EVENT = "democon";
    /** A second organizer whose event the demo tokens may not touch (403). */
    public static final String OTHER_ORGANIZER = "acme";
    /** The other organizer's event. */
    public static final String OTHER_EVENT = "acmefest";

    static {
        // Read once when the JDK's server classes load: set before the first HttpServer is made.
        ServerLimits.apply();
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final SandboxFaults faults = new SandboxFaults();
    private final RequestLog log = new RequestLog();
    private final SandboxState state;
    private final String baseUrl;

    private SandboxServer(SandboxOptions options) throws IOException {
        this.state = new SandboxState(options, faults);
        InetAddress address = InetAddress.getByName(options.host());
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("The sandbox only listens on loopback addresses, not " + options.host() + ".");
        }
        this.http = HttpServer.create(new InetSocketAddress(address, options.port()), 50);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        http.setExecutor(executor);
        http.createContext("/", new FrontDoor(faults, log, new Idempotency(), new PretixRoutes(state),
                new AdminRoutes(faults, log, state), options.clock()));
        http.start();
        this.baseUrl = "http://" + hostForUrl(address) + ":" + http.getAddress().getPort();
        LOG.info("Sandbox listening on {}", baseUrl);
    }

    /** Starts on 127.0.0.1 on a free port. */
    public static SandboxServer start() throws IOException {
        return start(SandboxOptions.defaults());
    }

    /** Starts on 127.0.0.1 on {@code port} (0 = a free port). */
    public static SandboxServer start(int port) throws IOException {
        return start(SandboxOptions.defaults().withPort(port));
    }

    public static SandboxServer start(SandboxOptions options) throws IOException {
        return new SandboxServer(options);
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash: the "pretix URL" a client is configured with. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Same as {@link #baseUrl()}. */
    public String url() {
        return baseUrl;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String organizer() {
        return ORGANIZER;
    }

    public String event() {
        return EVENT;
    }

    /** A team API token with every permission on the demo organizer: {@code Authorization: Token <token>}. */
    public String token() {
        return state.tokens().teamToken();
    }

    /** A team token of the demo organizer that may read but not write (writes get 403). */
    public String readOnlyToken() {
        return state.tokens().readOnlyToken();
    }

    /** A team token of the other organizer ({@link #OTHER_ORGANIZER}): the demo event answers 403. */
    public String otherOrganizerToken() {
        return state.tokens().otherOrganizerToken();
    }

    /** An OAuth access token for the demo organizer: {@code Authorization: Bearer <token>}. */
    public String oauthToken() {
        return state.tokens().oauthToken();
    }

    /** A device token for the demo organizer: {@code Authorization: Device <token>}. */
    public String deviceToken() {
        return state.tokens().deviceToken();
    }

    /** The fault switches; change them at any time. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Every API request received so far. */
    public RequestLog requests() {
        return log;
    }

    /** The demo data and layouts, for tests that need ids or names. */
    public SandboxState state() {
        return state;
    }

    /** How long a certificate result answers 409 before the PDF is ready (applies to new requests). */
    public void setCertificatePreparation(Duration preparation) {
        state.setCertificatePreparation(preparation);
    }

    /** How long an uploaded {@code file:} id can be used (applies to new uploads). */
    public void setUploadLifetime(Duration lifetime) {
        state.setUploadLifetime(lifetime);
    }

    /** Stops listening at once and ends the worker threads. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        LOG.info("Sandbox on {} stopped", baseUrl);
    }

    private static String hostForUrl(InetAddress address) {
        String h = address.getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
