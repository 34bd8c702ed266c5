package org.layoutstudio.pretix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;

/** Turns HTTP answers and I/O failures into {@link PretixException}s with user sentences. */
final class ErrorMapper {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LINE = 300;

    private final String secret;

    ErrorMapper(String secret) {
        this.secret = secret;
    }

    /** An exception for a status the caller did not expect. {@code what} names the object, e.g. "layout 17". */
    PretixException forStatus(int status, byte[] body, Duration retryAfter, String what) {
        JsonNode json = parse(body);
        String detail = redact(firstLine(detailOf(json)));
        List<FieldError> fields = new ArrayList<>();
        if (status == 400 && json != null && (json.isObject() || json.isArray())) {
            flatten("", json, fields);
            fields.removeIf(f -> f.field().equals("detail") && detail != null);
        }
        String msg;
        PretixException.Kind kind;
        switch (status) {
            case 400 -> {
                kind = PretixException.Kind.BAD_REQUEST;
                String reasons = fields.isEmpty() ? (detail != null ? detail : "no reason given")
                        : String.join("; ", fields.stream().map(FieldError::describe).toList());
                msg = "pretix rejected the " + what + ": " + reasons;
            }
            case 401 -> {
                kind = PretixException.Kind.UNAUTHORIZED;
                msg = "pretix did not accept the API token" + paren(detail)
                        + ". Check the token, or create a new one in pretix under Organizer → Teams.";
            }
            case 403 -> {
                kind = PretixException.Kind.FORBIDDEN;
                msg = "pretix refused access to the " + what + (detail != null ? ": " + detail : "")
                        + ". The organizer or event may not exist, or the token lacks permission for it.";
            }
            case 404 -> {
                kind = PretixException.Kind.NOT_FOUND;
                msg = "pretix does not know the " + what + paren(detail) + "; it may have been deleted, or the address is wrong.";
            }
            case 409 -> {
                kind = PretixException.Kind.CONFLICT;
                msg = "pretix is busy with the " + what + paren(detail) + "; try again in a few seconds.";
            }
            case 410 -> {
                kind = PretixException.Kind.GONE;
                msg = "pretix says the " + what + " is gone" + paren(detail) + ".";
            }
            case 429 -> {
                kind = PretixException.Kind.RATE_LIMITED;
                msg = "pretix received too many requests from this account"
                        + (retryAfter != null ? "; try again in " + seconds(retryAfter) + "." : "; try again in a minute.");
            }
            default -> {
                if (status >= 500) {
                    kind = PretixException.Kind.SERVER_ERROR;
                    msg = "pretix had a server error (HTTP " + status + ") with the " + what
                            + ". Try again later; if it persists, pretix may be down for maintenance.";
                } else {
                    kind = PretixException.Kind.UNEXPECTED_STATUS;
                    msg = "pretix answered HTTP " + status + " for the " + what + paren(detail)
                            + ", which Layout Studio does not expect there.";
                }
            }
        }
        return new PretixException(kind, status, msg, detail, fields, retryAfter, null);
    }

    /** An exception for a failed connection to {@code where} (host:port). */
    static PretixException forIo(IOException e, String where) {
        String msg;
        if (e instanceof UnknownHostException) {
            msg = "The server name " + where + " could not be found. Check the address and your internet connection.";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            msg = "Could not connect to " + where + " (connection refused or no route). Is the address right and the server running?";
        } else if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            msg = "The server " + where + " did not answer in time. Try again later.";
        } else if (e instanceof SSLException) {
            msg = "A secure (HTTPS) connection to " + where + " could not be established: " + firstLine(e.getMessage()) + ".";
        } else {
            String m = e.getMessage();
            msg = "The connection to " + where + " broke" + (m == null || m.isBlank() ? "" : " (" + firstLine(m) + ")") + ". Try again.";
        }
        return new PretixException(PretixException.Kind.NETWORK, msg, e);
    }

    static PretixException badResponse(String what, String problem) {
        return new PretixException(PretixException.Kind.BAD_RESPONSE,
                "The answer about the " + what + " was not what pretix sends (" + problem
                        + "). Is the server address that of a pretix installation?", null);
    }

    static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s + (s == 1 ? " second" : " seconds");
    }

    private static String paren(String detail) {
        return detail == null ? "" : " (" + detail + ")";
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String detailOf(JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        for (String k : new String[] {"detail", "message", "error"}) {
            JsonNode d = json.get(k);
            if (d != null && d.isTextual()) {
                return d.asText();
            }
        }
        return null;
    }

    /** DRF error bodies: {@code {field: [msg]}}, {@code {parts: [{field: [msg]}]}}, {@code [msg]}. */
    private void flatten(String path, JsonNode n, List<FieldError> out) {
        if (n.isTextual()) {
            out.add(new FieldError(path, redact(firstLine(n.asText()))));
        } else if (n.isArray()) {
            int i = 0;
            for (JsonNode c : n) {
                if (c.isTextual()) {
                    flatten(path, c, out);
                } else if (!(c.isObject() && c.isEmpty())) {
                    flatten(path + "[" + i + "]", c, out);
                }
                i++;
            }
        } else if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (!n.isNull()) {
            out.add(new FieldError(path, redact(n.asText())));
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).strip();
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line;
    }

    /** Never echo the secret, even if a server (or proxy) put it into a message. */
    String redact(String s) {
        if (s == null || secret == null || secret.isEmpty()) {
            return s;
        }
        return s.replace(secret, "***");
    }

    static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "an empty answer";
        }
        String s = new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return "it begins with \"" + s + "\"";
    }
}
