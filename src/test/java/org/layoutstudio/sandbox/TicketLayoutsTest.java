package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ticketlayouts resource with pretix's rules, quirks and error bodies. */
class TicketLayoutsTest {
    static final String BARCODE = "[{\"type\": \"barcodearea\", \"left\": \"7.00\", \"bottom\": \"11.15\", \"size\": \"45.00\", \"content\": \"secret\"}]";

    SandboxServer server;
    Http http;
    String ev;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start();
        http = Http.token(server);
        ev = Http.event(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode create(String name, String layout) {
        HttpResponse<byte[]> r = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"" + name + "\", \"layout\": " + layout + "}");
        assertEquals(201, r.statusCode(), Http.text(r));
        return Http.json(r);
    }

    @Test
    void seededDefaultLayoutHasPretixShape() {
        JsonNode list = Http.json(http.get(ev + "ticketlayouts/"));
        assertEquals(1, list.get("count").asInt());
        JsonNode l = list.get("results").get(0);
        assertEquals("Default layout", l.get("name").asText());
        assertTrue(l.get("default").asBoolean());
        assertTrue(l.get("layout").isArray());
        assertTrue(l.get("layout").size() > 3);
        assertEquals(server.baseUrl() + "/static/pretixpresale/pdf/ticket_default_a4.pdf", l.get("background").asText());
        assertEquals(3, l.get("item_assignments").size());
        assertEquals("web", l.get("item_assignments").get(0).get("sales_channel").asText());
        JsonNode items = Http.json(http.get(ev + "ticketlayoutitems/"));
        assertEquals(3, items.get("count").asInt());
        assertEquals(l.get("id").asInt(), items.get("results").get(0).get("layout").asInt());
        assertEquals(1, items.get("results").get(0).get("item").asInt());
        int assignmentId = items.get("results").get(0).get("id").asInt();
        assertEquals(200, http.get(ev + "ticketlayoutitems/" + assignmentId + "/").statusCode());
        // the detail equals the list entry
        assertEquals(l, Http.json(http.get(ev + "ticketlayouts/" + l.get("id").asInt() + "/")));
    }

