package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PretixConnectionTest {
    @Test
    void refusesPlainHttpExceptLoopback() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PretixConnection.withToken("http://pretix.example.com", "o", "e", "tok"));
        assertTrue(e.getMessage().contains("not HTTPS"), e.getMessage());
        PretixConnection.withToken("http://127.0.0.1:8345", "o", "e", "tok");
        PretixConnection.withToken("http://localhost:8345/", "o", "e", "tok");
        PretixConnection.withToken("http://[::1]:8345/", "o", "e", "tok");
        PretixConnection.withToken("https://pretix.eu", "o", "e", "tok");
    }

    @Test
    void explainsMissingSchemeBadSlugsAndEmptyToken() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PretixConnection.withToken("pretix.eu", "o", "e", "t")).getMessage().contains("https://pretix.eu"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PretixConnection.withToken("https://pretix.eu", "o/../x", "e", "t")).getMessage().contains("organizer"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PretixConnection.withToken("https://pretix.eu", "o", "e", " ")).getMessage().contains("token"));
    }

    @Test
    void aPastedTokenWithANewlineIsTrimmedButInnerSpacesAreRefused() {
        assertEquals("Token abc", PretixConnection.withToken("https://x.org", "o", "e", " abc\n").authorization());
        assertThrows(IllegalArgumentException.class, () -> PretixConnection.withToken("https://x.org", "o", "e", "ab c"));
    }

    @Test
    void toStringNeverShowsTheSecret() {
        PretixConnection c = PretixConnection.of("https://pretix.eu", "bigevents", "democon", AuthScheme.BEARER, "supersecret123");
        assertFalse(c.toString().contains("supersecret123"), c.toString());
        assertTrue(c.toString().contains("pretix.eu") && c.toString().contains("democon"), c.toString());
    }

    @Test
    void buildsApiUrlsUnderAPathPrefixAndKnowsItsOrigin() {
        PretixConnection c = PretixConnection.withToken("https://tickets.example.org/pretix/api/v1/", "org", "ev", "t");
        assertEquals("https://tickets.example.org/pretix/api/v1/organizers/org/events/ev/ticketlayouts/",
                c.eventUrl("ticketlayouts").toString());
        assertEquals("https://tickets.example.org:443", c.origin());
        assertTrue(c.isSameOrigin(URI.create("https://TICKETS.example.org/media/x.pdf")));
        assertFalse(c.isSameOrigin(URI.create("http://tickets.example.org/media/x.pdf")));
        assertFalse(c.isSameOrigin(URI.create("https://tickets.example.org:8443/x")));
        assertFalse(c.isSameOrigin(URI.create("https://cdn.example.org/x")));
    }

    @Test
    void authSchemesNameTheHeaderWord() {
        assertEquals("Device abc", PretixConnection.of("https://x.org", null, null, AuthScheme.parse("device"), "abc").authorization());
        assertThrows(IllegalArgumentException.class, () -> AuthScheme.parse("Basic"));
    }
}
