package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.compare.TicketComparison;
import org.layoutstudio.render.text.FontCatalog;

/**
 * pretix's ticket download {@code …/orderpositions/{id}/download/pdf/}: 409 while the ticket is
 * rendered, then 200 with the sandbox's own rendering, which a client's rendering of the same layout
 * and {@code pdf_data} matches until a deviation is switched on.
 */
class TicketDownloadTest {
    final UploadAndBackgroundTest.ManualClock clock = new UploadAndBackgroundTest.ManualClock();
    SandboxServer server;
    Http http;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withClock(clock));
        http = Http.token(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String ticketUrl(int positionId) {
        return Http.event(server) + "orderpositions/" + positionId + "/download/pdf/";
    }

    /** Asks, lets the preparation time pass, asks again: the PDF. */
    private byte[] ticket(int positionId) {
        HttpResponse<byte[]> first = http.get(ticketUrl(positionId));
        if (first.statusCode() == 200) {
            return first.body();
        }
        assertEquals(409, first.statusCode(), Http.text(first));
        clock.advance(SandboxState.DEFAULT_TICKET_PREPARATION);
        HttpResponse<byte[]> ready = http.get(ticketUrl(positionId));
        assertEquals(200, ready.statusCode(), Http.text(ready));
        return ready.body();
    }

    /** What a client renders for the position: the stored layout and the API's pdf_data. */
    private byte[] clientRendering(SandboxAttendee a) throws Exception {
        LayoutDocument layout = LayoutDocument.parse(server.state().layoutJson(server.state().defaultLayoutId().orElseThrow()).orElseThrow());
        TicketValues values = TicketValues.fromPdfData(Http.json(http.get(Http.event(server) + "orderpositions/"
                + a.positionId() + "/?pdf_data=true")));
        return new TicketRenderer(FontCatalog.builtInOnly()).render(layout, values, null);
    }

    @Test
    void notReadyThenThePdfOfThePositionThenCached() throws Exception {
        SandboxAttendee a = server.state().attendees().get(3); // Łukasz Wiśniewski
        HttpResponse<byte[]> first = http.get(ticketUrl(a.positionId()));
        assertEquals(409, first.statusCode());
        assertEquals(PreparedFiles.NOT_READY, Http.json(first).get("detail").asText());
        assertTrue(first.headers().firstValue("Retry-After").isEmpty(), "pretix's RetryException sends none");
        clock.advance(SandboxState.DEFAULT_TICKET_PREPARATION.minusMillis(1));
        assertEquals(409, http.get(ticketUrl(a.positionId())).statusCode());
        clock.advance(Duration.ofMillis(1));

        HttpResponse<byte[]> ready = http.get(ticketUrl(a.positionId()));
        assertEquals(200, ready.statusCode());
        assertEquals("application/pdf", ready.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"DEMOCON-" + a.orderCode() + "-" + a.positionNumber() + "-pdf.pdf\"",
                ready.headers().firstValue("Content-Disposition").orElse(""));
        try (PDDocument doc = Loader.loadPDF(ready.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Łukasz Wiśniewski") && text.contains("DemoCon 2026"), text);
        }
        assertEquals(200, http.get(ticketUrl(a.positionId())).statusCode(), "the rendered ticket is kept");
    }

    @Test
    void theSandboxRenderingMatchesTheClientsUntilAnElementIsMoved() throws Exception {
        SandboxAttendee a = server.state().attendees().get(0);
        byte[] ours = clientRendering(a);
        assertEquals(1.0, TicketComparison.of(ours, ticket(a.positionId())).agreement());

        server.faults().shiftTicketElement(0, 10, 0); // the QR code, 10 mm to the right
        assertEquals(409, http.get(ticketUrl(a.positionId())).statusCode(), "a changed rendering is prepared anew");
        double moved = TicketComparison.of(ours, ticket(a.positionId())).agreement();
        assertTrue(moved < 0.9, "the QR code moved: " + moved);

        server.faults().dropTicketElement(0);
        double dropped = TicketComparison.of(ours, ticket(a.positionId())).agreement();
        assertTrue(dropped < moved, "without the QR code: " + dropped);

        server.faults().clear();
        assertEquals(1.0, TicketComparison.of(ours, ticket(a.positionId())).agreement());
    }

    @Test
    void aSavedLayoutChangeDropsTheCachedTicket() throws Exception {
        SandboxAttendee a = server.state().attendees().get(0);
        byte[] before = ticket(a.positionId());
        int id = server.state().defaultLayoutId().orElseThrow();
        HttpResponse<byte[]> patched = http.send("PATCH", Http.event(server) + "ticketlayouts/" + id + "/",
                "{\"layout\": [{\"type\": \"textarea\", \"page\": 1, \"locale\": \"\", \"left\": \"20.00\", \"bottom\": \"250.00\","
                        + " \"fontsize\": \"16.0\", \"color\": [0, 0, 0, 1], \"fontfamily\": \"Open Sans\", \"bold\": true,"
                        + " \"italic\": false, \"width\": \"150.00\", \"content\": \"attendee_name\", \"text\": \"\", \"align\": \"left\"}]}");
        assertEquals(200, patched.statusCode(), Http.text(patched));
        assertEquals(409, http.get(ticketUrl(a.positionId())).statusCode());
        assertTrue(TicketComparison.of(before, ticket(a.positionId())).agreement() < 0.5);
    }

    @Test
    void refusalsAsPretixAnswersThem() {
        assertEquals(403, http.get(ticketUrl(server.state().canceledPositionId())).statusCode());
        assertEquals(TicketDownloadEndpoint.CANCELED,
                Http.json(http.get(ticketUrl(server.state().canceledPositionId()))).get("detail").asText());
        assertEquals(404, http.get(ticketUrl(99999)).statusCode());
        int someone = server.state().attendees().get(0).positionId();
        HttpResponse<byte[]> zip = http.get(Http.event(server) + "orderpositions/" + someone + "/download/zip/");
        assertEquals(404, zip.statusCode());
        assertEquals("Unknown output provider.", Http.json(zip).get("detail").asText());
        assertEquals(403, http.as("Token " + server.otherOrganizerToken()).get(ticketUrl(someone)).statusCode());
        assertEquals(401, http.as(null).get(ticketUrl(someone)).statusCode());
        assertEquals(405, http.send("POST", ticketUrl(someone), "{}").statusCode());
    }

    @Test
    void neverReadyAndDeviationsAreSwitchedThroughTheAdminRoute() {
        HttpResponse<byte[]> set = http.send("POST", "/_sandbox/faults",
                "{\"ticketsNeverReady\": true, \"ticketShift\": {\"index\": 2, \"dxMm\": 5, \"dyMm\": -1.5}, \"ticketPreparationMs\": 0}");
        assertEquals(200, set.statusCode(), Http.text(set));
        String faults = Http.json(set).get("faults").asText();
        assertTrue(faults.contains("ticketsNeverReady=true") && faults.contains("shift element 2 by 5.00, -1.50 mm"), faults);
        assertEquals(0, Http.json(set).get("ticketPreparationMs").asInt());
        int someone = server.state().attendees().get(0).positionId();
        assertEquals(409, http.get(ticketUrl(someone)).statusCode());
        clock.advance(Duration.ofHours(1));
        assertEquals(409, http.get(ticketUrl(someone)).statusCode(), "never ready");

        assertEquals(400, http.send("POST", "/_sandbox/faults", "{\"ticketDrop\": -1}").statusCode(), "an index is 0 or more");
        assertTrue(Http.json(http.send("POST", "/_sandbox/faults", "{\"ticketDrop\": 1}")).get("faults").asText()
                .contains("drop element 1"));
        String cleared = Http.json(http.send("DELETE", "/_sandbox/faults", null)).get("faults").asText();
        assertTrue(cleared.contains("ticketsNeverReady=false") && cleared.contains("ticketDeviation=none"), cleared);
        assertEquals(200, http.get(ticketUrl(someone)).statusCode(), "prepared at once (0 ms), no longer held back");
    }
}
