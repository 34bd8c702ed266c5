package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token goes to the API's origin only: not to next-page links, redirects or media hosts elsewhere. */
class TokenSafetyTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    FakePretix pretix;
    FakePretix other; // another origin (another port on 127.0.0.1)
    FakeSleeper sleeper = new FakeSleeper();
    PretixClient client;

    @BeforeEach
    void start() throws Exception {
        pretix = new FakePretix();
        other = new FakePretix();
        other.route(r -> new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
                .body(new okio.Buffer().write(PDF)).build());
        client = pretix.client(sleeper);
    }

    @AfterEach
    void stop() {
        client.close();
        pretix.close();
        other.close();
    }

    @Test
    void nextPageOnAnotherOriginIsRefused() {
        pretix.fault(r -> FakePretix.json(200, "{\"count\":99,\"next\":\"" + other.baseUrl()
                + "api/v1/organizers/dummy/events/democon/ticketlayouts/?page=2\",\"previous\":null,\"results\":[]}"));
        PretixException e = assertThrows(PretixException.class, client::listLayouts);
        assertEquals(PretixException.Kind.REFUSED, e.kind());
        assertTrue(e.userMessage().contains("another server"), e.userMessage());
        assertTrue(other.requests().isEmpty(), "nothing was sent to the other origin");
    }

    @Test
    void nextPageDowngradedToAnotherPortOrSchemeIsRefused() {
        pretix.fault(r -> FakePretix.json(200, "{\"count\":99,\"next\":\"https://127.0.0.1:" + pretix.server.getPort()
                + "/api/v1/x/?page=2\",\"results\":[]}"));
        assertEquals(PretixException.Kind.REFUSED, assertThrows(PretixException.class, client::listLayouts).kind());
    }

    @Test
    void backgroundFromAnotherHostIsFetchedWithoutTheToken() throws Exception {
        byte[] got = client.downloadBackground(other.baseUrl() + "media/pub/dummy/democon/bg.pdf");
        assertArrayEquals(PDF, got);
        RecordedRequest r = other.requests().get(0);
        assertNull(r.getHeaders().get("Authorization"));
        assertTrue(r.getHeaders().get("User-Agent").startsWith("LayoutStudio/"));
    }

    @Test
    void aBackgroundOnTheApiHostButOutsideTheApiGetsNoToken() throws Exception {
        // pretix's media and static files are public: the token goes to …/api/v1/… only
        pretix.fault(r -> new MockResponse.Builder().code(200).body(new okio.Buffer().write(PDF)).build());
        assertArrayEquals(PDF, client.downloadBackground(pretix.baseUrl() + "media/x.pdf"));
        assertNull(pretix.requests().get(0).getHeaders().get("Authorization"));
    }

    @Test
    void aBackgroundRedirectedToAnotherHostNeverCarriesTheToken() throws Exception {
        pretix.fault(r -> new MockResponse.Builder().code(302).setHeader("Location", other.baseUrl() + "cdn/bg.pdf").build());
        assertArrayEquals(PDF, client.downloadBackground(pretix.baseUrl() + "media/bg.pdf"));
        assertNull(pretix.requests().get(0).getHeaders().get("Authorization"));
        assertEquals("/cdn/bg.pdf", other.requests().get(0).getUrl().encodedPath());
        assertNull(other.requests().get(0).getHeaders().get("Authorization"));
    }

    @Test
    void downloadsAreCappedWithAClearError() throws Exception {
        try (PretixClient small = PretixClient.builder(pretix.connection()).sleeper(sleeper).maxDownloadBytes(20).build()) {
            PretixException e = assertThrows(PretixException.class, () -> small.downloadBackground(other.baseUrl() + "big.pdf"));
            assertEquals(PretixException.Kind.REFUSED, e.kind());
            assertTrue(e.userMessage().contains("larger than"), e.userMessage());
            // without Content-Length (chunked) the cap holds as well
            other.route(r -> new MockResponse.Builder().code(200).chunkedBody(new String(PDF, StandardCharsets.US_ASCII), 8).build());
            assertEquals(PretixException.Kind.REFUSED,
                    assertThrows(PretixException.class, () -> small.downloadBackground(other.baseUrl() + "big.pdf")).kind());
        }
    }

    @Test
    void aDownloadThatIsNotAPdfSaysSo() {
        other.route(r -> new MockResponse.Builder().code(200).body("<html>login</html>").build());
        PretixException e = assertThrows(PretixException.class, () -> client.downloadBackground(other.baseUrl() + "x.pdf"));
        assertEquals(PretixException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.userMessage().contains("not a PDF"), e.userMessage());
    }
}
