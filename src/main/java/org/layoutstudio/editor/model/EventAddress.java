package org.layoutstudio.editor.model;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Which pretix event a layout belongs to: the server's base URL, the organizer and the event. Two
 * connections to the same event (another profile, a new token) have equal addresses; a different
 * server, organizer or event never does. Holds no secret.
 */
public record EventAddress(String server, String organizer, String event) {

    public EventAddress {
        server = normalise(Objects.requireNonNull(server, "server"));
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(event, "event");
    }

    /** "https://pretix.eu/" and "https://PRETIX.eu" are one server. */
    private static String normalise(String url) {
        String s = url.trim();
        try {
            URI u = URI.create(s);
            if (u.getScheme() != null && u.getHost() != null) {
                s = u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                        + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getRawPath() == null ? "" : u.getRawPath());
            }
        } catch (IllegalArgumentException e) {
            // kept as given: equality still works on the same text
        }
        return s.endsWith("/") ? s : s + "/";
    }

    /** The server's host, with its port when it has one ("pretix.eu", "127.0.0.1:8345"): two local servers differ. */
    public String host() {
        try {
            URI u = URI.create(server);
            return u.getHost() == null ? server : u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            return server;
        }
    }
}
