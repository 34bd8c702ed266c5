package org.layoutstudio.editor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.sandbox.RecordedRequest;
import org.layoutstudio.sandbox.SandboxServer;

/**
 * A sandbox server for editor tests over real HTTP: connections to its demo event as the editor makes
 * them, and a second party (plain HTTP) that reads and changes layouts behind the editor's back.
 */
public final class SandboxFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHER_PARTY = "another client";
    private final SandboxServer server;

    public SandboxFixture() throws java.io.IOException {
        server = SandboxServer.start();
    }

    public SandboxServer server() {
        return server;
    }

    /** A new connection to the demo event, as a saved connection named {@code connectionName} (null: demo). */
    public LayoutRepository repository(String connectionName) {
        return new LayoutRepository(new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(),
                server.event(), server.token())), connectionName, "en");
    }

    public long defaultLayoutId() {
        return server.state().defaultLayoutId().orElseThrow();
    }

    private String layoutUrl(long id) {
        return server.baseUrl() + "/api/v1/organizers/" + server.organizer() + "/events/" + server.event()
                + "/ticketlayouts/" + (id < 0 ? "" : id + "/");
    }

    /** The layout resource as pretix answers GET (another client's view). */
    public JsonNode layout(long id) throws Exception {
        HttpResponse<String> r = http("GET", layoutUrl(id), null);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET layout " + id + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The event's layouts as pretix lists them. */
    public JsonNode layouts() throws Exception {
        return JSON.readTree(http("GET", layoutUrl(-1), null).body()).get("results");
    }

    /** Someone else changes the layout (e.g. in pretix's web editor). */
    public void changeBehindTheBack(long id, String patchBody) throws Exception {
        HttpResponse<String> r = http("PATCH", layoutUrl(id), patchBody);
        if (r.statusCode() != 200) {
            throw new AssertionError("PATCH layout " + id + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** The requests the editor (not the other party) sent that change something (POST, PATCH, PUT, DELETE). */
    public List<RecordedRequest> editorWrites() {
        return server.requests().matching(r -> !r.method().equals("GET") && !r.method().equals("HEAD")
                && !OTHER_PARTY.equals(r.header("User-Agent")));
    }

    private HttpResponse<String> http(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Token " + server.token())
                .header("Content-Type", "application/json")
                .header("User-Agent", OTHER_PARTY);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
