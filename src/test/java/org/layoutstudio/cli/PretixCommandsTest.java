package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.pretix.FakePretix;

/** {@code layouts …} and {@code certificate …} end to end against a fake pretix on 127.0.0.1. */
class PretixCommandsTest {
    static final String POWERED = "[{\"type\":\"poweredby\",\"left\":\"0\",\"bottom\":\"0\",\"size\":\"1.00\",\"content\":\"dark\"}]";
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;
    FakePretix pretix;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        pretix = new FakePretix();
        ConnectionOptions.environment = Map.of("PRETIX_TOKEN", FakePretix.TOKEN, "OTHER", "wrong")::get;
    }

    @AfterEach
    void stop() {
        ConnectionOptions.environment = System::getenv;
        pretix.close();
    }

    int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--server")) {
            all.addAll(List.of("--server", pretix.baseUrl(), "--organizer", FakePretix.ORG, "--event", FakePretix.EVENT));
        }
        return StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    List<RecordedRequest> writes() {
        return pretix.requests().stream().filter(r -> !r.getMethod().equals("GET")).toList();
    }

    @Test
    void listShowsEveryLayout() {
        pretix.addLayout("Default layout", true, POWERED);
        pretix.addLayout("Badge-ish", false, "[]");
        assertEquals(0, run("layouts", "list"));
        assertTrue(out.toString().contains("default   1 elements  1 products  Default layout"), out.toString());
        assertTrue(out.toString().contains("Badge-ish"));
        assertTrue(out.toString().contains("2 layouts"));
    }

    @Test
    void pullWritesPrettyJsonToAFileOrStdout() throws Exception {
        long id = pretix.addLayout("Foo", true, POWERED);
        assertEquals(0, run("layouts", "pull", Long.toString(id)));
        assertEquals(LayoutJson.writePretty(LayoutJson.parse(POWERED)), out.toString());
        Path f = tmp.resolve("foo.json");
        assertEquals(0, run("layouts", "pull", Long.toString(id), "-o", f.toString()));
        assertEquals(POWERED, LayoutJson.writeCompact(LayoutJson.parse(Files.readAllBytes(f))));
        assertEquals(2, run("layouts", "pull", Long.toString(id), "-o", tmp.resolve("sub/foo.json").toString()));
        assertTrue(err.toString().contains("error: could not write the file: The folder " + tmp.resolve("sub")
                + " does not exist; make it first or write elsewhere."), err.toString());
    }

    @Test
    void pullCanSaveTheBackgroundToo() throws Exception {
        long id = pretix.addLayout("Foo", true, POWERED);
        pretix.route(r -> r.getUrl().encodedPath().startsWith("/static/")
                ? new MockResponse.Builder().code(200).body(new okio.Buffer().write(PDF)).build() : null);
        Path json = tmp.resolve("foo.json");
        Path bg = tmp.resolve("foo.pdf");
        assertEquals(0, run("layouts", "pull", Long.toString(id), "-o", json.toString(), "--background", bg.toString()));
        assertArrayEquals(PDF, Files.readAllBytes(bg));
        assertTrue(err.toString().contains("Saved its background to"), err.toString());
    }

    @Test
    void pushPatchesOnlyTheChangedLayoutAndSkipsAnUnchangedOne() throws Exception {
        long id = pretix.addLayout("Foo", true, POWERED);
        Path f = tmp.resolve("l.json");
        Files.writeString(f, "[\n  {\"type\": \"poweredby\", \"left\": \"10.00\", \"bottom\": \"0\", \"size\": \"1.00\", \"content\": \"dark\"}\n]\n");
        assertEquals(0, run("layouts", "push", f.toString(), "--id", Long.toString(id)));
        assertEquals(1, writes().size());
        RecordedRequest patch = writes().get(0);
        assertEquals("PATCH", patch.getMethod());
        String body = patch.getBody().utf8();
        assertTrue(body.startsWith("{\"layout\":[{\"type\":\"poweredby\",\"left\":\"10.00\""), body);
        assertFalse(body.contains("default") || body.contains("background") || body.contains("name"), body);
        assertTrue(out.toString().contains("changed: layout"), out.toString());

        assertEquals(0, run("layouts", "push", f.toString(), "--id", Long.toString(id)));
        assertEquals(1, writes().size(), "nothing sent the second time");
        assertTrue(out.toString().contains("already up to date"));
    }

    @Test
    void pushWithBackgroundUploadsFirstThenPuts() throws Exception {
        long id = pretix.addLayout("Foo", false, POWERED);
        Path f = tmp.resolve("l.json");
        Files.writeString(f, POWERED);
        Path bg = tmp.resolve("bg.pdf");
        Files.write(bg, PDF);
        assertEquals(0, run("layouts", "push", f.toString(), "--id", Long.toString(id), "--put", "--background", bg.toString(), "--name", "Renamed"));
        List<RecordedRequest> w = writes();
        assertEquals("/api/v1/upload", w.get(0).getUrl().encodedPath());
        assertEquals("attachment; filename=\"bg.pdf\"", w.get(0).getHeaders().get("Content-Disposition"));
        assertEquals("PUT", w.get(1).getMethod());
        String body = w.get(1).getBody().utf8();
        assertTrue(body.matches("\\{\"name\":\"Renamed\",\"layout\":\\[.*],\"background\":\"file:[0-9a-f-]+\"}"), body);
        assertEquals("Renamed", pretix.layout(id).get("name").asText());
    }

    @Test
    void createAndDelete() throws Exception {
        Path f = tmp.resolve("l.json");
        Files.writeString(f, POWERED);
        assertEquals(0, run("layouts", "push", f.toString(), "--create", "--name", "Brand new"));
        assertTrue(out.toString().contains("Created layout 1 \"Brand new\""), out.toString());
        assertFalse(writes().get(0).getBody().utf8().contains("default"));
        assertEquals(0, run("layouts", "delete", "1"));
        assertEquals(0, pretix.layoutCount());
        assertEquals(1, run("layouts", "delete", "1"));
        assertTrue(err.toString().contains("pretix does not know the ticket layout 1"), err.toString());
    }

    @Test
    void serverRefusalsExitWith1AndTheirReason() throws Exception {
        long id = pretix.addLayout("Foo", false, POWERED);
        Path f = tmp.resolve("l.json");
        Files.writeString(f, "[{\"type\":\"textarea\"}]");
        pretix.route(r -> r.getMethod().equals("PATCH") ? FakePretix.json(400, "{\"layout\":[\"Your layout file is not a valid layout. "
                + "Error message: {'type': 'textarea'} is not valid under any of the given schemas\\n\\nFailed validating 'oneOf'\"]}") : null);
        assertEquals(1, run("layouts", "push", f.toString(), "--id", Long.toString(id), "--force"));
        assertTrue(err.toString().contains("layout: Your layout file is not a valid layout."), err.toString());
        assertFalse(err.toString().contains("Failed validating"));
        assertFalse(err.toString().contains(FakePretix.TOKEN));
    }

    @Test
    void invalidLayoutIsRefusedLocallyWithSentencesAndNothingIsSent() throws Exception {
        long id = pretix.addLayout("Foo", false, POWERED);
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "[{\"type\":\"barcodearea\",\"left\":\"1,5\",\"bottom\":\"0\",\"size\":\"30\"}]");
        int before = pretix.requests().size();
        assertEquals(1, run("layouts", "push", f.toString(), "--id", Long.toString(id)));
        assertTrue(err.toString().contains("element 1 (barcodearea)"), err.toString());
        assertTrue(err.toString().contains("\"left\""), err.toString());
        assertTrue(err.toString().contains("nothing was sent"), err.toString());
        assertEquals(before, pretix.requests().size(), "no request reached the server");
    }

    @Test
    void wrongTokenIs1UsageAndNetworkAre2() throws Exception {
        assertEquals(1, run("layouts", "list", "--token-env", "OTHER", "--server", pretix.baseUrl(), "--organizer", "dummy", "--event", "democon"));
        assertTrue(err.toString().contains("did not accept the API token"), err.toString());
        assertEquals(2, run("layouts", "list", "--token-env", "MISSING", "--server", pretix.baseUrl(), "--organizer", "dummy", "--event", "democon"));
        assertTrue(err.toString().contains("No API token: set the environment variable MISSING"), err.toString());
        assertEquals(2, run("layouts", "list", "--server", "http://pretix.example.com", "--organizer", "dummy", "--event", "democon"));
        assertTrue(err.toString().contains("not HTTPS"));
        assertEquals(2, run("layouts", "push", "x.json"));
        String gone = pretix.baseUrl();
        pretix.close();
        assertEquals(2, run("layouts", "list", "--server", gone, "--organizer", "dummy", "--event", "democon"));
        assertTrue(err.toString().contains("Could not connect to 127.0.0.1"), err.toString());
    }

    @Test
    void certificatesAreSavedWithProgressOnStderr() throws Exception {
        String first = "/api/v1/organizers/dummy/events/democon/orderpositions/";
        pretix.route(r -> {
            String p = r.getUrl().encodedPath();
            if (p.equals(first + "426/certificate/") && r.getUrl().queryParameter("result") == null) {
                return new MockResponse.Builder().code(303).setHeader("Location", p + "?result=abc").build();
            }
            if (p.equals(first + "426/certificate/")) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
                        .setHeader("Content-Disposition", "attachment; filename=\"democon-ABC12-1-certificate.pdf\"")
                        .body(new okio.Buffer().write(PDF)).build();
            }
            return FakePretix.json(403, "{\"detail\":\"Downloads are not available for pending orders.\"}");
        });
        Path dir = tmp.resolve("certs");
        assertEquals(1, run("certificate", "426", "427", "-o", dir.toString(), "--timeout", "30"));
        assertArrayEquals(PDF, Files.readAllBytes(dir.resolve("democon-ABC12-1-certificate.pdf")));
        assertTrue(out.toString().contains("426: saved "), out.toString());
        assertTrue(err.toString().contains("426: asking pretix for the certificate (request 1, 0 s)"), err.toString());
        assertTrue(err.toString().contains("427: error: pretix refused access to the certificate of order position 427: Downloads are not available for pending orders."), err.toString());
    }
}