    @Test
    void defaultBackgroundIsServedWithoutAuthentication() {
        HttpResponse<byte[]> r = http.as(null).get("/static/pretixpresale/pdf/ticket_default_a4.pdf");
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Http.text(r).startsWith("%PDF"));
    }

    @Test
    void createKeepsNumberLiteralsAndIgnoresReadOnlyAndUnknownFields() {
        String body = "{\"name\": \"Badge\", \"layout\": [{\"type\": \"poweredby\", \"left\": \"17.50\", \"bottom\": 10.50, "
                + "\"size\": \"1.00\", \"content\": \"dark\"}], \"item_assignments\": [{\"item\": 2, \"sales_channel\": \"web\"}], "
                + "\"id\": 999, \"colour\": \"blue\"}";
        HttpResponse<byte[]> r = http.send("POST", ev + "ticketlayouts/", body);
        assertEquals(201, r.statusCode(), Http.text(r));
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        String text = Http.text(r);
        assertTrue(text.contains("\"left\":\"17.50\""), text);
        assertTrue(text.contains("\"bottom\":10.50"), "number literal kept: " + text);
        JsonNode j = Http.json(r);
        assertFalse(j.get("id").asInt() == 999);
        assertFalse(j.get("default").asBoolean());
        assertEquals(0, j.get("item_assignments").size());
        assertFalse(j.has("colour"));
        assertEquals("[{\"type\":\"poweredby\",\"left\":\"17.50\",\"bottom\":10.50,\"size\":\"1.00\",\"content\":\"dark\"}]",
                server.state().layoutJson(j.get("id").asInt()).orElseThrow());
    }

    @Test
    void missingFieldsAreReportedTogether() {
        HttpResponse<byte[]> r = http.send("POST", ev + "ticketlayouts/", "{}");
        assertEquals(400, r.statusCode());
        JsonNode j = Http.json(r);
        assertEquals("This field is required.", j.get("name").get(0).asText());
        assertEquals("This field is required.", j.get("layout").get(0).asText());
        HttpResponse<byte[]> blank = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"  \", \"layout\": []}");
        assertEquals("This field may not be blank.", Http.json(blank).get("name").get(0).asText());
        HttpResponse<byte[]> longName = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"" + "x".repeat(191) + "\", \"layout\": []}");
        assertEquals("Ensure this field has no more than 190 characters.", Http.json(longName).get("name").get(0).asText());
    }

    @Test
    void invalidLayoutGetsPretixsHugeMultiLineMessage() {
        HttpResponse<byte[]> r = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"Foo\", \"layout\": [{\"foo\": \"bar\"}]}");
        assertEquals(400, r.statusCode());
        String msg = Http.json(r).get("layout").get(0).asText();
        String first = msg.substring(0, msg.indexOf('\n'));
        assertEquals("Your layout file is not a valid layout. Error message: {'foo': 'bar'} is not valid under any of the given schemas",
                first);
        assertTrue(msg.contains("\n\nFailed validating 'oneOf' in schema['items']:\n    {'type': 'object',"), msg.substring(0, 300));
        assertTrue(msg.contains("\n\nOn instance[0]:\n    {'foo': 'bar'}"));
        assertTrue(msg.split("\n").length > 100, "long like jsonschema's dump: " + msg.split("\n").length + " lines");

        HttpResponse<byte[]> notArray = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"Foo\", \"layout\": {\"a\": 1}}");
        String m2 = Http.json(notArray).get("layout").get(0).asText();
        assertTrue(m2.startsWith("Your layout file is not a valid layout. Error message: {'a': 1} is not of type 'array'\n\nFailed validating 'type' in schema:"), m2.substring(0, 200));

        HttpResponse<byte[]> badSecond = http.send("POST", ev + "ticketlayouts/",
                "{\"name\": \"Foo\", \"layout\": [{\"type\": \"poweredby\", \"left\": \"0\", \"bottom\": \"0\", \"size\": \"1.00\", \"content\": \"dark\"}, 5]}");
        String m3 = Http.json(badSecond).get("layout").get(0).asText();
        assertTrue(m3.startsWith("Your layout file is not a valid layout. Error message: 5 is not of type 'object'"), m3.substring(0, 120));
        assertTrue(m3.contains("On instance[1]:"));
    }

    @Test
    void anyDefaultTrueIsRejectedEvenOnTheDefaultLayout() {
        HttpResponse<byte[]> post = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"Foo\", \"default\": true, \"layout\": []}");
        assertEquals(400, post.statusCode());
        assertEquals("{\"non_field_errors\":[\"You cannot have two layouts with default = True\"]}", Http.text(post));
        int defaultId = server.state().defaultLayoutId().orElseThrow();
        HttpResponse<byte[]> patch = http.send("PATCH", ev + "ticketlayouts/" + defaultId + "/", "{\"default\": true}");
        assertEquals(400, patch.statusCode());
        assertEquals("You cannot have two layouts with default = True", Http.json(patch).get("non_field_errors").get(0).asText());
        // a layout error is reported by field validation before the default check
        HttpResponse<byte[]> both = http.send("POST", ev + "ticketlayouts/", "{\"name\": \"Foo\", \"default\": true, \"layout\": [{\"foo\": \"bar\"}]}");
        assertTrue(Http.json(both).has("layout"));
        assertFalse(Http.json(both).has("non_field_errors"));
        // "default": false is accepted
        assertEquals(201, http.send("POST", ev + "ticketlayouts/", "{\"name\": \"Foo\", \"default\": false, \"layout\": []}").statusCode());
    }

    @Test
    void patchChangesOnlyWhatWasSentAndPutNeedsNameAndLayout() {
        JsonNode l = create("Alpha", BARCODE);
        int id = l.get("id").asInt();
        JsonNode patched = Http.json(http.send("PATCH", ev + "ticketlayouts/" + id + "/", "{\"name\": \"Beta\"}"));
        assertEquals("Beta", patched.get("name").asText());
        assertEquals(l.get("layout"), patched.get("layout"));
        HttpResponse<byte[]> put = http.send("PUT", ev + "ticketlayouts/" + id + "/", "{\"name\": \"Gamma\"}");
        assertEquals(400, put.statusCode());
        assertEquals("This field is required.", Http.json(put).get("layout").get(0).asText());
        HttpResponse<byte[]> put2 = http.send("PUT", ev + "ticketlayouts/" + id + "/", "{\"name\": \"Gamma\", \"layout\": []}");
        assertEquals(200, put2.statusCode());
        assertEquals(0, Http.json(put2).get("layout").size());
    }

    @Test
    void deletingTheDefaultPromotesTheFirstByName() {
        create("Zeta", "[]");
        create("Beta", "[]");
        create("Alpha", "[]");
        int defaultId = server.state().defaultLayoutId().orElseThrow();
        HttpResponse<byte[]> del = http.send("DELETE", ev + "ticketlayouts/" + defaultId + "/", null);
        assertEquals(204, del.statusCode());
        assertEquals(0, del.body().length);
        JsonNode list = Http.json(http.get(ev + "ticketlayouts/"));
        assertEquals(3, list.get("count").asInt());
        assertEquals("Alpha", list.get("results").get(0).get("name").asText());
        assertTrue(list.get("results").get(0).get("default").asBoolean());
        assertFalse(list.get("results").get(1).get("default").asBoolean());
        // assignments went with the deleted layout
        assertEquals(0, Http.json(http.get(ev + "ticketlayoutitems/")).get("count").asInt());
        assertEquals(404, http.get(ev + "ticketlayouts/" + defaultId + "/").statusCode());
        // deleting a non-default keeps the default where it is
        int alpha = list.get("results").get(0).get("id").asInt();
        int beta = list.get("results").get(1).get("id").asInt();
        assertEquals(204, http.send("DELETE", ev + "ticketlayouts/" + beta + "/", null).statusCode());
        assertEquals(alpha, server.state().defaultLayoutId().orElseThrow());
    }

    @Test
    void bodyThatIsNotJsonOrNotAnObject() {
        HttpResponse<byte[]> broken = http.send("POST", ev + "ticketlayouts/", "{\"name\": ");
        assertEquals(400, broken.statusCode());
        assertTrue(Http.json(broken).get("detail").asText().startsWith("JSON parse error - "));
        HttpResponse<byte[]> list = http.send("POST", ev + "ticketlayouts/", "[]");
        assertEquals("Invalid data. Expected a dictionary, but got list.", Http.json(list).get("non_field_errors").get(0).asText());
        HttpResponse<byte[]> text = http.raw("POST", ev + "ticketlayouts/", "name=x".getBytes(), "Content-Type", "text/plain");
        assertEquals(415, text.statusCode());
    }

    @Test
    void concurrentCreatesGetDistinctIds() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + ev + "ticketlayouts/"))
                    .header("Authorization", "Token " + server.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Parallel " + i + "\", \"layout\": []}"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<Integer> ids = new HashSet<>();
        for (var c : calls) {
            var r = c.get(30, TimeUnit.SECONDS);
            assertEquals(201, r.statusCode());
            ids.add(Http.JSON.readTree(r.body()).get("id").asInt());
        }
        assertEquals(20, ids.size());
        assertEquals(21, Http.json(http.get(ev + "ticketlayouts/")).get("count").asInt());
    }
}
