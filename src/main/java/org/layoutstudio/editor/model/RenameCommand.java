package org.layoutstudio.editor.model;

import org.layoutstudio.layout.LayoutDocument;

/** Renames a document: an undoable step like any edit, so that a rename makes the document modified. */
public final class RenameCommand implements Command {
    private final EditorDocument document;
    private final String before;
    private final String after;
    private final String description;

    /** @param description the step in the undo menu ("Rename to “Badge”"), in the user's words */
    public RenameCommand(EditorDocument document, String after, String description) {
        this.document = document;
        this.before = document.nameProperty().get();
        this.after = after;
        this.description = description;
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
        return description;
    }
}
