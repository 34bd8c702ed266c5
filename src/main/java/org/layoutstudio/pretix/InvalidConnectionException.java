package org.layoutstudio.pretix;

/**
 * A server address, token or slug that {@link PretixConnection} refuses, with what is wrong as a
 * {@link Problem}, so that the desktop app can say it in the user's language. The message stays an
 * English sentence for the command line.
 */
public final class InvalidConnectionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        TOKEN_EMPTY, TOKEN_CHARACTERS, URL_EMPTY, URL_WITHOUT_SCHEME, URL_INVALID, URL_WITH_CREDENTIALS, URL_NOT_HTTPS,
        ORGANIZER_INVALID, EVENT_INVALID
    }

    private final Problem problem;
    private final String value;

    InvalidConnectionException(Problem problem, String value, String message) {
        super(message);
        this.problem = problem;
        this.value = value == null ? "" : value;
    }

    public Problem problem() {
        return problem;
    }

    /** The refused input (a URL or slug; empty for the token, which is never repeated). */
    public String value() {
        return value;
    }
}
