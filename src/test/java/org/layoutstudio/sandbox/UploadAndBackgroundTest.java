package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upload endpoint and the background field: ids bound to the uploader, expiring, null clears. */
class UploadAndBackgroundTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-06-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final byte[] PDF = "%PDF-1.4 not really a pdf, pretix does not parse it".getBytes(StandardCharsets.US_ASCII);

    ManualClock clock = new ManualClock();
    SandboxServer server;
    Http http;
    String ev;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withClock(clock));
        http = Http.token(server);
        ev = Http.event(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String upload(Http who) {
        HttpResponse<byte[]> r = who.upload(PDF, "application/pdf", "background.pdf");
        assertEquals(201, r.statusCode(), Http.text(r));
        String id = Http.json(r).get("id").asText();
        assertTrue(id.matches("file:[0-9a-f-]{36}"), id);
        return id;
    }

    private HttpResponse<byte[]> createWithBackground(Http who, String background) {
        return who.send("POST", ev + "ticketlayouts/", "{\"name\": \"With background\", \"layout\": [], \"background\": "
                + background + "}");
    }

    @Test
    void uploadedBackgroundIsServedUnderMediaWithoutAuth() {
        String id = upload(http);
        HttpResponse<byte[]> r = createWithBackground(http, "\"" + id + "\"");
        assertEquals(201, r.statusCode(), Http.text(r));
        String url = Http.json(r).get("background").asText();
        assertTrue(url.startsWith(server.baseUrl() + "/media/pub/demo/democon/ticketoutputpdf/"), url);
        HttpResponse<byte[]> file = http.as(null).get(url);
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());
    }

    @Test
    void sendingTheUrlBackIsNotAFileId() {
        HttpResponse<byte[]> r = createWithBackground(http, "\"" + server.baseUrl() + "/static/pretixpresale/pdf/ticket_default_a4.pdf\"");
        assertEquals(400, r.statusCode());
        assertEquals("{\"background\":[\"The submitted file ID was not found.\"]}", Http.text(r));
    }

    @Test
    void fileIdsAreBoundToTheUploadingToken() {
        String id = upload(http);
        Http device = http.as("Device " + server.deviceToken());
        HttpResponse<byte[]> r = createWithBackground(device, "\"" + id + "\"");
        assertEquals(400, r.statusCode());
        assertEquals("The submitted file ID was not found.", Http.json(r).get("background").get(0).asText());
        assertEquals(201, createWithBackground(http, "\"" + id + "\"").statusCode());
    }

    @Test
    void fileIdsExpire() {
        String id = upload(http);
        clock.advance(Duration.ofHours(24));
        assertEquals(400, createWithBackground(http, "\"" + id + "\"").statusCode());
        server.setUploadLifetime(Duration.ofMinutes(5));
        String shortLived = upload(http);
        clock.advance(Duration.ofMinutes(4));
        assertEquals(201, createWithBackground(http, "\"" + shortLived + "\"").statusCode());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(400, createWithBackground(http, "\"" + shortLived + "\"").statusCode());
    }

    @Test
    void onlyPdfUploadsCanBeBackgrounds() {
        HttpResponse<byte[]> png = http.upload(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "logo.png");
        assertEquals(201, png.statusCode());
        HttpResponse<byte[]> r = createWithBackground(http, "\"" + Http.json(png).get("id").asText() + "\"");
        assertEquals("The submitted file has a file type that is not allowed in this field.",
                Http.json(r).get("background").get(0).asText());
    }

    @Test
    void nullClearsTheBackground() {
        String id = upload(http);
        JsonNode l = Http.json(createWithBackground(http, "\"" + id + "\""));
        HttpResponse<byte[]> r = http.send("PATCH", ev + "ticketlayouts/" + l.get("id").asInt() + "/", "{\"background\": null}");
        assertEquals(200, r.statusCode());
        assertEquals(server.baseUrl() + "/static/pretixpresale/pdf/ticket_default_a4.pdf", Http.json(r).get("background").asText());
    }

    @Test
    void uploadErrorsUsePretixsTexts() {
        HttpResponse<byte[]> type = http.upload(PDF, "text/plain", "a.txt");
        assertEquals(400, type.statusCode());
        assertEquals("[\"Content type \\\"text/plain\\\" is not allowed\"]", Http.text(type));
        HttpResponse<byte[]> ext = http.upload(PDF, "application/pdf", "a.png");
        assertEquals("File name \"a.png\" has an invalid extension for type \"application/pdf\"", Http.json(ext).get(0).asText());
        HttpResponse<byte[]> noName = http.raw("POST", "/api/v1/upload", PDF, "Content-Type", "application/pdf");
        assertEquals(400, noName.statusCode());
        assertTrue(Http.json(noName).get("detail").asText().startsWith("Missing filename."));
        HttpResponse<byte[]> empty = http.upload(new byte[0], "application/pdf", "a.pdf");
        assertEquals("No file has been submitted.", Http.json(empty).get(0).asText());
        assertEquals(201, http.upload(new byte[] {1, 2, 3}, "image/jpeg", "photo.jpeg").statusCode());
        assertEquals(401, http.as(null).upload(PDF, "application/pdf", "a.pdf").statusCode());
    }

    @Test
    void uploadsOverTenMebibytesAreRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        HttpResponse<byte[]> r = http.upload(big, "application/pdf", "big.pdf");
        assertEquals(413, r.statusCode());
        assertEquals(201, http.upload(new byte[10 * 1024 * 1024], "application/pdf", "max.pdf").statusCode());
        RecordedRequest logged = server.requests().last();
        assertEquals(10 * 1024 * 1024, logged.bodyLength());
        assertEquals(RecordedRequest.MAX_BODY_KEPT, logged.body().length, "the log keeps a bounded copy");
    }
}
