package org.layoutstudio.editor.model;

import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/** Adds elements (toolbox, paste, duplicate) at the top of the z-order or at given positions. */
public final class InsertElementsCommand implements Command {
    private final String description;
    private final List<Element> elements;
    private final int index; // -1 = append

    public InsertElementsCommand(String description, List<Element> elements) {
        this(description, elements, -1);
    }

    public InsertElementsCommand(String description, List<Element> elements, int index) {
        this.description = description;
        this.elements = List.copyOf(elements);
        this.index = index;
    }

    @Override
    public void execute(LayoutDocument document) {
        int at = index < 0 ? document.size() : Math.min(index, document.size());
        for (Element e : elements) {
            document.add(at++, e);
        }
    }

    @Override
    public void undo(LayoutDocument document) {
        for (Element e : elements) {
            int i = document.indexOf(e.id());
            if (i >= 0) {
                document.remove(i);
            }
        }
    }

    @Override
    public String description() {
        return description;
    }

    public List<Element> elements() {
        return elements;
    }
}
