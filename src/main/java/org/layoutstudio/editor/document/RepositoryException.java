package org.layoutstudio.editor.document;

/** A failed server request; the message is a sentence for the user (never a stack trace or a schema dump). */
public final class RepositoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public RepositoryException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public RepositoryException(String userMessage) {
        super(userMessage);
    }

    public String userMessage() {
        return getMessage();
    }
}
