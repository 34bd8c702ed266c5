package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutJson;

/** Every ticket layout endpoint of spec/ticketlayouts-api.txt against a fake pretix on 127.0.0.1. */
class LayoutEndpointsTest {
    static final String POWERED = "[{\"type\":\"poweredby\",\"left\":\"0\",\"bottom\":\"0\",\"size\":\"1.00\",\"content\":\"dark\"}]";
    static final String LITERALS = "[{\"type\":\"barcodearea\",\"left\":\"17.50\",\"bottom\":1.50,\"size\":\"45.00\",\"content\":\"secret\",\"x-unknown\":{\"k\":-0}}]";
    static final Pattern UUID4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    FakePretix pretix;
    FakeSleeper sleeper = new FakeSleeper();
    PretixClient client;

    @BeforeEach
    void start() throws Exception {
        pretix = new FakePretix();
        client = pretix.client(sleeper);
    }

    @AfterEach
    void stop() {
        client.close();
        pretix.close();
    }

    private RecordedRequest last() {
        List<RecordedRequest> r = pretix.requests();
        return r.get(r.size() - 1);
    }

    private JsonNode lastBody() throws Exception {
        return LayoutJson.parse(FakePretix.body(last()));
    }

    @Test
    void listFollowsNextAcrossThreePagesOf120() throws Exception {
        for (int i = 0; i < 120; i++) {
            pretix.addLayout(String.format("Layout %03d", i), i == 0, POWERED);
        }
        List<TicketLayoutResource> all = client.listLayouts();
        assertEquals(120, all.size());
        assertEquals("Layout 119", all.get(119).name());
        assertEquals(3, pretix.requests().size());
        assertEquals("3", pretix.requests().get(2).getUrl().queryParameter("page"));
        for (RecordedRequest r : pretix.requests()) {
            assertEquals("Token " + FakePretix.TOKEN, r.getHeaders().get("Authorization"));
            assertTrue(r.getHeaders().get("User-Agent").startsWith("LayoutStudio/"));
            assertNull(r.getHeaders().get("X-Idempotency-Key"), "GET carries no idempotency key");
        }
    }

    @Test
    void clientsShareTheTrustStoreButCloseOnlyTheirOwnConnections() throws Exception {
        pretix.addLayout("Foo", true, POWERED);
        PretixConnection secure = PretixConnection.of("https://pretix.example", "org", "ev", AuthScheme.TOKEN, "secret-token");
        try (PretixClient one = new PretixClient(secure); PretixClient two = new PretixClient(secure)) {
            assertSame(one.http().sslSocketFactory(), two.http().sslSocketFactory(), "the platform's trust store is read once");
        }
        PretixClient other = pretix.client(sleeper);
        assertNotSame(client.http().dispatcher(), other.http().dispatcher());
        assertNotSame(client.http().connectionPool(), other.http().connectionPool());
        other.listLayouts();
        other.close();
        assertEquals(1, client.listLayouts().size(), "closing one client leaves the others working");
    }

    @Test
    void aLoopbackClientSpeaksPlainHttpOnlyAndHasNoTlsSetUp() throws Exception {
        pretix.addLayout("Foo", true, POWERED);
        assertEquals(List.of(ConnectionSpec.CLEARTEXT), client.http().connectionSpecs());
        assertThrows(IllegalStateException.class, () -> client.http().sslSocketFactory(), "no trust store read for the sandbox");
        assertEquals(1, client.listLayouts().size());
        PretixConnection secure = PretixConnection.of("https://pretix.example", "org", "ev", AuthScheme.TOKEN, "secret-token");
        try (PretixClient remote = new PretixClient(secure)) {
            assertTrue(remote.http().connectionSpecs().stream().anyMatch(ConnectionSpec::isTls), "a remote server is spoken to over TLS");
        }
    }

    @Test
    void getKeepsLiteralsUnknownFieldsAndReadsAssignments() throws Exception {
        long id = pretix.addLayout("Foo", true, LITERALS);
        TicketLayoutResource r = client.getLayout(id);
        assertEquals(LITERALS, LayoutJson.writeCompact(r.layoutJson()));
        assertEquals(LITERALS, r.document().toCompactJson());
        assertTrue(r.isDefault());
        assertEquals(List.of(new ItemAssignment(23, "web")), r.itemAssignments());
        assertEquals("kept", r.raw().get("future_field").asText());
        assertTrue(r.backgroundUrl().endsWith("/static/pretixpresale/pdf/ticket_default_a4.pdf"));
    }

