package org.layoutstudio.pretix.profiles;

/** How the token is sent: {@code Authorization: Token|Bearer|Device <token>} (pretix's three kinds). */
public enum AuthScheme {
    /** A team API token (organizer settings → Teams → API tokens). */
    TOKEN("Token"),
    /** An OAuth access token. */
    BEARER("Bearer"),
    /** A device token. */
    DEVICE("Device");

    private final String header;

    AuthScheme(String header) {
        this.header = header;
    }

    /** The word before the token in the Authorization header. */
    public String headerWord() {
        return header;
    }
}
