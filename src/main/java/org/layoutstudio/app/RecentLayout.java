package org.layoutstudio.app;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of File → Open recent: a layout file, or a layout on a pretix server, reopened through the
 * saved connection (profile), event and layout id. Kept in the settings as a string: a file as its
 * absolute path (as before), a server layout as {@code pretix-layout:?profile=…&organizer=…&event=…&id=…&name=…}.
 */
public sealed interface RecentLayout permits RecentLayout.LayoutFile, RecentLayout.ServerLayout {
    String SERVER_PREFIX = "pretix-layout:?";

    /** The string kept in the settings. */
    String encode();

    /** A layout file on this computer. */
    record LayoutFile(Path path) implements RecentLayout {
        @Override
        public String encode() {
            return path.toAbsolutePath().toString();
        }
    }

    /**
     * A layout on pretix. {@code profile} is the saved connection's name, null for the built-in demo server.
     */
    record ServerLayout(String profile, String organizer, String event, long layoutId, String name) implements RecentLayout {
        @Override
        public String encode() {
            Map<String, String> q = new LinkedHashMap<>();
            if (profile != null) {
                q.put("profile", profile);
            }
            q.put("organizer", organizer);
            q.put("event", event);
            q.put("id", Long.toString(layoutId));
            q.put("name", name == null ? "" : name);
            StringBuilder sb = new StringBuilder(SERVER_PREFIX);
            q.forEach((k, v) -> sb.append(sb.length() == SERVER_PREFIX.length() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return sb.toString();
        }

        /** Whether {@code c} is this layout's connection and event (then it opens without switching). */
        public boolean isOn(ActiveConnection c) {
            boolean sameServer = profile == null ? c.demo() : !c.demo() && profile.equals(c.profileName());
            return sameServer && organizer.equals(c.organizer()) && event.equals(c.event());
        }
    }

    /** The entry a settings string stands for; empty for a string that is neither (a damaged settings file). */
    static Optional<RecentLayout> decode(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        if (!s.startsWith(SERVER_PREFIX)) {
            try {
                return Optional.of(new LayoutFile(Path.of(s)));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : s.substring(SERVER_PREFIX.length()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            long id = Long.parseLong(q.getOrDefault("id", ""));
            if (q.get("organizer") == null || q.get("event") == null) {
                return Optional.empty();
            }
            return Optional.of(new ServerLayout(q.get("profile"), q.get("organizer"), q.get("event"), id, q.getOrDefault("name", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
