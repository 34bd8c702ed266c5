package org.layoutstudio.editor.model;

import java.util.List;
import org.layoutstudio.layout.LayoutDocument;

/** Several commands as one undo step (e.g. "take the server's version": elements, name and background). */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> steps;

    public CompositeCommand(String description, List<Command> steps) {
        this.description = description;
        this.steps = List.copyOf(steps);
    }

    @Override
    public void execute(LayoutDocument document) {
        steps.forEach(s -> s.execute(document));
    }

    @Override
    public void undo(LayoutDocument document) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).undo(document);
        }
    }

    @Override
    public String description() {
        return description;
    }
}
