package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status codes 400/401/403/404/409/429/5xx, network failures and garbage, with their retries. */
class ErrorsAndRetriesTest {
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

    private static MockResponse reset() {
        return new MockResponse.Builder().code(200).body("{}").onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private static void assertNoToken(PretixException e) {
        assertFalse(e.userMessage().contains(FakePretix.TOKEN), e.userMessage());
        assertFalse(String.valueOf(e.detail().orElse("")).contains(FakePretix.TOKEN));
    }

    @Test
    void schemaDumpIn400IsCutToItsFirstLine() throws Exception {
        PretixException e = assertThrows(PretixException.class, () -> client.createLayout(
                TicketLayoutResource.newLayout("Foo", FakePretix.F.objectNode().put("a", 1))));
        assertEquals(PretixException.Kind.BAD_REQUEST, e.kind());
        assertEquals(400, e.status());
        assertEquals(1, e.fieldErrors().size());
        FieldError f = e.fieldErrors().get(0);
        assertEquals("layout", f.field());
        assertEquals("Your layout file is not a valid layout. Error message: {\"a\":1} is not of type 'array'", f.message());
        assertFalse(e.userMessage().contains("Failed validating"));
        assertTrue(e.userMessage().length() < 300, e.userMessage());
    }

    @Test
    void defaultTrueAnd400NonFieldAndNestedErrorsAreFlattened() {
        pretix.fault(r -> FakePretix.json(400, "{\"non_field_errors\":[\"You cannot have two layouts with default = True\"],"
                + "\"parts\":[{},{\"orderposition\":[\"Invalid pk \\\"-2\\\" - object does not exist.\"]}],"
                + "\"background\":[\"The submitted file ID was not found.\"]}"));
        PretixException e = assertThrows(PretixException.class, () -> client.createLayout(
                TicketLayoutResource.newLayout("x", FakePretix.F.arrayNode())));
        assertEquals(List.of(
                new FieldError("non_field_errors", "You cannot have two layouts with default = True"),
                new FieldError("parts[1].orderposition", "Invalid pk \"-2\" - object does not exist."),
                new FieldError("background", "The submitted file ID was not found.")), e.fieldErrors());
        assertTrue(e.userMessage().startsWith("pretix rejected the new ticket layout \"x\": You cannot have two layouts"), e.userMessage());
        assertTrue(e.kind().serverSaidNo());
    }

    @Test
    void unauthorizedCarriesPretixsDetailButNeverTheToken() {
        try (PretixClient wrong = PretixClient.builder(PretixConnection.withToken(pretix.baseUrl(), FakePretix.ORG,
                FakePretix.EVENT, "wrong-token-value")).sleeper(sleeper).build()) {
            PretixException e = assertThrows(PretixException.class, wrong::listLayouts);
            assertEquals(PretixException.Kind.UNAUTHORIZED, e.kind());
            assertEquals(401, e.status());
            assertEquals("Invalid token.", e.detail().orElseThrow());
            assertTrue(e.userMessage().contains("Invalid token."));
            assertFalse(e.userMessage().contains("wrong-token-value"));
        }
    }

    @Test
    void forbiddenShowsTheReasonAndARedactedEcho() {
        pretix.fault(r -> FakePretix.json(403, "{\"detail\":\"You do not have permission to perform this action. Token "
                + FakePretix.TOKEN + "\"}"));
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.userMessage().contains("You do not have permission to perform this action."), e.userMessage());
        assertNoToken(e);
    }

    @Test
    void pretixsOwnReasonForA403WinsOverOurGuessWithOneFullStop() {
        pretix.fault(r -> FakePretix.json(403, "{\"detail\":\"Downloads are not available for pending orders.\"}"));
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals("pretix refused access to the list of ticket layouts: Downloads are not available for pending orders.",
                e.userMessage());

        pretix.fault(r -> FakePretix.json(403, "{}"));
        assertEquals("pretix refused access to the list of ticket layouts. The organizer or event may not exist,"
                + " or the token lacks permission for it.", assertThrows(PretixException.class, client::listLayouts).userMessage());
    }

