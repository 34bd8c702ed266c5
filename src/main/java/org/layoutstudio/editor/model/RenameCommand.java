package org.layoutstudio.editor.model;

import org.layoutstudio.layout.LayoutDocument;

/** Renames a document: an undoable step like any edit, so that a rename makes the document modified. */
public final class RenameCommand implements Command {
    private final EditorDocument document;
    private final String before;
    private final String after;

    public RenameCommand(EditorDocument document, String after) {
        this.document = document;
        this.before = document.nameProperty().get();
        this.after = after;
    }

    @Override
    public void execute(LayoutDocument layout) {
        document.nameProperty().set(after);
    }

    @Override
    public void undo(LayoutDocument layout) {
        document.nameProperty().set(before);
    }

    @Override
    public String description() {
        return "Rename to “" + after + "”";
    }
}
