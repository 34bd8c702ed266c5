package org.layoutstudio.editor.model;

import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/** Replaces the whole element list (JSON source view, "take theirs"). */
public final class ReplaceAllCommand implements Command {
    private final String description;
    private final List<Element> after;
    private List<Element> before;

    public ReplaceAllCommand(String description, List<Element> after) {
        this.description = description;
        this.after = List.copyOf(after);
    }

    @Override
    public void execute(LayoutDocument document) {
        before = document.elements();
        document.setAll(after);
    }

    @Override
    public void undo(LayoutDocument document) {
        document.setAll(before);
    }

    @Override
    public String description() {
        return description;
    }
}
