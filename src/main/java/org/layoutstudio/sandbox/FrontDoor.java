package org.layoutstudio.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single HTTP handler: reads the request, logs it, applies the fault switches, replays
 * idempotent requests, hands the rest to the API routes and writes the reply.
 */
final class FrontDoor implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);
    static final String ADMIN_PREFIX = "/_sandbox/";

    private final SandboxFaults faults;
    private final RequestLog log;
    private final Idempotency idempotency;
    private final Routes routes;
    private final AdminRoutes admin;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    FrontDoor(SandboxFaults faults, RequestLog log, Idempotency idempotency, Routes routes, AdminRoutes admin, Clock clock) {
        this.faults = faults;
        this.log = log;
        this.idempotency = idempotency;
        this.routes = routes;
        this.admin = admin;
        this.clock = clock;
    }

    /** What the API part of the server does with a request that was not faulted. */
    interface Routes {
        HttpReply handle(ApiRequest request);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Request failed: {}", e.toString());
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = lowerCase(exchange);
        byte[] body = readBody(exchange);
        String origin = origin(exchange, headers);

        if (path.startsWith(ADMIN_PREFIX)) {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                send(exchange, method, HttpReply.detail(403, "The sandbox admin endpoint only answers on loopback."));
                return;
            }
            send(exchange, method, admin.handle(new ApiRequest(method, path, query, headers, body == null ? new byte[0] : body, origin)));
            return;
        }

        RecordedRequest record = new RecordedRequest(sequence.incrementAndGet(), clock.instant(), method, path,
                query == null ? "" : query, headers, body == null ? new byte[0] : body);
        log.add(record);

        SandboxFaults.Decision d = faults.next(path);
        if (d.delayMillis() > 0 && d.action() != SandboxFaults.Action.NONE) {
            Thread.sleep(d.delayMillis());
        }
        HttpReply reply;
        switch (d.action()) {
            case RESET:
                record.status(RecordedRequest.NO_RESPONSE);
                // Closing an exchange before any header was sent closes the socket: the client
                // reads end-of-stream where it expected a status line.
                exchange.close();
                return;
            case FAIL:
                reply = HttpReply.bytes(d.status(), "text/html; charset=utf-8",
                        ("<html><body><h1>" + d.status() + " Server Error</h1><p>The sandbox was told to fail this request.</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8));
                break;
            case THROTTLE:
                reply = HttpReply.detail(429, "Request was throttled. Expected available in "
                        + d.retryAfterSeconds() + " second" + (d.retryAfterSeconds() == 1 ? "" : "s") + ".")
                        .withHeader("Retry-After", Integer.toString(d.retryAfterSeconds()));
                break;
            case REDIRECT:
                reply = HttpReply.empty(d.status()).withHeader("Location",
                        d.redirectTarget() + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
                break;
            case GARBAGE:
                reply = HttpReply.bytes(200, "application/json",
                        "\u0000\u00ff<html>this is not JSON {\"count\": ".getBytes(StandardCharsets.ISO_8859_1));
                break;
            default: // NONE and LOSE_ANSWER: carry the request out
                if (body == null) {
                    reply = HttpReply.detail(413, "The request body is larger than the sandbox accepts ("
                            + (ServerLimits.MAX_BODY / 1024 / 1024) + " MiB).").withHeader("Connection", "close");
                } else {
                    ApiRequest request = new ApiRequest(method, path, query, headers, body, origin);
                    // A slow server is slow while it holds the idempotency key: a client that
                    // times out and retries with the same key meets pretix's "concurrent" 409.
                    reply = idempotency.handle(request, r -> {
                        pause(d.delayMillis());
                        return routes.handle(r);
                    });
                }
        }
        if (d.action() == SandboxFaults.Action.LOSE_ANSWER) {
            record.status(RecordedRequest.NO_RESPONSE);
            exchange.close();
            return;
        }
        record.status(reply.status());
        send(exchange, method, reply);
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The sandbox is stopping", e);
        }
    }

    private static void send(HttpExchange exchange, String method, HttpReply reply) throws IOException {
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            exchange.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        exchange.getResponseHeaders().set("Vary", "Accept");
        boolean noBody = method.equals("HEAD") || reply.status() == 204 || reply.status() == 304 || reply.body().length == 0;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
        exchange.close();
    }

    /**
     * The body, or null when it is larger than {@link ServerLimits#MAX_BODY}. A body declared far
     * larger is not read at all; one found larger while reading is drained only up to
     * {@link ServerLimits#MAX_DRAIN} more.
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            if (declared != null && Long.parseLong(declared.trim()) > (long) ServerLimits.MAX_BODY + ServerLimits.MAX_DRAIN) {
                return null;
            }
        } catch (NumberFormatException e) {
            // the JDK's server has refused a malformed length before we are called
        }
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        long total = 0;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > ServerLimits.MAX_BODY + ServerLimits.MAX_DRAIN) {
                return null;
            }
            if (total <= ServerLimits.MAX_BODY) {
                out.write(buf, 0, n);
            }
        }
        return total > ServerLimits.MAX_BODY ? null : out.toByteArray();
    }

    private static Map<String, List<String>> lowerCase(HttpExchange exchange) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return out;
    }

    private static String origin(HttpExchange exchange, Map<String, List<String>> headers) {
        List<String> host = headers.get("host");
        if (host != null && !host.isEmpty() && !host.get(0).isBlank()) {
            return "http://" + host.get(0).trim();
        }
        var local = exchange.getLocalAddress();
        return "http://" + local.getAddress().getHostAddress() + ":" + local.getPort();
    }
}
