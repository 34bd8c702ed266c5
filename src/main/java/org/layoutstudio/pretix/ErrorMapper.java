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
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.layoutstudio.layout.SafeText;

/**
 * Turns HTTP answers and I/O failures into {@link PretixException}s with user sentences. What the
 * server said (its {@code detail}, field errors) is quoted through {@link SafeText}: escaped, one
 * line, capped, without the token.
 */
final class ErrorMapper {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String secret;

    ErrorMapper(String secret) {
        this.secret = secret;
    }

    /** An exception for a status the caller did not expect. {@code what} names the object, e.g. "layout 17". */
    PretixException forStatus(int status, byte[] body, Duration retryAfter, String what) {
        JsonNode json = parse(body);
        String detail = quote(detailOf(json));
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
                // pretix's own reason wins over our guess.
                msg = detail != null ? "pretix refused access to the " + what + ": " + sentence(detail)
                        : "pretix refused access to the " + what
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

    /**
     * An exception for a failed connection to {@code where} (host:port): a sentence in plain
     * words, never the library's text (which stays in the cause, for the log).
     */
    static PretixException forIo(IOException e, String where) {
        String msg;
        PretixException.Kind kind = PretixException.Kind.NETWORK;
        if (e instanceof UnknownHostException) {
            msg = "The server name " + where + " could not be found. Check the address and your internet connection.";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            msg = "Could not connect to " + where + " (connection refused or no route). Is the address right and the server running?";
        } else if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            msg = "The server " + where + " did not answer in time. Try again later.";
        } else if (isUntrustedCertificate(e)) {
            kind = PretixException.Kind.UNTRUSTED_CERTIFICATE;
            msg = "The server's certificate for " + where + " is not trusted by this computer: it may be self-signed,"
                    + " expired or made out for another name, so Layout Studio sent nothing (not your token either)."
                    + " If this is your own pretix, give it a certificate from a recognised authority such as Let's Encrypt;"
                    + " if you did not expect this, someone may be listening in on your connection.";
        } else if (e instanceof SSLException) {
            msg = "A secure (HTTPS) connection to " + where + " could not be established: the server may not speak HTTPS"
                    + " on this port, or only in a way this computer does not accept. Check the address.";
        } else {
            msg = "The connection to " + where + " broke before pretix's answer was complete. Try again.";
        }
        return new PretixException(kind, msg, e);
    }

    /** The whole-call deadline of an attempt (or the request's budget) passed before the answer was complete. */
    static PretixException forDeadline(String where, Duration limit, Throwable cause) {
        return new PretixException(PretixException.Kind.TIMED_OUT, "The server " + where + " did not finish its answer within "
                + seconds(limit) + "; it may be overloaded or the connection very slow. Try again later.", cause);
    }

    /** A TLS failure because the server's certificate is not trusted here (unknown authority, expired, wrong name). */
    static boolean isUntrustedCertificate(Throwable e) {
        if (e instanceof SSLPeerUnverifiedException) {
            return true;
        }
        if (!(e instanceof SSLException)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CertificateException || t instanceof CertPathValidatorException || t instanceof SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
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
            out.add(new FieldError(SafeText.line(path, SafeText.QUOTE_CHARS), quote(n.asText())));
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
            out.add(new FieldError(SafeText.line(path, SafeText.QUOTE_CHARS), quote(n.asText())));
        }
    }

    /**
     * What the server said, as we show it: the secret removed first (so that no cut leaves half of
     * it), then the first line, escaped and capped ({@link SafeText}); null stays null.
     */
    String quote(String said) {
        if (said == null) {
            return null;
        }
        String t = redact(said).strip();
        int nl = t.indexOf('\n');
        return SafeText.line((nl < 0 ? t : t.substring(0, nl)).strip(), SafeText.QUOTE_CHARS);
    }

    /** A sentence ends with one full stop: pretix's details often bring their own. */
    static String sentence(String s) {
        String t = s.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.endsWith("!") || t.endsWith("?") || t.endsWith("…") ? t : t + ".";
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
        return "it begins with \"" + SafeText.line(s, 60) + "\"";
    }
}
