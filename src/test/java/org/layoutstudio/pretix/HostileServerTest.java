package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers that misbehave on purpose, over real sockets: one that drips a byte now and then after
 * its headers, one that accepts and never answers, one whose certificate nobody trusts. Each call
 * must end by its deadline, with a sentence and no library text. The time bounds are hang guards
 * computed from the configured deadlines, with generous room for a loaded machine.
 */
class HostileServerTest {
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void aServerThatDripsOneByteAtATimeIsCutOffAtTheCallDeadlineAndNotRetried() throws Exception {
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        open.add(drip::shutdownNow);
        int port = serve(socket -> {
            readRequest(socket);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // A byte every 100 ms: never silent long enough for the read time-out.
            drip.scheduleAtFixedRate(() -> {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e); // the client hung up: stop dripping
                }
            }, 100, 100, TimeUnit.MILLISECONDS);
        });
        Duration read = Duration.ofSeconds(2);
        Duration call = Duration.ofMillis(1500);
        Duration budget = Duration.ofSeconds(20);
        PretixClient client = client("http://127.0.0.1:" + port, read, call, budget);

        long t0 = System.nanoTime();
        PretixException e = assertTimeoutPreemptively(budget.multipliedBy(3), () -> assertThrows(PretixException.class, client::listLayouts));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertEquals(PretixException.Kind.TIMED_OUT, e.kind(), e.userMessage());
        assertEquals("The server 127.0.0.1:" + port + " did not finish its answer within 2 seconds; it may be overloaded"
                + " or the connection very slow. Try again later.", e.userMessage());
        assertEquals(1, connections.get(), "a server that took the whole deadline is not asked again");
        assertTrue(took.compareTo(call.multipliedBy(4).plus(CONNECT)) < 0, "ended by the call deadline, not the budget: " + took);
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpWithinTheRequestBudget() throws Exception {
        int port = serve(HostileServerTest::readRequest); // and then: nothing, the socket stays open
        Duration read = Duration.ofSeconds(30);
        Duration call = Duration.ofSeconds(30);
        Duration budget = Duration.ofMillis(1500);
        PretixClient client = client("http://127.0.0.1:" + port, read, call, budget);

        long t0 = System.nanoTime();
        PretixException e = assertTimeoutPreemptively(read, () -> assertThrows(PretixException.class, client::listLayouts));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertEquals(PretixException.Kind.TIMED_OUT, e.kind(), e.userMessage());
        assertTrue(e.userMessage().startsWith("The server 127.0.0.1:" + port + " did not finish its answer within 2 seconds"), e.userMessage());
        assertEquals(1, connections.get());
        assertTrue(took.compareTo(budget.multipliedBy(4).plus(CONNECT)) < 0, "ended by the budget, long before the read time-out: " + took);
    }

    @Test
    void silenceIsRetriedButOnlyWithinTheBudget() throws Exception {
        int port = serve(HostileServerTest::readRequest);
        Duration read = Duration.ofMillis(400);
        Duration budget = Duration.ofMillis(1600);
        PretixClient client = client("http://127.0.0.1:" + port, read, Duration.ofSeconds(30), budget);

        long t0 = System.nanoTime();
        PretixException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(PretixException.class, client::listLayouts));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertTrue(e.kind() == PretixException.Kind.NETWORK || e.kind() == PretixException.Kind.TIMED_OUT, e.kind().toString());
        assertTrue(connections.get() >= 2 && connections.get() <= RetryPolicy.standard().maxAttempts(),
                connections.get() + " attempts");
        assertTrue(took.compareTo(budget.multipliedBy(4).plus(CONNECT)) < 0, took.toString());
    }

    @Test
    void aSelfSignedCertificateIsRefusedAtOnceInPlainWords() throws Exception {
        SSLContext tls = selfSignedServerContext();
        ServerSocket server = tls.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        int port = accept(server, HostileServerTest::readRequest);
        PretixClient client = client("https://127.0.0.1:" + port, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(20));

        PretixException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(PretixException.class, client::listLayouts));

        assertEquals(PretixException.Kind.UNTRUSTED_CERTIFICATE, e.kind());
        // the app explains it in the user's language, not as "pretix refused the request"
        org.layoutstudio.ui.ErrorReport shown = org.layoutstudio.ui.ErrorMessages.forLocale(java.util.Locale.GERMAN).explain(e);
        assertEquals("Zertifikat nicht vertrauenswürdig", shown.title());
        assertTrue(shown.whatHappened().contains("nichts gesendet"), shown.whatHappened());
        assertEquals("The server's certificate for 127.0.0.1:" + port + " is not trusted by this computer: it may be self-signed,"
                + " expired or made out for another name, so Layout Studio sent nothing (not your token either)."
                + " If this is your own pretix, give it a certificate from a recognised authority such as Let's Encrypt;"
                + " if you did not expect this, someone may be listening in on your connection.", e.userMessage());
        assertFalse(e.userMessage().contains("PKIX") || e.userMessage().contains("sun.security"), e.userMessage());
        assertEquals(1, connections.get(), "a handshake that failed on trust is not tried again");
        assertFalse(e.isTransient());
    }

    private PretixClient client(String url, Duration read, Duration call, Duration budget) {
        PretixClient c = PretixClient.builder(PretixConnection.withToken(url, "org", "ev", FakePretix.TOKEN))
                .timeouts(CONNECT, read, call)
                .retryPolicy(RetryPolicy.standard().withBudget(budget))
                .build();
        open.add(c);
        return c;
    }

    private int serve(Handler handler) throws IOException {
        return accept(new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1")), handler);
    }

    /** Accepts connections for ever on a daemon thread; each is handed to {@code handler} and kept open. */
    private int accept(ServerSocket server, Handler handler) {
        open.add(server);
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    connections.incrementAndGet();
                    open.add(s);
                    handler.accept(s);
                } catch (IOException e) {
                    // closed at the end of the test, or a handshake the client broke off
                }
            }
        }, "hostile-server");
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }

    @FunctionalInterface
    private interface Handler {
        void accept(Socket socket) throws IOException;
    }

    /** Reads up to the blank line that ends the request's headers. */
    private static void readRequest(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    /** A key pair and a self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private SSLContext selfSignedServerContext() throws Exception {
        Path store = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool made the certificate");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
