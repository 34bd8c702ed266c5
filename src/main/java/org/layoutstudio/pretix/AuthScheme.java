package org.layoutstudio.pretix;

/** How the secret is presented in the {@code Authorization} header (pretix API docs, "Authentication"). */
public enum AuthScheme {
    /** A team API token: {@code Authorization: Token <token>}. */
    TOKEN("Token"),
    /** An OAuth access token: {@code Authorization: Bearer <token>}. */
    BEARER("Bearer"),
    /** A device token from device initialisation: {@code Authorization: Device <token>}. */
    DEVICE("Device");

    private final String headerWord;

    AuthScheme(String headerWord) {
        this.headerWord = headerWord;
    }

    /** The word that precedes the secret in the header, e.g. {@code Token}. */
    public String headerWord() {
        return headerWord;
    }

    /** Parses {@code token}, {@code Bearer}, {@code DEVICE} … (case-insensitive). */
    public static AuthScheme parse(String s) {
        for (AuthScheme a : values()) {
            if (a.headerWord.equalsIgnoreCase(s == null ? "" : s.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown authentication scheme \"" + s + "\"; use Token, Bearer or Device.");
    }
}
