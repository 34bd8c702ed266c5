package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault switch as a real client (JDK HttpClient or OkHttp) sees it, and the request log. */
class FaultSwitchesTest {
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

    @Test
    void failNextAnswers5xxThenRecovers() {
        server.faults().failNext(2, 502);
        assertEquals(502, http.get(layouts).statusCode());
        assertEquals(502, http.get(layouts).statusCode());
        assertEquals(200, http.get(layouts).statusCode());
        server.faults().failNext(1);
        assertEquals(503, http.get(layouts).statusCode());
        assertEquals(200, http.get(layouts).statusCode());
    }

    @Test
    void scopeLimitsFaultsToAPathPrefix() {
        server.faults().scope("/api/v1/upload").failNext(1);
        assertEquals(200, http.get(layouts).statusCode(), "outside the scope");
        assertEquals(503, http.upload(new byte[] {1}, "application/pdf", "a.pdf").statusCode());
        assertEquals(201, http.upload(new byte[] {1}, "application/pdf", "a.pdf").statusCode());
    }

    @Test
    void throttleAnswers429WithRetryAfter() {
        server.faults().throttleNext(1, 7);
        HttpResponse<byte[]> r = http.get(layouts);
        assertEquals(429, r.statusCode());
        assertEquals("7", r.headers().firstValue("Retry-After").orElse(""));
        assertTrue(Http.json(r).get("detail").asText().startsWith("Request was throttled."));
        assertEquals(200, http.get(layouts).statusCode());
    }

    @Test
    void garbageIsNotJson() {
        server.faults().garbageNext(1);
        HttpResponse<byte[]> r = http.get(layouts);
        assertEquals(200, r.statusCode());
        assertThrows(JsonProcessingException.class, () -> Http.JSON.readTree(r.body()));
        assertEquals(200, http.get(layouts).statusCode());
        Http.json(http.get(layouts));
    }

    @Test
    void resetClosesTheConnectionWithoutAnswerForJdkClient() {
        server.faults().resetNext(3); // the JDK client may retry a GET once on a dropped connection
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + layouts))
                .header("Authorization", "Token " + server.token()).timeout(Duration.ofSeconds(10)).build();
        assertThrows(IOException.class, () -> fresh.send(req, HttpResponse.BodyHandlers.ofByteArray()));
        assertTrue(server.requests().count(r -> r.status() == RecordedRequest.NO_RESPONSE) >= 1);
        server.faults().resetNext(0);
        assertEquals(200, http.get(layouts).statusCode());
    }

    @Test
    void resetIsSeenByOkHttp() throws IOException {
        server.faults().resetNext(5);
        OkHttpClient ok = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        Request req = new Request.Builder().url(server.baseUrl() + layouts)
                .header("Authorization", "Token " + server.token()).build();
        IOException e = assertThrows(IOException.class, () -> {
            try (Response ignored = ok.newCall(req).execute()) {
                // no response expected
            }
        });
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), String.valueOf(e));
        assertEquals(1, server.requests().count(r -> r.status() == RecordedRequest.NO_RESPONSE));
        server.faults().clear();
        try (Response r = ok.newCall(req).execute()) {
            assertEquals(200, r.code());
        }
        ok.dispatcher().executorService().shutdown();
        ok.connectionPool().evictAll();
    }

    @Test
    void delayMakesShortTimeoutsFire() {
        server.faults().delay(Duration.ofSeconds(2));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + layouts))
                .header("Authorization", "Token " + server.token()).timeout(Duration.ofMillis(200)).build();
        assertThrows(HttpTimeoutException.class, () -> client.send(req, HttpResponse.BodyHandlers.ofByteArray()));
        server.faults().delay(Duration.ZERO);
        assertEquals(200, http.get(layouts).statusCode());
    }

    @Test
    void redirectSendsTheClientToAnotherHost() throws Exception {
        try (SandboxServer other = SandboxServer.start(SandboxOptions.defaults().withHost("127.0.0.2"))) {
            assertTrue(other.baseUrl().startsWith("http://127.0.0.2:"), other.baseUrl());
            server.faults().redirectNext(1, other.baseUrl(), 303);
            HttpResponse<byte[]> r = http.get(layouts + "?page=1");
            assertEquals(303, r.statusCode());
            String location = r.headers().firstValue("Location").orElseThrow();
            assertEquals(other.baseUrl() + layouts + "?page=1", location);
            // a client that follows it arrives at the other server, which logs what it was sent
            HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
            server.faults().redirectNext(1, other.baseUrl());
            HttpResponse<byte[]> followed = following.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + layouts)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(401, followed.statusCode(), "the other server answers as pretix does without credentials");
            assertEquals(1, other.requests().count());
            assertEquals(layouts, other.requests().last().path());
            assertEquals(null, other.requests().last().header("Authorization"));
        }
    }

    @Test
    void requestLogRecordsHeadersBodiesAndStatus() {
        server.requests().clear();
        http.send("POST", layouts, "{\"name\": \"Logged\", \"layout\": []}", "X-Idempotency-Key", "abc-123");
        http.get(layouts);
        assertEquals(2, server.requests().count());
        RecordedRequest post = server.requests().all().get(0);
        assertEquals("POST", post.method());
        assertEquals(layouts, post.path());
        assertEquals("abc-123", post.header("x-idempotency-key"));
        assertEquals("Token " + server.token(), post.header("Authorization"));
        assertEquals(201, post.status());
        assertTrue(new String(post.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Logged"));
        assertEquals(200, server.requests().last().status());
        assertEquals(1, server.requests().count(r -> r.method().equals("GET")));
    }

    @Test
    void adminEndpointSwitchesFaultsFromOutside() {
        Http admin = http.as(null);
        HttpResponse<byte[]> set = admin.send("POST", "/_sandbox/faults", "{\"fail\": 1, \"failStatus\": 500}");
        assertEquals(200, set.statusCode());
        assertTrue(Http.json(set).get("faults").asText().contains("fail=1"));
        assertEquals(500, http.get(layouts).statusCode());
        assertEquals(200, http.get(layouts).statusCode());
        admin.send("POST", "/_sandbox/faults", "{\"garbage\": 5}");
        assertEquals(200, admin.send("DELETE", "/_sandbox/faults", null).statusCode());
        Http.json(http.get(layouts)); // JSON again: cleared
        assertEquals(400, admin.send("POST", "/_sandbox/faults", "{\"fail\": 1, \"failStatus\": 200}").statusCode());
        HttpResponse<byte[]> prep = admin.send("POST", "/_sandbox/faults", "{\"certificatePreparationMs\": 0}");
        assertEquals(0, Http.json(prep).get("certificatePreparationMs").asInt());
        int before = server.requests().count();
        admin.get("/_sandbox/faults");
        assertEquals(before, server.requests().count(), "admin requests are not logged");
    }

}
