package org.layoutstudio.editor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/** The selected elements of a document, by identity, in the order they were selected. */
public final class Selection {
    private final LayoutDocument document;
    private final Set<Long> ids = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Selection(LayoutDocument document) {
        this.document = document;
        // Elements that leave the document leave the selection too.
        document.addListener(d -> {
            if (ids.removeIf(id -> d.indexOf(id) < 0)) {
                fire();
            }
        });
    }

    public Set<Long> ids() {
        return Set.copyOf(ids);
    }

    /** The selected elements as they are now, in z-order. */
    public List<Element> elements() {
        List<Element> out = new ArrayList<>();
        for (Element e : document.elements()) {
            if (ids.contains(e.id())) {
                out.add(e);
            }
        }
        return out;
    }

    public boolean contains(long id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public int size() {
        return ids.size();
    }

    public void set(Collection<Long> newIds) {
        if (ids.size() == newIds.size() && ids.containsAll(newIds)) {
            return;
        }
        ids.clear();
        ids.addAll(newIds);
        fire();
    }

    public void select(long id) {
        set(List.of(id));
    }

    public void toggle(long id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
        fire();
    }

    public void add(Collection<Long> more) {
        if (ids.addAll(more)) {
            fire();
        }
    }

    public void clear() {
        if (!ids.isEmpty()) {
            ids.clear();
            fire();
        }
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
