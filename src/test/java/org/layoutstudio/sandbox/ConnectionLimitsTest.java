package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox does not keep connections that never finish their request or sit idle, and bounds
 * what a request may carry. The time-outs are the JDK server's, set through system properties
 * once per JVM: they are tested in a sandbox of its own JVM with short values given on its
 * command line (which win over {@link ServerLimits}); the sizes in this JVM with the real limits.
 */
class ConnectionLimitsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void theRealLimitsAreSetBeforeTheServerStarts() throws Exception {
        try (SandboxServer ignored = SandboxServer.start()) {
            assertEquals(Long.toString(ServerLimits.MAX_REQUEST_TIME.toSeconds()), System.getProperty("sun.net.httpserver.maxReqTime"));
            assertEquals(Integer.toString(ServerLimits.MAX_HEADER_BYTES), System.getProperty("sun.net.httpserver.maxReqHeaderSize"));
            assertEquals(Long.toString(ServerLimits.IDLE_TIME.toSeconds()), System.getProperty("sun.net.httpserver.idleInterval"));
        }
    }

    @Test
    void tooManyHeadersAndAFarTooLargeBodyAreRefusedUnread() throws Exception {
        try (SandboxServer server = SandboxServer.start()) {
            int port = server.port();
            String get = "GET /api/v1/organizers/ HTTP/1.1\r\nHost: x\r\nAuthorization: Token " + server.token() + "\r\n";
            assertEquals("HTTP/1.1 200 OK", statusLine(port, get + "X-Filler: y\r\n\r\n"), "a request within the limits");
            StringBuilder many = new StringBuilder(get);
            for (int i = 0; i < ServerLimits.MAX_HEADERS + 10; i++) {
                many.append("X-Filler-").append(i).append(": y\r\n");
            }
            assertRefused(statusLine(port, many.append("\r\n").toString()), "too many headers");
            assertRefused(statusLine(port, get + "X-Filler: " + "y".repeat(ServerLimits.MAX_HEADER_BYTES) + "\r\n\r\n"), "a header too long");
            // 1 GB announced, nothing sent: the answer comes at once, without waiting for the body.
            String status = statusLine(port, "POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Token " + server.token()
                    + "\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n"
                    + "Content-Length: 1073741824\r\n\r\n");
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
    }

    @Test
    void halfOpenAndIdleConnectionsAreClosed() throws Exception {
        Process sandbox = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Djava.awt.headless=true",
                "-Dsun.net.httpserver.maxReqTime=1", "-Dsun.net.httpserver.idleInterval=1",
                "-Dsun.net.httpserver.clockTick=100", "-Dsun.net.httpserver.timerMillis=100",
                "-D" + org.layoutstudio.LogFile.FORCE + "=true",
                "-Dlayoutstudio.logdir=" + Path.of("target", "sandbox-limits-logs").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.layoutstudio.Launcher", "sandbox").start();
        try {
            int port = assertTimeoutPreemptively(HANG_GUARD, () -> portOf(sandbox));
            List<String> halfOpen = List.of(
                    "",
                    "GET /api/v1/organizers/ HTTP/1.1\r\nHost: x\r\nX-Never-Ends: ",
                    "POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b");
            for (String request : halfOpen) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    assertTimeoutPreemptively(HANG_GUARD, () -> assertClosedWithoutAnswer(s.getInputStream()),
                            "the sandbox closed \"" + request.lines().findFirst().orElse("") + "\"");
                }
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.getOutputStream().write("GET /api/v1/organizers/ HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = s.getInputStream();
                assertTimeoutPreemptively(HANG_GUARD, () -> {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                    assertTrue(r.readLine().startsWith("HTTP/1.1 401"), "an answer first");
                    // then the kept-alive connection idles until the sandbox closes it
                    while (r.readLine() != null) {
                        // the rest of the answer
                    }
                }, "the sandbox closed an idle connection");
            }
        } finally {
            sandbox.destroy();
            sandbox.waitFor();
        }
    }

    /** Refused: closed (without an answer) or answered with a client error, instead of the 200 it would get. */
    private static void assertRefused(String statusLine, String what) {
        assertTrue(statusLine.isEmpty() || statusLine.startsWith("HTTP/1.1 4"), what + ": " + statusLine);
    }

    private static int portOf(Process sandbox) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("URL:")) {
                return URI.create(line.substring(4).strip()).getPort();
            }
        }
        throw new IllegalStateException("the sandbox printed no URL");
    }

    /** Reads until the other side closes; nothing may be answered to an unfinished request. */
    private static void assertClosedWithoutAnswer(InputStream in) throws IOException {
        try {
            assertEquals(-1, in.read());
        } catch (SocketException reset) {
            // closed with a reset: closed all the same
        }
    }

    private static String statusLine(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout((int) HANG_GUARD.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return line == null ? "" : line;
        } catch (SocketException reset) {
            return ""; // closed on us while we were still sending
        }
    }
}
