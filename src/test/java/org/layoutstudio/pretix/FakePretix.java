package org.layoutstudio.pretix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/**
 * A small pretix on 127.0.0.1 for client and CLI tests: ticket layouts (with pretix's
 * {@code default: true} bug and {@code file:} backgrounds), uploads, pagination by 50, and hooks
 * that inject faults before the normal handling. Every request is recorded.
 */
public final class FakePretix implements AutoCloseable {
    public static final String TOKEN = "s3cr3t-token-abcdefghijklmnopqrstuvwxyz";
    public static final String ORG = "dummy";
    public static final String EVENT = "democon";
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    public final MockWebServer server = new MockWebServer();
    private final Map<Long, ObjectNode> layouts = new TreeMap<>();
    private final Map<String, byte[]> uploads = new TreeMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<Function<RecordedRequest, MockResponse>> faults = new ConcurrentLinkedDeque<>();
    private volatile Function<RecordedRequest, MockResponse> route;
    private long nextId = 1;

    public FakePretix() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                requests.add(r);
                Function<RecordedRequest, MockResponse> f = faults.pollFirst();
                if (f != null) {
                    MockResponse m = f.apply(r);
                    if (m != null) {
                        return m;
                    }
                }
                Function<RecordedRequest, MockResponse> rt = route;
                if (rt != null) {
                    MockResponse m = rt.apply(r);
                    if (m != null) {
                        return m;
                    }
                }
                synchronized (FakePretix.this) {
                    return handle(r);
                }
            }
        });
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The base URL, e.g. http://127.0.0.1:PORT/ */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/";
    }

    public PretixConnection connection() {
        return PretixConnection.withToken(baseUrl(), ORG, EVENT, TOKEN);
    }

    /** A client that does not really wait (fake clock). */
    public PretixClient client(FakeSleeper sleeper) {
        return PretixClient.builder(connection()).sleeper(sleeper).build();
    }

    /** The next request is answered by {@code f} (a null answer falls through to normal handling). */
    public void fault(Function<RecordedRequest, MockResponse> f) {
        faults.addLast(f);
    }

    /** Every request is offered to {@code f} first (null answers fall through). */
    public void route(Function<RecordedRequest, MockResponse> f) {
        route = f;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized long addLayout(String name, boolean isDefault, String layoutJson) {
        long id = nextId++;
        ObjectNode o = F.objectNode();
        o.put("id", id);
        o.put("name", name);
        o.put("default", isDefault);
        try {
            o.set("layout", LayoutJson.parse(layoutJson));
        } catch (LayoutFormatException e) {
            throw new IllegalArgumentException(e);
        }
        o.putNull("background");
        ArrayNode ia = o.putArray("item_assignments");
        ia.addObject().put("item", 23).put("sales_channel", "web");
        o.put("future_field", "kept");
        layouts.put(id, o);
        return id;
    }

    public synchronized ObjectNode layout(long id) {
        return layouts.get(id);
    }

    public synchronized int layoutCount() {
        return layouts.size();
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    public static MockResponse json(int code, JsonNode body) {
        return json(code, LayoutJson.writeCompact(body));
    }

    static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().utf8();
    }

    private MockResponse handle(RecordedRequest r) {
        if (!("Token " + TOKEN).equals(r.getHeaders().get("Authorization"))) {
            return json(401, "{\"detail\":\"Invalid token.\"}");
        }
        HttpUrl url = r.getUrl();
        String path = url.encodedPath();
        String ev = "/api/v1/organizers/" + ORG + "/events/" + EVENT + "/";
        if (path.equals("/api/v1/upload") && r.getMethod().equals("POST")) {
            String id = "file:" + UUID.randomUUID();
            uploads.put(id, r.getBody() == null ? new byte[0] : r.getBody().toByteArray());
            return json(201, "{\"id\":\"" + id + "\"}");
        }
        if (path.equals(ev + "ticketlayouts/")) {
            if (r.getMethod().equals("GET")) {
                return page(url, new ArrayList<>(layouts.values().stream().map(this::present).toList()));
            }
            if (r.getMethod().equals("POST")) {
                return write(null, r, false);
            }
        }
        if (path.startsWith(ev + "ticketlayouts/")) {
            long id;
            try {
                id = Long.parseLong(path.substring((ev + "ticketlayouts/").length()).replace("/", ""));
            } catch (NumberFormatException e) {
                return json(404, "{\"detail\":\"Not found.\"}");
            }
            if (!layouts.containsKey(id)) {
                return json(404, "{\"detail\":\"Not found.\"}");
            }
            switch (r.getMethod()) {
                case "GET":
                    return json(200, present(layouts.get(id)));
                case "PATCH":
                    return write(id, r, true);
                case "PUT":
                    return write(id, r, false);
                case "DELETE":
                    layouts.remove(id);
                    return new MockResponse.Builder().code(204).build();
                default:
                    return json(405, "{\"detail\":\"Method not allowed.\"}");
            }
        }
        if (path.equals(ev + "ticketlayoutitems/")) {
            List<JsonNode> rows = new ArrayList<>();
            for (ObjectNode l : layouts.values()) {
                ObjectNode row = F.objectNode();
                row.put("id", l.get("id").asLong() * 10).put("layout", l.get("id").asLong()).put("item", 23).put("sales_channel", "web");
                rows.add(row);
            }
            return page(url, rows);
        }
        return json(404, "{\"detail\":\"Not found.\"}");
    }

    private ObjectNode present(ObjectNode stored) {
        ObjectNode o = stored.deepCopy();
        if (o.get("background").isNull()) {
            o.put("background", baseUrl() + "static/pretixpresale/pdf/ticket_default_a4.pdf");
        }
        return o;
    }

    private MockResponse page(HttpUrl url, List<JsonNode> all) {
        int page = url.queryParameter("page") == null ? 1 : Integer.parseInt(url.queryParameter("page"));
        int from = (page - 1) * 50;
        if (from > all.size() || page < 1) {
            return json(404, "{\"detail\":\"Invalid page.\"}");
        }
        ObjectNode o = F.objectNode();
        o.put("count", all.size());
        int to = Math.min(all.size(), from + 50);
        if (to < all.size()) {
            o.put("next", url.newBuilder().setQueryParameter("page", Integer.toString(page + 1)).build().toString());
        } else {
            o.putNull("next");
        }
        o.putNull("previous");
        ArrayNode res = o.putArray("results");
        all.subList(from, to).forEach(res::add);
        return json(200, o);
    }

    private MockResponse write(Long id, RecordedRequest r, boolean partial) {
        JsonNode body;
        try {
            body = LayoutJson.parse(body(r));
        } catch (LayoutFormatException e) {
            return json(400, "{\"detail\":\"JSON parse error\"}");
        }
        ObjectNode errors = F.objectNode();
        if (!partial && (!body.has("name") || !body.has("layout"))) {
            if (!body.has("name")) {
                errors.putArray("name").add("This field is required.");
            }
            if (!body.has("layout")) {
                errors.putArray("layout").add("This field is required.");
            }
        }
        if (body.has("layout") && !body.get("layout").isArray()) {
            errors.putArray("layout").add("Your layout file is not a valid layout. Error message: "
                    + body.get("layout") + " is not of type 'array'\n\nFailed validating 'type' in schema:\n    {'$schema': ...}\n" + "x\n".repeat(600));
        }
        JsonNode bg = body.get("background");
        if (bg != null && !bg.isNull() && !uploads.containsKey(bg.asText())) {
            errors.putArray("background").add("The submitted file ID was not found.");
        }
        if (!errors.isEmpty()) {
            return json(400, errors);
        }
        if (body.path("default").asBoolean(false)) {
            return json(400, "{\"non_field_errors\":[\"You cannot have two layouts with default = True\"]}");
        }
        ObjectNode target;
        if (id == null) {
            target = F.objectNode();
            long nid = nextId++;
            target.put("id", nid);
            target.put("name", "");
            target.put("default", false);
            target.set("layout", F.arrayNode());
            target.putNull("background");
            target.putArray("item_assignments");
            layouts.put(nid, target);
        } else {
            target = layouts.get(id);
        }
        if (body.has("name")) {
            target.set("name", body.get("name"));
        }
        if (body.has("layout")) {
            target.set("layout", body.get("layout"));
        }
        if (body.has("background")) {
            target.put("background", bg.isNull() ? null : baseUrl() + "media/pub/" + bg.asText().substring(5) + ".pdf");
        }
        if (body.has("default")) {
            target.set("default", body.get("default"));
        }
        return json(id == null ? 201 : 200, present(target));
    }

    @Override
    public void close() {
        server.close();
    }
}
