package org.layoutstudio.render;

/** Rendering failed; {@link #getMessage()} is a sentence for the user (no stack trace needed). */
public final class RenderException extends Exception {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
