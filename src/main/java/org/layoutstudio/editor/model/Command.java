package org.layoutstudio.editor.model;

import org.layoutstudio.layout.LayoutDocument;

/**
 * One change to a layout document, undoable. Every edit of the editor is a command run through the
 * document's {@link UndoHistory}; the description names it in the Edit menu ("Undo Move 3 elements").
 * Descriptions are texts of the message bundle in the user's language, made where the command is
 * made (the language is fixed while the application runs).
 */
public interface Command {
    void execute(LayoutDocument document);

    void undo(LayoutDocument document);

    String description();

    /**
     * Folds a following command into this one (arrow-key nudges in quick succession become one
     * undo step). Returns the merged command, or null when the two stay separate.
     */
    default Command mergeWith(Command next) {
        return null;
    }
}
