package org.layoutstudio.pretix;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where and as whom to talk to pretix: the server's base URL, the organizer and event slugs and
 * the API secret. HTTPS is required except for loopback addresses (a local sandbox). Immutable;
 * {@link #toString()} never shows the secret.
 */
public final class PretixConnection {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._-]+");

    private final HttpUrl base;
    private final String organizer;
    private final String event;
    private final AuthScheme scheme;
    private final String secret;

    private PretixConnection(HttpUrl base, String organizer, String event, AuthScheme scheme, String secret) {
        this.base = base;
        this.organizer = organizer;
        this.event = event;
        this.scheme = scheme;
        this.secret = secret;
    }

    /**
     * Creates a connection.
     *
     * @param baseUrl   the pretix installation, e.g. {@code https://pretix.eu} or
     *                  {@code http://127.0.0.1:8345}; a path prefix is kept
     * @param organizer the organizer slug, or {@code null} when not chosen yet
     * @param event     the event slug, or {@code null} when not chosen yet
     * @param scheme    how the secret is sent
     * @param secret    the API token; never logged or shown
     * @throws IllegalArgumentException with a user sentence when the URL is not usable (not
     *                                  HTTPS and not loopback, unparsable) or a slug is malformed
     */
    public static PretixConnection of(String baseUrl, String organizer, String event, AuthScheme scheme, String secret) {
        Objects.requireNonNull(scheme, "scheme");
        if (secret == null || secret.isBlank()) {
            throw new InvalidConnectionException(InvalidConnectionException.Problem.TOKEN_EMPTY, "", "The API token is empty; create one in pretix under Organizer → Teams → API tokens.");
        }
        if (secret.strip().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidConnectionException(InvalidConnectionException.Problem.TOKEN_CHARACTERS, "", "The API token contains spaces or unusual characters; paste it again without extra text.");
        }
        return new PretixConnection(checkBase(baseUrl), checkSlug(organizer, "organizer"), checkSlug(event, "event"),
                scheme, secret.strip());
    }

    /** Same as {@link #of} with a team token ({@link AuthScheme#TOKEN}). */
    public static PretixConnection withToken(String baseUrl, String organizer, String event, String token) {
        return of(baseUrl, organizer, event, AuthScheme.TOKEN, token);
    }

    private static HttpUrl checkBase(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new InvalidConnectionException(InvalidConnectionException.Problem.URL_EMPTY, "", "The server address is empty; enter e.g. https://pretix.eu.");
        }
        String s = baseUrl.trim();
        HttpUrl url = HttpUrl.parse(s);
        if (url == null) {
            if (!s.contains("://")) {
                throw new InvalidConnectionException(InvalidConnectionException.Problem.URL_WITHOUT_SCHEME, s, "\"" + s + "\" is not a server address; write it with https://, e.g. https://" + s + ".");
            }
            throw new InvalidConnectionException(InvalidConnectionException.Problem.URL_INVALID, s, "\"" + s + "\" is not a server address; enter e.g. https://pretix.eu.");
        }
        if (url.username().length() > 0 || url.password().length() > 0) {
            throw new InvalidConnectionException(InvalidConnectionException.Problem.URL_WITH_CREDENTIALS, "", "The server address must not contain a user name or password.");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new InvalidConnectionException(InvalidConnectionException.Problem.URL_NOT_HTTPS, url.scheme() + "://" + url.host(),
                    "The server address " + url.scheme() + "://" + url.host()
                    + " is not HTTPS. Layout Studio sends your API token only over HTTPS (plain http is allowed only for this computer, 127.0.0.1 or localhost).");
        }
        HttpUrl.Builder b = url.newBuilder().query(null).fragment(null);
        String path = url.encodedPath();
        if (path.endsWith("/api/v1/") || path.endsWith("/api/v1")) {
            path = path.substring(0, path.lastIndexOf("/api/v1"));
        }
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return b.encodedPath(path).build();
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String checkSlug(String slug, String what) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        String s = slug.trim();
        if (!SLUG.matcher(s).matches()) {
            throw new InvalidConnectionException(what.equals("event") ? InvalidConnectionException.Problem.EVENT_INVALID : InvalidConnectionException.Problem.ORGANIZER_INVALID, s,
                    "\"" + s + "\" is not a valid " + what
                    + " short form; it is the part of the URL after /control/event/ (letters, digits, dots, dashes).");
        }
        return s;
    }

    /** A copy for another organizer and event (slugs may be {@code null}). */
    public PretixConnection withEvent(String organizer, String event) {
        return new PretixConnection(base, checkSlug(organizer, "organizer"), checkSlug(event, "event"), scheme, secret);
    }

    /** The base URL of the installation, ending in {@code /}. */
    public URI baseUrl() {
        return base.uri();
    }

    /** The organizer slug, or {@code null}. */
    public String organizer() {
        return organizer;
    }

    /** The event slug, or {@code null}. */
    public String event() {
        return event;
    }

    /** How the secret is sent. */
    public AuthScheme scheme() {
        return scheme;
    }

    /** The {@code scheme://host:port} the token may be sent to. */
    public String origin() {
        return originOf(base);
    }

    /** Whether {@code url} is on the API's origin (same scheme, host and port). */
    public boolean isSameOrigin(URI url) {
        HttpUrl u = url == null ? null : HttpUrl.parse(url.toString());
        return u != null && originOf(u).equals(origin());
    }

    /**
     * Whether {@code url} is an API address of this server ({@code …/api/v1/…} on its origin): the
     * only place the token goes. Static and media files of the same host are public and never get it.
     */
    boolean isApiUrl(HttpUrl url) {
        return originOf(url).equals(origin()) && url.encodedPath().startsWith(base.encodedPath() + "api/v1/");
    }

    static String originOf(HttpUrl u) {
        return u.scheme() + "://" + u.host().toLowerCase(java.util.Locale.ROOT) + ":" + u.port();
    }

    HttpUrl base() {
        return base;
    }

    /** The value of the Authorization header; package-private so that it stays inside the client. */
    String authorization() {
        return scheme.headerWord() + " " + secret;
    }

    String secret() {
        return secret;
    }

    /** {@code .../api/v1/organizers/{org}/events/{event}/} */
    HttpUrl eventUrl(String... more) {
        requireEvent();
        HttpUrl.Builder b = base.newBuilder().addPathSegments("api/v1/organizers").addPathSegment(organizer)
                .addPathSegment("events").addPathSegment(event);
        for (String m : more) {
            b.addPathSegment(m);
        }
        return b.addPathSegment("").build();
    }

    HttpUrl organizerUrl(String... more) {
        requireOrganizer();
        HttpUrl.Builder b = base.newBuilder().addPathSegments("api/v1/organizers").addPathSegment(organizer);
        for (String m : more) {
            b.addPathSegment(m);
        }
        return b.addPathSegment("").build();
    }

    HttpUrl apiUrl(String path) {
        return base.newBuilder().addPathSegments("api/v1/" + path).build();
    }

    private void requireOrganizer() {
        if (organizer == null) {
            throw new IllegalStateException("No organizer chosen; pick one first.");
        }
    }

    private void requireEvent() {
        requireOrganizer();
        if (event == null) {
            throw new IllegalStateException("No event chosen; pick one first.");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PretixConnection c && c.base.equals(base) && Objects.equals(c.organizer, organizer)
                && Objects.equals(c.event, event) && c.scheme == scheme && c.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, organizer, event, scheme);
    }

    /** Server, organizer and event — never the secret. */
    @Override
    public String toString() {
        return "PretixConnection[" + base + (organizer == null ? "" : " " + organizer)
                + (event == null ? "" : "/" + event) + ", " + scheme.headerWord() + " ***]";
    }
}
