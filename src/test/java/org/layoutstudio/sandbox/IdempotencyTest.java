package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** X-Idempotency-Key: replay for the same key and Authorization, never for 409/429/5xx. */
class IdempotencyTest {
    SandboxServer server;
    Http http;
    String layouts;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start();
        http = Http.token(server);
        layouts = Http.event(server) + "ticketlayouts/";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> create(Http who, String name, String key) {
        return who.send("POST", layouts, "{\"name\": \"" + name + "\", \"layout\": []}", "X-Idempotency-Key", key);
    }

    @Test
    void sameKeyReplaysTheStoredResponse() {
        HttpResponse<byte[]> first = create(http, "Once", "k-1");
        HttpResponse<byte[]> second = create(http, "Once", "k-1");
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertArrayEquals(first.body(), second.body());
        assertEquals(2, server.state().layoutNames().size(), "the default and one new layout");
        // pretix replays by key and credentials only, even for another body
        assertArrayEquals(first.body(), create(http, "Other", "k-1").body());
        assertEquals(2, server.state().layoutNames().size());
    }

    @Test
    void otherCredentialsOrKeysAreNewRequests() {
        create(http, "A", "k-2");
        create(http.as("Device " + server.deviceToken()), "A", "k-2");
        create(http, "A", "k-3");
        http.send("POST", layouts, "{\"name\": \"A\", \"layout\": []}");
        http.send("POST", layouts, "{\"name\": \"A\", \"layout\": []}");
        assertEquals(6, server.state().layoutNames().size());
    }

    @Test
    void errorsAreReplayedButRetryableAnswersAreNot() {
        HttpResponse<byte[]> bad = http.send("POST", layouts, "{\"layout\": []}", "X-Idempotency-Key", "k-4");
        assertEquals(400, bad.statusCode());
        assertEquals(400, create(http, "Now valid", "k-4").statusCode(), "a 400 is replayed");

        server.faults().failNext(1);
        assertEquals(503, create(http, "Flaky", "k-5").statusCode());
        assertEquals(201, create(http, "Flaky", "k-5").statusCode(), "a 5xx is not stored");

        server.faults().throttleNext(1, 1);
        assertEquals(429, create(http, "Throttled", "k-6").statusCode());
        assertEquals(201, create(http, "Throttled", "k-6").statusCode());
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningGets409WithRetryAfter() throws Exception {
        server.faults().delay(java.time.Duration.ofSeconds(2));
        var client = java.net.http.HttpClient.newHttpClient();
        var first = client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + layouts))
                .header("Authorization", "Token " + server.token()).header("Content-Type", "application/json")
                .header("X-Idempotency-Key", "k-slow")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Slow\", \"layout\": []}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(server.requests().awaitCount(1, java.time.Duration.ofSeconds(20)), "the first request arrived");
        // the retry meets the key still held by the first (the delay is spent inside the handler)
        HttpResponse<byte[]> retry = create(http, "Slow", "k-slow");
        assertEquals(409, retry.statusCode());
        assertEquals("Concurrent request with idempotency key.", Http.json(retry).get("detail").asText());
        assertEquals("5", retry.headers().firstValue("Retry-After").orElse(""));
        assertEquals(201, first.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode());
        server.faults().delay(java.time.Duration.ZERO);
        assertEquals(201, create(http, "Slow", "k-slow").statusCode(), "replayed once the first finished");
        assertEquals(2, server.state().layoutNames().size());
    }

    @Test
    void deleteIsReplayedNotRepeated() {
        int id = Http.json(create(http, "Doomed", "k-7")).get("id").asInt();
        HttpResponse<byte[]> del = http.send("DELETE", layouts + id + "/", null, "X-Idempotency-Key", "k-8");
        assertEquals(204, del.statusCode());
        assertEquals(204, http.send("DELETE", layouts + id + "/", null, "X-Idempotency-Key", "k-8").statusCode());
        assertEquals(404, http.send("DELETE", layouts + id + "/", null, "X-Idempotency-Key", "k-9").statusCode());
        assertNotEquals(0, server.requests().count(r -> "k-8".equals(r.header("X-Idempotency-Key"))));
    }
}
