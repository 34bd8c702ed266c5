package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code layout-studio sandbox}: prints URL, organizer, event and token, serves until stopped. */
class SandboxCommandTest {

    @Test
    void printsConnectionDetailsServesAndStops() throws Exception {
        CommandLine cl = StudioCommand.commandLine();
        CountDownLatch ready = new CountDownLatch(1);
        StringWriter out = new StringWriter() {
            @Override
            public void flush() {
                super.flush();
                if (toString().contains("Press Ctrl+C")) {
                    ready.countDown();
                }
            }
        };
        cl.setOut(new PrintWriter(out, true));
        SandboxCommand command = cl.getSubcommands().get("sandbox").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("sandbox"));

        assertTrue(ready.await(20, TimeUnit.SECONDS), "the command printed its details: " + out);
        String printed = out.toString();
        Matcher m = Pattern.compile("Token:\\s+([a-z0-9]{64})").matcher(printed);
        assertTrue(m.find(), printed);
        Matcher url = Pattern.compile("URL:\\s+(http://127\\.0\\.0\\.1:\\d+)").matcher(printed);
        assertTrue(url.find(), printed);
        assertTrue(printed.contains("Organizer: demo"), printed);
        assertTrue(printed.contains("Event:     democon"), printed);
        assertNotNull(command.server());

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url.group(1) + "/api/v1/organizers/demo/events/democon/ticketlayouts/"))
                .header("Authorization", "Token " + m.group(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());

        command.stop();
        assertEquals(StudioCommand.OK, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aPortInUseIsAnErrorNotAStackTrace() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            int code = StudioCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "sandbox", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(StudioCommand.FAILED, code);
            assertTrue(err.toString().startsWith("error: The sandbox could not listen on port " + taken.getLocalPort()), err.toString());
        }
    }
}
