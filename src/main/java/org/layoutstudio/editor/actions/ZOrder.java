package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.layoutstudio.editor.model.ReorderCommand;
import org.layoutstudio.layout.Element;

/** Layer order is pretix's array order: later elements are printed on top. */
public enum ZOrder {
    FORWARD, BACKWARD, TO_FRONT, TO_BACK;

    /** The bundle key of its name ("Bring forward"), also the name of its undo step. */
    public String labelKey() {
        return "editor.order." + name();
    }

    /** The command described as {@code description}, or null when the order would not change. */
    public ReorderCommand command(List<Element> all, Set<Long> selected, String description) {
        List<Element> order = new ArrayList<>(all);
        switch (this) {
            case TO_FRONT, TO_BACK -> {
                List<Element> picked = new ArrayList<>();
                List<Element> rest = new ArrayList<>();
                for (Element e : order) {
                    (selected.contains(e.id()) ? picked : rest).add(e);
                }
                order.clear();
                if (this == TO_FRONT) {
                    order.addAll(rest);
                    order.addAll(picked);
                } else {
                    order.addAll(picked);
                    order.addAll(rest);
                }
            }
            case FORWARD -> {
                // from the top down: each selected element swaps with an unselected one above it
                for (int i = order.size() - 2; i >= 0; i--) {
                    if (selected.contains(order.get(i).id()) && !selected.contains(order.get(i + 1).id())) {
                        swap(order, i, i + 1);
                    }
                }
            }
            case BACKWARD -> {
                for (int i = 1; i < order.size(); i++) {
                    if (selected.contains(order.get(i).id()) && !selected.contains(order.get(i - 1).id())) {
                        swap(order, i, i - 1);
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        List<Long> ids = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < order.size(); i++) {
            ids.add(order.get(i).id());
            changed |= order.get(i).id() != all.get(i).id();
        }
        return changed ? new ReorderCommand(description, ids) : null;
    }

    private static void swap(List<Element> l, int a, int b) {
        Element t = l.get(a);
        l.set(a, l.get(b));
        l.set(b, t);
    }
}
