package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.render.compare.DiffPalette;
import org.layoutstudio.sandbox.SandboxServer;

/** {@code compare POSITION_ID} end to end against the sandbox over real HTTP: the figure, the picture, the exit codes. */
class CompareCommandTest {
    private static final Pattern FIGURE = Pattern.compile("Ink agreement (\\d\\.\\d{4}) \\(threshold");

    @TempDir
    Path tmp;
    SandboxServer server;
    int position;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start();
        server.state().setTicketPreparation(Duration.ZERO); // ready at the first request; one test waits for real
        position = server.state().attendees().get(0).positionId();
        ConnectionOptions.environment = Map.of("PRETIX_TOKEN", server.token(), "OTHER", server.otherOrganizerToken())::get;
    }

    @AfterEach
    void stop() {
        ConnectionOptions.environment = System::getenv;
        server.close();
    }

    int run(String... args) {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        all.addAll(List.of("--server", server.baseUrl(), "--organizer", server.organizer(), "--event", server.event()));
        return StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    double figure() {
        Matcher m = FIGURE.matcher(out.toString());
        assertTrue(m.find(), out.toString());
        return Double.parseDouble(m.group(1));
    }

    static int[] colourCounts(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        int[] n = new int[2];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                n[0] += rgb == DiffPalette.DEFAULT.onlyOurs() ? 1 : 0;
                n[1] += rgb == DiffPalette.DEFAULT.onlyTheirs() ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theSameTicketAgreesCompletelyAndExitsZero() throws Exception {
        Path picture = tmp.resolve("same.png");
        assertEquals(0, run(Integer.toString(position), "--diff", picture.toString()), err.toString());
        assertEquals(1.0, figure());
        assertTrue(out.toString().contains("layout \"Default layout\" (#1, the product's layout)"), out.toString());
        assertFalse(out.toString().contains("differences within"));
        assertEquals(0, colourCounts(picture)[0] + colourCounts(picture)[1], "no ink only on one side");
    }

    @Test
    void anElementMovedByPretixDropsTheFigureExitsOneAndShowsWhere() throws Exception {
        server.faults().shiftTicketElement(0, 10, 0); // the QR code at 130.4 mm, 10 mm to the right
        Path picture = tmp.resolve("moved.png");
        assertEquals(1, run(Integer.toString(position), "--diff", picture.toString()), err.toString());
        assertTrue(figure() < 0.99, out.toString());
        assertTrue(out.toString().contains("page 1: differences within x 13"), out.toString());
        int[] counts = colourCounts(picture);
        assertTrue(counts[0] > 0 && counts[1] > 0, "ink only in ours and only in pretix's");
        assertTrue(err.toString().contains("Saved the difference picture to " + picture));

        out.getBuffer().setLength(0);
        assertEquals(0, run(Integer.toString(position), "--threshold", "0.5"), "a lower threshold accepts it");
    }

    @Test
    void aLayoutFileOrIdCanBeChosen() throws Exception {
        Path file = tmp.resolve("default.json");
        Files.writeString(file, server.state().layoutJson(server.state().defaultLayoutId().orElseThrow()).orElseThrow());
        assertEquals(0, run(Integer.toString(position), "--layout", file.toString()), err.toString());
        assertTrue(out.toString().contains("file " + file), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(Integer.toString(position), "--layout", "1"), err.toString());
        assertTrue(out.toString().contains("(#1, chosen with --layout)"), out.toString());
        assertEquals(2, run(Integer.toString(position), "--layout", "4711"));
        assertTrue(err.toString().contains("error: "), err.toString());
        assertEquals(2, run(Integer.toString(position), "--layout", "no-such-file.json"));
        assertTrue(err.toString().contains("neither a layout id nor a file"), err.toString());
    }

    @Test
    void aTextInSeveralLanguagesIsComparedInTheOrdersLanguage() throws Exception {
        // the greeting becomes the event's default layout, which pretix (the sandbox) prints in the order's language
        onlyLayout("{\"name\": \"Greeting\", \"layout\": [{\"type\": \"textarea\", \"page\": 1, \"locale\": \"\", "
                + "\"left\": \"20.00\", \"bottom\": \"250.00\", \"fontsize\": \"24.0\", \"color\": [0, 0, 0, 1], "
                + "\"fontfamily\": \"Open Sans\", \"bold\": true, \"italic\": false, \"width\": \"150.00\", "
                + "\"content\": \"other_i18n\", \"text\": \"\", \"text_i18n\": {\"en\": \"Welcome\", \"de\": \"Willkommen\"}, "
                + "\"align\": \"left\"}]}");
        int german = server.state().attendees().stream().filter(a -> a.name().startsWith("Jürgen")).findFirst().orElseThrow().positionId();
        assertEquals(0, run(Integer.toString(german)), out + "\n" + err);
        assertEquals(1.0, figure(), "ours says Willkommen too");
    }

    /**
     * Creates a layout from {@code json} and deletes the assigned default one (#1), which drops its
     * assignments: pretix makes the new one the default. Returns the new layout's id.
     */
    private long onlyLayout(String json) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String layouts = server.baseUrl() + "/api/v1/organizers/demo/events/democon/ticketlayouts/";
        HttpRequest.Builder req = HttpRequest.newBuilder().header("Authorization", "Token " + server.token());
        HttpResponse<String> created = http.send(req.copy().uri(URI.create(layouts))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode());
        assertEquals(204, http.send(req.copy().uri(URI.create(layouts + "1/")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        return new ObjectMapper().readTree(created.body()).get("id").asLong();
    }

    @Test
    void withoutAnAssignmentTheEventsDefaultLayoutIsUsed() throws Exception {
        long id = onlyLayout("{\"name\": \"Badge\", \"layout\": [{\"type\": \"textarea\", \"page\": 1, \"locale\": \"\", "
                + "\"left\": \"20.00\", \"bottom\": \"250.00\", \"fontsize\": \"24.0\", \"color\": [0, 0, 0, 1], "
                + "\"fontfamily\": \"Open Sans\", \"bold\": true, \"italic\": false, \"width\": \"150.00\", "
                + "\"content\": \"attendee_name\", \"text\": \"\", \"align\": \"left\"}]}");
        assertEquals(0, run(Integer.toString(position)), err.toString());
        assertEquals(1.0, figure());
        assertTrue(out.toString().contains("layout \"Badge\" (#" + id + ", the event's default layout)"), out.toString());

        assertEquals(204, HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create(server.baseUrl() + "/api/v1/organizers/demo/events/democon/ticketlayouts/" + id + "/"))
                .header("Authorization", "Token " + server.token()).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        out.getBuffer().setLength(0);
        assertEquals(0, run(Integer.toString(position)), "no layout at all: pretix's built-in ticket on both sides");
        assertTrue(out.toString().contains("layout \"pretix's default ticket\" (the event has no layout)"), out.toString());
    }

    @Test
    void waitsWhilePretixPreparesThePdfWithProgressOnStderr() {
        server.state().setTicketPreparation(Duration.ofMillis(300));
        assertEquals(0, run(Integer.toString(position)), err.toString());
        assertTrue(err.toString().contains(position + ": asking pretix for its ticket PDF (request 1, 0 s)"), err.toString());
        assertTrue(err.toString().contains(position + ": pretix is preparing the ticket PDF (request 1"), err.toString());
    }

    @Test
    void anUnknownPositionIsAFailure() {
        assertEquals(2, run("99999"));
        assertTrue(err.toString().contains("error: ") && err.toString().contains("99999"), err.toString());
        assertTrue(out.toString().isEmpty());
    }

    @Test
    void refusalsAreFailures() {
        assertEquals(2, run(Integer.toString(server.state().canceledPositionId())));
        assertTrue(err.toString().contains("Downloads are not available for canceled or expired orders."), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(Integer.toString(position), "--token-env", "OTHER"), "another organizer's token: 403");
        assertTrue(err.toString().contains("error: "), err.toString());
    }

    @Test
    void neverReadyGivesUpAfterTheTimeout() {
        server.faults().ticketsNeverReady(true);
        assertEquals(2, run(Integer.toString(position), "--timeout", "1"));
        assertTrue(err.toString().contains("was not ready within 1 second"), err.toString());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run(Integer.toString(position), "--threshold", "1.5"));
        assertTrue(err.toString().contains("--threshold is an agreement from 0 to 1"), err.toString());
        assertEquals(2, run(Integer.toString(position), "--timeout", "0"));
        assertEquals(2, run(Integer.toString(position), "--background", "x.pdf"));
        assertTrue(err.toString().contains("--background goes with --layout FILE"), err.toString());
    }

    @Test
    void helpExplainsTheCommandAndTheRootListsIt() {
        assertEquals(0, StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "compare", "--help"));
        assertTrue(out.toString().startsWith("Usage: layout-studio compare"), out.toString());
        assertTrue(out.toString().contains("--diff=OUT.png") && out.toString().contains("1   the agreement is below --threshold"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "--help"));
        assertTrue(out.toString().contains("  compare "), out.toString());
    }
}
