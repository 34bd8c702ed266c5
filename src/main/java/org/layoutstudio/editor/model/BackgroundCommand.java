package org.layoutstudio.editor.model;

import org.layoutstudio.layout.LayoutDocument;

/** Replaces, creates or removes a document's background PDF: an undoable step like any edit. */
final class BackgroundCommand implements Command {
    private final EditorDocument document;
    private final byte[] after;
    private final String description;
    private byte[] before;

    BackgroundCommand(EditorDocument document, byte[] after, String description) {
        this.document = document;
        this.after = after;
        this.description = description;
    }

    @Override
    public void execute(LayoutDocument layout) {
        before = document.backgroundPdfProperty().get();
        document.showBackground(after);
    }

    @Override
    public void undo(LayoutDocument layout) {
        document.showBackground(before);
    }

    @Override
    public String description() {
        return description;
    }
}
