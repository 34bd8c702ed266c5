package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DRF's authentication and pretix's permission answers: 401, 403, 404, 405 with their texts. */
class AuthAndPermissionTest {
    static SandboxServer server;
    static Http http;
    static String ev;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start();
        http = Http.token(server);
        ev = Http.event(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String detail(HttpResponse<byte[]> r) {
        return Http.json(r).get("detail").asText();
    }

    @Test
    void missingCredentialsAre401NotProvided() {
        HttpResponse<byte[]> r = http.as(null).get(ev + "ticketlayouts/");
        assertEquals(401, r.statusCode());
        assertEquals("Authentication credentials were not provided.", detail(r));
        assertEquals("Token", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void wrongTokenIs401InvalidToken() {
        HttpResponse<byte[]> r = http.as("Token nottherighttoken").get(ev + "ticketlayouts/");
        assertEquals(401, r.statusCode());
        assertEquals("Invalid token.", detail(r));
        assertEquals(401, http.as("Bearer " + server.token()).get(ev).statusCode(), "a team token is no OAuth token");
    }

    @Test
    void bearerAndDeviceTokensWork() {
        assertEquals(200, http.as("Bearer " + server.oauthToken()).get(ev + "ticketlayouts/").statusCode());
        assertEquals(200, http.as("Device " + server.deviceToken()).get(ev + "ticketlayouts/").statusCode());
    }

    @Test
    void otherOrganizersAndUnknownEventsAre403() {
        HttpResponse<byte[]> r = http.get("/api/v1/organizers/acme/events/acmefest/ticketlayouts/");
        assertEquals(403, r.statusCode());
        assertEquals("You do not have permission to perform this action.", detail(r));
        assertEquals(403, http.get("/api/v1/organizers/demo/events/nosuchevent/ticketlayouts/").statusCode());
        assertEquals(403, http.get("/api/v1/organizers/nosuchorg/events/").statusCode());
        Http other = http.as("Token " + server.otherOrganizerToken());
        assertEquals(403, other.get(ev + "ticketlayouts/").statusCode());
        assertEquals(200, other.get("/api/v1/organizers/acme/events/acmefest/ticketlayouts/").statusCode());
    }

    @Test
    void readOnlyTokenMayReadButNotWrite() {
        Http ro = http.as("Token " + server.readOnlyToken());
        assertEquals(200, ro.get(ev + "ticketlayouts/").statusCode());
        HttpResponse<byte[]> r = ro.send("POST", ev + "ticketlayouts/", "{\"name\": \"x\", \"layout\": []}");
        assertEquals(403, r.statusCode());
        assertEquals("You do not have permission to perform this action.", detail(r));
        assertEquals(403, ro.send("DELETE", ev + "ticketlayouts/1/", null).statusCode());
        assertEquals(1, server.state().layoutNames().size(), "nothing was written");
    }

    @Test
    void unknownLayoutIs404() {
        HttpResponse<byte[]> r = http.get(ev + "ticketlayouts/4711/");
        assertEquals(404, r.statusCode());
        assertEquals("Not found.", detail(r));
        assertEquals(404, http.get(ev + "ticketlayouts/abc/").statusCode());
        // a layout of another event is "not found" in this one
        assertEquals(404, http.as("Token " + server.otherOrganizerToken())
                .get("/api/v1/organizers/acme/events/acmefest/ticketlayouts/1/").statusCode());
    }

    @Test
    void wrongMethodIs405() {
        HttpResponse<byte[]> r = http.send("POST", ev + "ticketlayoutitems/", "{}");
        assertEquals(405, r.statusCode());
        assertEquals("Method \"POST\" not allowed.", detail(r));
        assertEquals(405, http.send("DELETE", ev + "orderpositions/", null).statusCode());
        assertEquals(405, http.get("/api/v1/upload").statusCode());
    }
}
