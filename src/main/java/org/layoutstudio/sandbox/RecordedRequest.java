package org.layoutstudio.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the server received it: what tests assert on (method, path, headers such as
 * {@code Authorization} or {@code X-Idempotency-Key}, body) and the status it got.
 */
public final class RecordedRequest {
    /** Status of a request whose connection was closed without a response. */
    public static final int NO_RESPONSE = 0;

    private final long sequence;
    private final Instant received;
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    /** Bodies beyond this are kept truncated: uploads of 10 MiB need not stay in memory. */
    static final int MAX_BODY_KEPT = 1024 * 1024;

    private final byte[] body;
    private final int bodyLength;
    private volatile int status = -1;

    RecordedRequest(long sequence, Instant received, String method, String path, String query,
                    Map<String, List<String>> lowerCaseHeaders, byte[] body) {
        this.sequence = sequence;
        this.received = received;
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = Map.copyOf(lowerCaseHeaders);
        this.body = java.util.Arrays.copyOf(body, Math.min(body.length, MAX_BODY_KEPT));
        this.bodyLength = body.length;
    }

    /** 1 for the first request the server saw, then counting up. */
    public long sequence() {
        return sequence;
    }

    public Instant received() {
        return received;
    }

    public String method() {
        return method;
    }

    /** The decoded path, e.g. {@code /api/v1/organizers/demo/events/}. */
    public String path() {
        return path;
    }

    /** The raw query without {@code ?}, or {@code ""}. */
    public String query() {
        return query;
    }

    /** All headers, names in lower case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body, cut after {@link #MAX_BODY_KEPT} bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** The full length of the body as received. */
    public int bodyLength() {
        return bodyLength;
    }

    /** The status sent, {@link #NO_RESPONSE} for a reset, -1 while the request is still being handled. */
    public int status() {
        return status;
    }

    void status(int status) {
        this.status = status;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }
}
