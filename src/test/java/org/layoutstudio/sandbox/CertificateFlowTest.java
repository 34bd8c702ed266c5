package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pretix-certificates flow: 303 → 409 … → 200 with a real PDF, and its failure answers. */
class CertificateFlowTest {
    SandboxServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String certificateUrl(SandboxServer s, int positionId) {
        return Http.event(s) + "orderpositions/" + positionId + "/certificate/";
    }

    @Test
    void redirectThenNotReadyThenPdfNamingAttendeeAndEvent() throws Exception {
        UploadAndBackgroundTest.ManualClock clock = new UploadAndBackgroundTest.ManualClock();
        server = SandboxServer.start(SandboxOptions.defaults().withClock(clock).withCertificatePreparation(Duration.ofSeconds(3)));
        Http http = Http.token(server);
        SandboxAttendee a = server.state().attendees().get(3); // Łukasz Wiśniewski
        String url = certificateUrl(server, a.positionId());

        HttpResponse<byte[]> first = http.get(url);
        assertEquals(303, first.statusCode());
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/api/v1/organizers/demo/events/democon/orderpositions/" + a.positionId()
                + "/certificate/\\?result=[0-9a-f-]{36}"), location);

        HttpResponse<byte[]> notReady = http.get(location);
        assertEquals(409, notReady.statusCode());
        assertTrue(Http.json(notReady).get("detail").asText().contains("not ready"));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(409, http.get(location).statusCode());
        clock.advance(Duration.ofSeconds(1));

        HttpResponse<byte[]> ready = http.get(location);
        assertEquals(200, ready.statusCode());
        assertEquals("application/pdf", ready.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"DEMOCON-" + a.orderCode() + "-" + a.positionNumber() + "-certificate.pdf\"",
                ready.headers().firstValue("Content-Disposition").orElse(""));
        try (PDDocument doc = Loader.loadPDF(ready.body())) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Łukasz Wiśniewski"), text);
            assertTrue(text.contains("DemoCon 2026"), text);
        }
        // the bare URL always starts again
        HttpResponse<byte[]> again = http.get(url);
        assertEquals(303, again.statusCode());
        assertTrue(!again.headers().firstValue("Location").orElseThrow().equals(location));
    }

    @Test
    void realPreparationTimePassesWhilePolling() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withCertificatePreparation(Duration.ofMillis(200)));
        Http http = Http.token(server);
        SandboxAttendee a = server.state().attendees().get(0);
        String location = http.get(certificateUrl(server, a.positionId())).headers().firstValue("Location").orElseThrow();
        int polls = 0;
        HttpResponse<byte[]> r;
        do {
            r = http.get(location);
            polls++;
        } while (r.statusCode() == 409 && polls < 10_000);
        assertEquals(200, r.statusCode());
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertTrue(new PDFTextStripper().getText(doc).contains(a.name()));
        }
    }

    @Test
    void neverReadySwitchKeeps409AndUnknownResultsAre404() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withCertificatePreparation(Duration.ZERO));
        Http http = Http.token(server);
        SandboxAttendee a = server.state().attendees().get(0);
        server.faults().certificatesNeverReady(true);
        String location = http.get(certificateUrl(server, a.positionId())).headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertEquals(409, http.get(location).statusCode());
        }
        server.faults().certificatesNeverReady(false);
        assertEquals(200, http.get(location).statusCode());
        HttpResponse<byte[]> unknown = http.get(certificateUrl(server, a.positionId()) + "?result=00000000-0000-0000-0000-000000000000");
        assertEquals(404, unknown.statusCode());
        // a result id belongs to its position
        int other = server.state().attendees().get(1).positionId();
        String query = location.substring(location.indexOf('?'));
        assertEquals(404, http.get(certificateUrl(server, other) + query).statusCode());
    }

    @Test
    void canceledOrdersAndUnknownPositionsAreRefused() throws Exception {
        server = SandboxServer.start();
        Http http = Http.token(server);
        HttpResponse<byte[]> canceled = http.get(certificateUrl(server, server.state().canceledPositionId()));
        assertEquals(403, canceled.statusCode());
        assertEquals("Downloads are not available for canceled or expired orders.", Http.json(canceled).get("detail").asText());
        assertEquals(404, http.get(certificateUrl(server, 424242)).statusCode());
        assertEquals(401, http.as(null).get(certificateUrl(server, server.state().attendees().get(0).positionId())).statusCode());
    }
}