    @Test
    void whatTheServerSaysIsEscapedAndCappedBeforeItIsShown() {
        String hostile = "\\u001b]0;pwned\\u0007\\u001b[2J\\u202eevil " + "x".repeat(5000);
        pretix.fault(r -> FakePretix.json(404, "{\"detail\":\"" + hostile + "\"}"));
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        pretix.fault(r -> FakePretix.json(400, "{\"name\\u001b\":[\"" + hostile + "\"]}"));
        PretixException bad = assertThrows(PretixException.class, () -> client.createLayout(
                TicketLayoutResource.newLayout("x", FakePretix.F.arrayNode())));
        for (String shown : List.of(e.userMessage(), e.detail().orElseThrow(), bad.userMessage(), bad.fieldErrors().get(0).describe())) {
            assertFalse(shown.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), shown);
            assertTrue(shown.length() < 700, shown.length() + " characters");
        }
        assertTrue(e.detail().orElseThrow().startsWith("\\e]0;pwned\\u0007\\e[2J\\u202Eevil xxx"), e.detail().orElseThrow());
    }

    @Test
    void conflictIsNotRetriedAndCarriesRetryAfter() {
        long id = pretix.addLayout("Foo", false, LayoutEndpointsTest.POWERED);
        pretix.fault(r -> new MockResponse.Builder().code(409).setHeader("Retry-After", "5")
                .body("{\"detail\":\"Concurrent request with idempotency key.\"}").build());
        PretixException e = assertThrows(PretixException.class, () -> client.deleteLayout(id));
        assertEquals(PretixException.Kind.CONFLICT, e.kind());
        assertEquals(Duration.ofSeconds(5), e.retryAfter().orElseThrow());
        assertEquals(1, pretix.requests().size());
        assertTrue(e.isTransient());
    }

    @Test
    void rateLimitWaitsRetryAfterThenSucceeds() throws Exception {
        pretix.addLayout("Foo", false, LayoutEndpointsTest.POWERED);
        pretix.fault(r -> new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("{\"detail\":\"Request was throttled.\"}").build());
        pretix.fault(r -> new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        assertEquals(1, client.listLayouts().size());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(7)), sleeper.sleeps);
        assertEquals(3, pretix.requests().size());
    }

    @Test
    void rateLimitForEverGivesUpWithRetryAfter() {
        pretix.route(r -> new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.status());
        assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
        assertEquals(1 + RetryPolicy.standard().maxRateLimitWaits(), pretix.requests().size());
        assertTrue(e.userMessage().contains("2 seconds"), e.userMessage());
    }

    @Test
    void tooLongRetryAfterFailsAtOnce() {
        pretix.route(r -> new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.RATE_LIMITED, e.kind());
        assertEquals(1, pretix.requests().size());
        assertTrue(sleeper.sleeps.isEmpty());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() throws Exception {
        pretix.addLayout("Foo", false, LayoutEndpointsTest.POWERED);
        pretix.fault(r -> FakePretix.json(502, "<html>Bad gateway</html>"));
        assertEquals(1, client.listLayouts().size());
        assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps);

        pretix.route(r -> FakePretix.json(500, "{\"detail\":\"boom\"}"));
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.SERVER_ERROR, e.kind());
        assertEquals(500, e.status());
        assertEquals(2 + 3, pretix.requests().size(), "3 attempts for the failing list");
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.sleeps);
    }

    @Test
    void patchRetriedAfterResetCarriesTheSameIdempotencyKey() throws Exception {
        long id = pretix.addLayout("Foo", false, LayoutEndpointsTest.POWERED);
        TicketLayoutResource original = client.getLayout(id);
        pretix.fault(r -> reset());
        TicketLayoutResource saved = client.updateLayout(original, original.withName("After reset"));
        assertEquals("After reset", saved.name());
        List<RecordedRequest> patches = pretix.requests().stream().filter(r -> r.getMethod().equals("PATCH")).toList();
        assertEquals(2, patches.size());
        String key = patches.get(0).getHeaders().get("X-Idempotency-Key");
        assertNotNull(key);
        assertEquals(key, patches.get(1).getHeaders().get("X-Idempotency-Key"));
        // a second, separate write gets a new key
        client.updateLayout(saved, saved.withName("Again"));
        List<RecordedRequest> all = pretix.requests();
        assertFalse(key.equals(all.get(all.size() - 1).getHeaders().get("X-Idempotency-Key")));
    }

    @Test
    void writesRetriedAfter429And503KeepTheirKey() throws Exception {
        long id = pretix.addLayout("Foo", false, LayoutEndpointsTest.POWERED);
        TicketLayoutResource original = client.getLayout(id);
        pretix.fault(r -> new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
        pretix.fault(r -> FakePretix.json(503, "{\"detail\":\"maintenance\"}"));
        TicketLayoutResource saved = client.replaceLayout(original.withName("Put after faults"));
        assertEquals("Put after faults", saved.name());
        List<RecordedRequest> puts = pretix.requests().stream().filter(r -> r.getMethod().equals("PUT")).toList();
        assertEquals(3, puts.size());
        assertEquals(1, puts.stream().map(r -> r.getHeaders().get("X-Idempotency-Key")).distinct().count());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(500)), sleeper.sleeps);
    }

    @Test
    void resetForEverIsANetworkError() {
        pretix.route(r -> reset());
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.NETWORK, e.kind());
        assertEquals(0, e.status());
        assertEquals(3, pretix.requests().size());
        assertTrue(e.userMessage().contains("127.0.0.1:" + pretix.server.getPort()), e.userMessage());
    }

    @Test
    void slowAnswerTimesOutAndIsRetried() throws Exception {
        pretix.addLayout("Foo", false, LayoutEndpointsTest.POWERED);
        pretix.fault(r -> new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        try (PretixClient quick = PretixClient.builder(pretix.connection()).sleeper(sleeper)
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(10)).build()) {
            assertEquals(1, quick.listLayouts().size());
        }
        assertEquals(2, pretix.requests().size());
    }

    @Test
    void connectionRefusedIsANetworkErrorWithASentence() throws Exception {
        FakePretix gone = new FakePretix();
        PretixConnection c = gone.connection();
        gone.close();
        try (PretixClient cl = PretixClient.builder(c).sleeper(sleeper).build()) {
            PretixException e = assertThrows(PretixException.class, cl::listLayouts);
            assertEquals(PretixException.Kind.NETWORK, e.kind());
            assertTrue(e.userMessage().startsWith("Could not connect to 127.0.0.1:"), e.userMessage());
            assertFalse(e.kind().serverSaidNo());
        }
    }

    @Test
    void garbageBodiesAreBadResponses() {
        pretix.fault(r -> new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .body("<html><body>Welcome to nginx!</body></html>").build());
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.userMessage().contains("Welcome to nginx"), e.userMessage());

        pretix.fault(r -> FakePretix.json(200, "{\"count\":1,\"results\":[{\"id\":1,\"name\":\"x\",\"lay"));
        assertEquals(PretixException.Kind.BAD_RESPONSE, assertThrows(PretixException.class, client::listLayouts).kind());

        pretix.fault(r -> FakePretix.json(200, "{\"count\":1,\"results\":[{\"name\":\"no id\"}]}"));
        assertEquals(PretixException.Kind.BAD_RESPONSE, assertThrows(PretixException.class, client::listLayouts).kind());

        pretix.fault(r -> FakePretix.json(200, "[1,2,3]"));
        assertEquals(PretixException.Kind.BAD_RESPONSE, assertThrows(PretixException.class, client::listLayouts).kind());
    }

    @Test
    void unexpectedRedirectOnAnApiCallIsNotFollowed() {
        pretix.fault(r -> new MockResponse.Builder().code(302).setHeader("Location", "https://evil.example/steal").build());
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.UNEXPECTED_STATUS, e.kind());
        assertEquals(302, e.status());
        assertEquals(1, pretix.requests().size());
    }
}
