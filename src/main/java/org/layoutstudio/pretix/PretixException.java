package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every failure of a pretix request: the server said no, the network failed, or the answer was
 * not what pretix sends. {@link #kind()} tells what happened, {@link #userMessage()} says it in a
 * sentence for the user; {@link #getMessage()} is the same sentence. Neither ever contains the
 * API token.
 */
public final class PretixException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** 400: pretix rejected the submitted data; see {@link #fieldErrors()}. */
        BAD_REQUEST(true),
        /** 401: the token is wrong, expired or revoked. */
        UNAUTHORIZED(true),
        /** 403: no permission, or the organizer/event does not exist; see {@link #detail()}. */
        FORBIDDEN(true),
        /** 404: the object (layout, order position, …) does not exist. */
        NOT_FOUND(true),
        /** 409: pretix is busy with this object or the request; try again later. */
        CONFLICT(true),
        /** 410: the result is gone (failed or expired). */
        GONE(true),
        /** 429: too many requests; see {@link #retryAfter()}. */
        RATE_LIMITED(true),
        /** 5xx: pretix (or a proxy in front of it) failed. */
        SERVER_ERROR(false),
        /** Another status that pretix does not document for this request (e.g. an unexpected redirect). */
        UNEXPECTED_STATUS(true),
        /** The answer was not what pretix sends (HTML, cut-off or malformed JSON, wrong type). */
        BAD_RESPONSE(false),
        /** The server could not be reached or the connection broke (refused, reset, DNS, TLS, time-out). */
        NETWORK(false),
        /** The work did not finish within its time limit. */
        TIMED_OUT(false),
        /** The user cancelled. */
        CANCELLED(false),
        /** Layout Studio refused to follow the server somewhere unsafe (another host, plain http) or to load too much. */
        REFUSED(false),
        /**
         * The server's HTTPS certificate is not trusted by this computer (self-signed, expired, another name):
         * nothing was sent, not retried.
         */
        UNTRUSTED_CERTIFICATE(false);

        private final boolean serverSaidNo;

        Kind(boolean serverSaidNo) {
            this.serverSaidNo = serverSaidNo;
        }

        /** Whether pretix answered and refused (as opposed to a failure on the way). */
        public boolean serverSaidNo() {
            return serverSaidNo;
        }
    }

    private final Kind kind;
    private final int status;
    private final String detail;
    private final List<FieldError> fieldErrors;
    private final Duration retryAfter;

    PretixException(Kind kind, int status, String userMessage, String detail, List<FieldError> fieldErrors,
            Duration retryAfter, Throwable cause) {
        super(userMessage, cause);
        this.kind = kind;
        this.status = status;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    PretixException(Kind kind, String userMessage, Throwable cause) {
        this(kind, 0, userMessage, null, List.of(), null, cause);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no HTTP answer (network, time-out, cancel). */
    public int status() {
        return status;
    }

    /** pretix's {@code detail} text (e.g. "Invalid token."), if it sent one. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** Field complaints of a 400, in the order pretix sent them (messages cut to one line). */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** How long pretix asked us to wait (429, and 409 where pretix sends Retry-After). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A sentence for the user; the same as {@link #getMessage()}. */
    public String userMessage() {
        return getMessage();
    }

    /** Whether trying again later may help (network, 5xx, 409, 429, time-out). */
    public boolean isTransient() {
        return switch (kind) {
            case NETWORK, SERVER_ERROR, CONFLICT, RATE_LIMITED, TIMED_OUT -> true;
            default -> false;
        };
    }
}
