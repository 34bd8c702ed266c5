package org.layoutstudio.editor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/**
 * Changes elements in place (move, resize, rotate, any property): it keeps the elements before and
 * after, matched by identity. One class serves every property edit, so undo is always exact.
 */
public final class ReplaceElementsCommand implements Command {
    private final String description;
    private final List<Element> before;
    private final List<Element> after;
    private final boolean mergeable;

    public ReplaceElementsCommand(String description, List<Element> before, List<Element> after) {
        this(description, before, after, false);
    }

    /** A mergeable command folds a following mergeable one on the same elements (nudges). */
    public ReplaceElementsCommand(String description, List<Element> before, List<Element> after, boolean mergeable) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("before and after differ in size");
        }
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.mergeable = mergeable;
    }

    /** Builds the command from the current elements and a function giving each one's new version. */
    public static ReplaceElementsCommand of(String description, List<Element> current,
                                            java.util.function.UnaryOperator<Element> change) {
        List<Element> after = new ArrayList<>(current.size());
        for (Element e : current) {
            after.add(change.apply(e));
        }
        return new ReplaceElementsCommand(description, current, after);
    }

    @Override
    public void execute(LayoutDocument document) {
        document.replaceAll(after);
    }

    @Override
    public void undo(LayoutDocument document) {
        document.replaceAll(before);
    }

    @Override
    public String description() {
        return description;
    }

    public List<Element> after() {
        return after;
    }

    /** True when no element actually changes (then the editor does not record it). */
    public boolean isNoOp() {
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).sameContent(after.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Command mergeWith(Command next) {
        if (!mergeable || !(next instanceof ReplaceElementsCommand n) || !n.mergeable
                || !n.description.equals(description) || !sameIds(n)) {
            return null;
        }
        Map<Long, Element> first = new LinkedHashMap<>();
        before.forEach(e -> first.put(e.id(), e));
        List<Element> mergedBefore = new ArrayList<>();
        n.before.forEach(e -> mergedBefore.add(first.get(e.id())));
        return new ReplaceElementsCommand(description, mergedBefore, n.after, true);
    }

    private boolean sameIds(ReplaceElementsCommand other) {
        if (other.before.size() != before.size()) {
            return false;
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        before.forEach(e -> ids.add(e.id()));
        return other.before.stream().allMatch(e -> ids.contains(e.id()));
    }
}