    @Test
    void getOfAnUnknownLayoutIs404() {
        PretixException e = assertThrows(PretixException.class, () -> client.getLayout(999));
        assertEquals(PretixException.Kind.NOT_FOUND, e.kind());
        assertEquals(404, e.status());
        assertTrue(e.userMessage().contains("ticket layout 999"), e.userMessage());
    }

    @Test
    void createPostsNameLayoutAndUploadedBackgroundButNeverDefault() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/backgrounds/pretix-ticket_default_a4.pdf"));
        String fileId = client.uploadBackground(pdf, "my ticket.pdf");
        RecordedRequest up = last();
        assertEquals("/api/v1/upload", up.getUrl().encodedPath());
        assertEquals("application/pdf", up.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"my ticket.pdf\"", up.getHeaders().get("Content-Disposition"));
        assertArrayEquals(pdf, up.getBody().toByteArray());
        assertTrue(fileId.startsWith("file:"));

        TicketLayoutResource draft = TicketLayoutResource.newLayout("New", LayoutDocument.parse(LITERALS)).withBackgroundFile(fileId);
        TicketLayoutResource created = client.createLayout(draft);
        assertEquals("POST", last().getMethod());
        JsonNode body = lastBody();
        assertEquals("{\"name\":\"New\",\"layout\":" + LITERALS + ",\"background\":\"" + fileId + "\"}", LayoutJson.writeCompact(body));
        assertTrue(UUID4.matcher(last().getHeaders().get("X-Idempotency-Key")).matches());
        assertEquals("New", created.name());
        assertFalse(created.isDefault());
        assertTrue(created.backgroundUrl().contains("/media/pub/"));
        assertEquals(LITERALS, LayoutJson.writeCompact(created.layoutJson()));
    }

    @Test
    void patchSendsOnlyChangedFieldsAndNeverDefaultBackgroundUrlOrAssignments() throws Exception {
        long id = pretix.addLayout("Foo", true, POWERED);
        TicketLayoutResource original = client.getLayout(id);
        TicketLayoutResource renamed = client.updateLayout(original, original.withName("Bar"));
        assertEquals("PATCH", last().getMethod());
        assertEquals("{\"name\":\"Bar\"}", FakePretix.body(last()));
        assertEquals("Bar", renamed.name());

        TicketLayoutResource moved = renamed.withLayout(LayoutJson.parse(LITERALS));
        client.updateLayout(renamed, moved);
        assertEquals("{\"layout\":" + LITERALS + "}", FakePretix.body(last()));
        assertEquals(LITERALS, LayoutJson.writeCompact(pretix.layout(id).get("layout")));
    }

    @Test
    void patchOfAnUnchangedLayoutSendsNothing() throws Exception {
        long id = pretix.addLayout("Foo", true, LITERALS);
        TicketLayoutResource original = client.getLayout(id);
        int before = pretix.requests().size();
        TicketLayoutResource same = original.withLayout(original.document()).withName("Foo");
        assertTrue(same.patchBody(original).isEmpty());
        assertEquals(original, client.updateLayout(original, same));
        assertEquals(before, pretix.requests().size(), "no request for an empty PATCH");
    }

    @Test
    void changesMadeElsewhereAreDetected() throws Exception {
        long id = pretix.addLayout("Foo", false, LITERALS);
        TicketLayoutResource opened = client.getLayout(id);
        assertTrue(client.changedSince(opened).isEmpty());
        pretix.layout(id).put("name", "Renamed in the web editor");
        assertEquals("Renamed in the web editor", client.changedSince(opened).orElseThrow().name());
    }

    @Test
    void putSendsEveryWritableFieldAndBackgroundOnlyWhenNew() throws Exception {
        long id = pretix.addLayout("Foo", true, POWERED);
        TicketLayoutResource original = client.getLayout(id);
        client.replaceLayout(original.withName("Put"));
        assertEquals("PUT", last().getMethod());
        assertEquals("{\"name\":\"Put\",\"layout\":" + POWERED + "}", FakePretix.body(last()));
        assertTrue(UUID4.matcher(last().getHeaders().get("X-Idempotency-Key")).matches());

        client.replaceLayout(original.withDefaultBackground());
        assertEquals("{\"name\":\"Foo\",\"layout\":" + POWERED + ",\"background\":null}", FakePretix.body(last()));
    }

    @Test
    void deleteIs204AndLayoutItemsList() throws Exception {
        long a = pretix.addLayout("A", true, POWERED);
        long b = pretix.addLayout("B", false, POWERED);
        List<LayoutItemAssignment> items = client.layoutItems();
        assertEquals(List.of(new LayoutItemAssignment(a * 10, a, 23L, "web"), new LayoutItemAssignment(b * 10, b, 23L, "web")), items);
        client.deleteLayout(a);
        assertEquals("DELETE", last().getMethod());
        assertTrue(UUID4.matcher(last().getHeaders().get("X-Idempotency-Key")).matches());
        assertEquals(1, pretix.layoutCount());
        assertEquals(PretixException.Kind.NOT_FOUND, assertThrows(PretixException.class, () -> client.deleteLayout(a)).kind());
    }

    @Test
    void uploadFileNamesAreMadeAsciiForTheHeader() throws Exception {
        client.uploadBackground(TokenSafetyTest.PDF, "Hintergrund-Größe \"neu\"");
        assertEquals("attachment; filename=\"Hintergrund-Gr__e _neu_.pdf\"", last().getHeaders().get("Content-Disposition"));
    }

    @Test
    void uploadRefusesNonPdfWithoutSendingIt() {
        PretixException e = assertThrows(PretixException.class, () -> client.uploadBackground("hello".getBytes(), "x.pdf"));
        assertEquals(PretixException.Kind.REFUSED, e.kind());
        assertTrue(pretix.requests().isEmpty());
    }

    @Test
    void aLayoutIsTheSameForPretixWhenItsNumbersHaveTheSameValue() throws Exception {
        // pretix stores json.dumps of the parsed array: 1.50 and 1.5 are one float there; strings count exactly
        TicketLayoutResource base = TicketLayoutResource.fromJson(LayoutJson.parse(
                "{\"id\":1,\"name\":\"A\",\"layout\":[{\"left\":1.50,\"size\":\"1.50\"}]}"));
        TicketLayoutResource sameValue = base.withLayout(LayoutJson.parse("[{\"left\":1.5,\"size\":\"1.50\"}]"));
        TicketLayoutResource otherString = base.withLayout(LayoutJson.parse("[{\"left\":1.50,\"size\":\"1.5\"}]"));
        TicketLayoutResource otherOrder = base.withLayout(LayoutJson.parse("[{\"size\":\"1.50\",\"left\":1.50}]"));
        assertTrue(sameValue.patchBody(base).isEmpty(), "no PATCH for 1.5 against 1.50");
        assertTrue(base.sameServerState(sameValue), "and no conflict");
        assertTrue(otherString.patchBody(base).has("layout"));
        assertFalse(base.sameServerState(otherString));
        assertTrue(otherOrder.patchBody(base).has("layout"), "key order is part of what pretix stores");
    }

    @Test
    void pretixsStaticDefaultBackgroundIsRecognisedWhereverItIsServed() throws Exception {
        for (String url : new String[] {"http://example.com/static/pretixpresale/pdf/ticket_default_a4.pdf",
                "https://tickets.example.org/static/pretixpresale/pdf/ticket_default_a4.3a9f1c2b7d.pdf",
                "https://cdn.example.org/pretix/static/pretixpresale/pdf/ticket_default_a4.pdf?v=2"}) {
            assertTrue(withBackground(url).hasPretixDefaultBackground(), url);
        }
        for (String url : new String[] {"https://pretix.eu/media/pub/acme/fest/ticketoutputpdf/1-abc.pdf",
                "https://evil.example/static/pretixpresale/pdf/ticket_default_a4.pdf.exe",
                "https://pretix.eu/static/pretixpresale/pdf/other_default_a4.pdf"}) {
            assertFalse(withBackground(url).hasPretixDefaultBackground(), url);
        }
    }

    private static TicketLayoutResource withBackground(String url) throws Exception {
        return TicketLayoutResource.fromJson(LayoutJson.parse("{\"id\":1,\"name\":\"A\",\"layout\":[],\"background\":\"" + url + "\"}"));
    }
}
