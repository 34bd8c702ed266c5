package org.layoutstudio.layout;

/**
 * A file or text that cannot be read as a layout. The message is a sentence for the user
 * (with line and column where the JSON syntax is broken); it never holds a stack trace.
 */
public final class LayoutFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem: broken JSON (unreadable) or JSON that is not a layout (invalid). */
    public enum Kind { UNREADABLE, NOT_A_LAYOUT }

    private final Kind kind;

    public LayoutFormatException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LayoutFormatException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
