package org.layoutstudio.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.Cancellation;
import org.layoutstudio.pretix.CertificatePdf;
import org.layoutstudio.pretix.OrderPositionInfo;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.layoutstudio.sandbox.SandboxServer;

/** Our client and our sandbox over real HTTP: the two halves of issue 3 agree with each other. */
class ClientAgainstSandboxTest {
    private SandboxServer sandbox;
    private PretixClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start();
        sandbox.setCertificatePreparation(Duration.ofMillis(1500));
        client = new PretixClient(PretixConnection.of(sandbox.baseUrl(), sandbox.organizer(), sandbox.event(),
                AuthScheme.TOKEN, sandbox.token()));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private long writes() {
        return sandbox.requests().count(r -> !r.method().equals("GET"));
    }

    @Test
    void pullThenPushOfAnUnchangedLayoutSendsNothing() throws Exception {
        TicketLayoutResource pulled = client.listLayouts().get(0);
        long before = writes();
        TicketLayoutResource pushed = client.updateLayout(pulled, pulled.withLayout(pulled.document()));
        assertEquals(before, writes(), "no write request for an unchanged layout");
        assertEquals(pulled.document().toCompactJson(), pushed.document().toCompactJson());
    }

    @Test
    void anEditIsPatchedAndStoredWithPretixsNumberFormats() throws Exception {
        TicketLayoutResource original = client.listLayouts().get(0);
        LayoutDocument doc = original.document();
        doc.set(0, doc.get(0).withLeft(12.5));
        client.updateLayout(original, original.withLayout(doc));
        var patches = sandbox.requests().matching(r -> r.method().equals("PATCH"));
        assertEquals(1, patches.size());
        String body = new String(patches.get(0).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(body.contains("\"default\""), body);
        assertFalse(body.contains("\"background\""), body);
        String stored = sandbox.state().layoutJson(original.id().intValue()).orElseThrow();
        assertTrue(stored.contains("\"left\":\"12.50\""), stored);
        assertTrue(stored.contains("\"bottom\":\"204.50\""), "untouched literals stay as they were: " + stored);
    }

    @Test
    void createWithUploadedBackgroundThenDeletePromotesANewDefault() throws Exception {
        String fileId = client.uploadBackground(PretixDefaults.badgeBackgroundPdf(), "badge.pdf");
        assertTrue(fileId.startsWith("file:"), fileId);
        TicketLayoutResource created = client.createLayout(
                TicketLayoutResource.newLayout("Badge", PretixDefaults.ticketLayout()).withBackgroundFile(fileId));
        assertFalse(created.isDefault());
        byte[] bg = client.downloadBackground(created.backgroundUrl());
        assertTrue(new String(bg, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        TicketLayoutResource oldDefault = client.listLayouts().stream().filter(TicketLayoutResource::isDefault).findFirst().orElseThrow();
        client.deleteLayout(oldDefault.id());
        List<TicketLayoutResource> left = client.listLayouts();
        assertEquals(1, left.size());
        assertTrue(left.get(0).isDefault(), "pretix promotes the first remaining layout");
    }

    @Test
    void invalidLayoutComesBackAsOneReadableLine() throws Exception {
        TicketLayoutResource original = client.listLayouts().get(0);
        LayoutDocument bad = LayoutDocument.parse("[{\"type\":\"textcontainer\",\"left\":\"1,5\"}]");
        PretixException e = assertThrows(PretixException.class,
                () -> client.updateLayout(original, original.withLayout(bad)));
        assertEquals(PretixException.Kind.BAD_REQUEST, e.kind());
        assertFalse(e.userMessage().contains("\n"), e.userMessage());
        assertTrue(e.userMessage().contains("not a valid layout"), e.userMessage());
    }

    @Test
    void certificateIsPolledUntilReadyAndNamesTheAttendee() throws Exception {
        OrderPositionInfo position = client.searchOrderPositions("").get(0);
        CertificatePdf pdf = client.certificates().fetch(position.id(), new Cancellation(), (attempt, elapsed, state) -> { });
        assertTrue(pdf.attempts() >= 2, "at least one 409 before the 200: " + pdf.attempts());
        assertTrue(pdf.fileName().endsWith(".pdf"), pdf.fileName());
        try (PDDocument d = Loader.loadPDF(pdf.pdf())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains(position.attendeeName()), text);
        }
    }

    @Test
    void rateLimitAndServerErrorsAreWaitedOutAndRetried() throws Exception {
        sandbox.faults().throttleNext(1, 1).failNext(1, 503);
        assertNotNull(client.listLayouts());
        assertTrue(sandbox.requests().count(r -> r.status() == 429) >= 1);
        assertTrue(sandbox.requests().count(r -> r.status() == 503) >= 1);
    }

    @Test
    void garbageAnswerIsAClearError() {
        sandbox.faults().garbageNext(5);
        PretixException e = assertThrows(PretixException.class, () -> client.listLayouts());
        assertEquals(PretixException.Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void wrongTokenIsPretixsOwnSentence() {
        try (PretixClient wrong = new PretixClient(PretixConnection.of(sandbox.baseUrl(), sandbox.organizer(),
                sandbox.event(), AuthScheme.TOKEN, "nope"))) {
            PretixException e = assertThrows(PretixException.class, wrong::listLayouts);
            assertEquals(PretixException.Kind.UNAUTHORIZED, e.kind());
            assertTrue(e.userMessage().contains("Invalid token"), e.userMessage());
        }
    }

    @Test
    void searchFindsAttendeesAcrossEveryPageWithCheckInState() throws Exception {
        List<OrderPositionInfo> all = client.searchOrderPositions("");
        assertEquals(sandbox.state().attendees().size(), all.size());
        assertTrue(all.stream().anyMatch(OrderPositionInfo::checkedIn), "some demo attendees are checked in");
        OrderPositionInfo first = all.get(0);
        List<OrderPositionInfo> byCode = client.searchOrderPositions(first.orderCode());
        assertTrue(byCode.stream().anyMatch(p -> p.id() == first.id()));
        assertFalse(first.pdfData().path("attendee_name").isMissingNode(), "pdf_data holds the placeholder values");
    }

    @Test
    void aPatchWhoseAnswerIsLostIsRetriedAndAppliedOnce() throws Exception {
        TicketLayoutResource original = client.listLayouts().get(0);
        sandbox.faults().loseAnswerNext(1);
        TicketLayoutResource saved = client.updateLayout(original, original.withName("Renamed once"));
        assertEquals("Renamed once", saved.name());
        var patches = sandbox.requests().matching(r -> r.method().equals("PATCH"));
        assertEquals(2, patches.size(), "the lost answer made the client retry");
        String key = patches.get(0).header("X-Idempotency-Key");
        assertNotNull(key);
        assertEquals(key, patches.get(1).header("X-Idempotency-Key"), "the retry carries the same key");
        assertEquals(List.of("Renamed once"), sandbox.state().layoutNames());
    }

    @Test
    void aCreateWhoseAnswerIsLostMakesOneLayoutNotTwo() throws Exception {
        int before = sandbox.state().layoutNames().size();
        sandbox.faults().loseAnswerNext(1);
        client.createLayout(TicketLayoutResource.newLayout("Only once", PretixDefaults.ticketLayout()));
        assertEquals(before + 1, sandbox.state().layoutNames().size());
    }

    @Test
    void anOrdersLanguageIsReadFromTheOrder() throws Exception {
        OrderPositionInfo juergen = client.searchOrderPositions("Jürgen").get(0);
        OrderPositionInfo anna = client.searchOrderPositions("Anna").get(0);
        assertEquals(java.util.Optional.of("de"), client.orderLocale(juergen.orderCode()), "the demo's German order");
        assertEquals(java.util.Optional.of("en"), client.orderLocale(anna.orderCode()));
        PretixException missing = assertThrows(PretixException.class, () -> client.orderLocale("NOSUCH"));
        assertEquals(PretixException.Kind.NOT_FOUND, missing.kind());
    }

    @Test
    void eventLanguagesComeFromTheEventSettings() throws Exception {
        assertEquals(List.of("en", "de"), client.eventLocales());
    }
}
