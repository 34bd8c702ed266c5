package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET …/orderpositions/{id}/download/pdf/} as pretix answers it: 409 while the ticket is being
 * rendered, then 200 with the PDF; polled by the same loop as certificates, with faults.
 */
class TicketPdfDownloadTest {
    static final String URL = "/api/v1/organizers/dummy/events/democon/orderpositions/1001/download/pdf/";

    FakePretix pretix;
    FakeSleeper sleeper = new FakeSleeper();
    PretixClient client;
    final List<DownloadState> states = Collections.synchronizedList(new ArrayList<>());
    final DownloadProgress progress = (attempt, elapsed, state) -> states.add(state);

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

    private TicketPdf fetch() throws PretixException {
        return client.ticketPdf(1001, Duration.ofSeconds(30), Cancellation.none(), progress);
    }

    @Test
    void notReadyTwiceThenThePdf() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        pretix.route(r -> {
            assertEquals(URL, r.getUrl().encodedPath());
            return asked.incrementAndGet() <= 2 ? CertificateFetcherTest.notReady()
                    : CertificateFetcherTest.pdf("attachment; filename=\"DEMOCON-ABC12-1-pdf.pdf\"");
        });
        TicketPdf t = fetch();
        assertArrayEquals(CertificateFetcherTest.PDF, t.pdf());
        assertEquals("DEMOCON-ABC12-1-pdf.pdf", t.fileName());
        assertEquals(3, t.attempts());
        assertEquals(CertificateFetcherTest.secs(1, 2), sleeper.sleeps, "the certificates' schedule");
        assertEquals(List.of(DownloadState.ASKING, DownloadState.PREPARING, DownloadState.PREPARING, DownloadState.READY), states);
        pretix.requests().forEach(r -> assertEquals("Token " + FakePretix.TOKEN, r.getHeaders().get("Authorization")));
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        pretix.route(r -> asked.incrementAndGet() == 1
                ? new MockResponse.Builder().code(409).setHeader("Retry-After", "4").body("{}").build()
                : CertificateFetcherTest.pdf(null));
        assertEquals("ticket-1001.pdf", fetch().fileName());
        assertEquals(CertificateFetcherTest.secs(4), sleeper.sleeps);
    }

    @Test
    void neverReadyGivesUpWithinTheTimeLimit() {
        pretix.route(r -> CertificateFetcherTest.notReady());
        PretixException e = assertThrows(PretixException.class,
                () -> client.ticketPdf(1001, Duration.ofSeconds(10), Cancellation.none(), progress));
        assertEquals(PretixException.Kind.TIMED_OUT, e.kind());
        assertTrue(e.userMessage().contains("ticket PDF of order position 1001") && e.userMessage().contains("10 seconds"),
                e.userMessage());
        assertTrue(sleeper.elapsed().compareTo(Duration.ofSeconds(10)) <= 0);
    }

    @Test
    void refusalsAndUnknownPositionsAreReportedAtOnce() {
        pretix.route(r -> FakePretix.json(403, "{\"detail\":\"Downloads are not available for canceled or expired orders.\"}"));
        PretixException e = assertThrows(PretixException.class, this::fetch);
        assertEquals(PretixException.Kind.FORBIDDEN, e.kind());
        assertEquals("Downloads are not available for canceled or expired orders.", e.detail().orElseThrow());
        pretix.route(r -> FakePretix.json(404, "{\"detail\":\"Not found.\"}"));
        assertEquals(PretixException.Kind.NOT_FOUND, assertThrows(PretixException.class, this::fetch).kind());
        assertEquals(2, pretix.requests().size(), "a 404 of the download URL is not asked again");
        assertTrue(sleeper.sleeps.isEmpty());
    }

    @Test
    void aLinkInsteadOfAPdfIsABadResponse() {
        // pretix's outputs may answer text/uri-list (a link to the ticket); the PDF output never does
        pretix.route(r -> new MockResponse.Builder().code(200).setHeader("Content-Type", "text/uri-list")
                .body("https://tickets.example.org/t/abc").build());
        assertEquals(PretixException.Kind.BAD_RESPONSE, assertThrows(PretixException.class, this::fetch).kind());
    }

    @Test
    void theProductsAssignmentChoosesTheLayoutElseWeb() {
        List<LayoutItemAssignment> a = List.of(
                new LayoutItemAssignment(1, 10, 1L, "web"),
                new LayoutItemAssignment(2, 11, 1L, "box_office"),
                new LayoutItemAssignment(3, 12, 2L, "web"),
                new LayoutItemAssignment(4, 13, null, "web"));
        assertEquals(Optional.of(11L), PositionLayout.assignedLayout(a, 1, "box_office"));
        assertEquals(Optional.of(10L), PositionLayout.assignedLayout(a, 1, "resellers"), "else the web channel's");
        assertEquals(Optional.of(12L), PositionLayout.assignedLayout(a, 2, "web"));
        assertEquals(Optional.empty(), PositionLayout.assignedLayout(a, 3, "web"), "no assignment: the default applies");
    }
}
