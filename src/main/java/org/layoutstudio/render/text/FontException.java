package org.layoutstudio.render.text;

/** A font file that cannot be used; the message is a sentence for the user. */
public final class FontException extends Exception {
    public FontException(String message, Throwable cause) {
        super(message, cause);
    }

    public FontException(String message) {
        super(message);
    }
}
