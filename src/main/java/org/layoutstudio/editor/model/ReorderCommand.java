package org.layoutstudio.editor.model;

import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/** Changes the z-order (array order): bring forward/backward, to front/back. */
public final class ReorderCommand implements Command {
    private final String description;
    private final List<Long> newOrder;
    private List<Element> oldOrder;

    /** {@code newOrder}: the identities of every element in their new order. */
    public ReorderCommand(String description, List<Long> newOrder) {
        this.description = description;
        this.newOrder = List.copyOf(newOrder);
    }

    @Override
    public void execute(LayoutDocument document) {
        oldOrder = document.elements();
        List<Element> sorted = new ArrayList<>();
        for (Long id : newOrder) {
            Element e = document.find(id);
            if (e == null) {
                throw new IllegalStateException("Element " + id + " is gone");
            }
            sorted.add(e);
        }
        document.setAll(sorted);
    }

    @Override
    public void undo(LayoutDocument document) {
        List<Element> restored = new ArrayList<>();
        for (Element old : oldOrder) {
            Element now = document.find(old.id());
            restored.add(now == null ? old : now);
        }
        document.setAll(restored);
    }

    @Override
    public String description() {
        return description;
    }
}
