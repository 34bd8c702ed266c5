package org.layoutstudio.editor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/** Deletes elements; undo puts each back at its old place in the z-order. */
public final class RemoveElementsCommand implements Command {
    private final String description;
    private final List<Long> ids;
    private final List<int[]> removedAt = new ArrayList<>();
    private final List<Element> removed = new ArrayList<>();

    public RemoveElementsCommand(String description, List<Long> ids) {
        this.description = description;
        this.ids = List.copyOf(ids);
    }

    @Override
    public void execute(LayoutDocument document) {
        removed.clear();
        removedAt.clear();
        List<int[]> at = new ArrayList<>();
        for (Long id : ids) {
            int i = document.indexOf(id);
            if (i >= 0) {
                at.add(new int[] {i});
            }
        }
        at.sort(Comparator.comparingInt(a -> a[0]));
        for (int[] a : at) {
            removed.add(document.get(a[0]));
            removedAt.add(a);
        }
        for (int k = at.size() - 1; k >= 0; k--) {
            document.remove(at.get(k)[0]);
        }
    }

    @Override
    public void undo(LayoutDocument document) {
        for (int k = 0; k < removed.size(); k++) {
            document.add(removedAt.get(k)[0], removed.get(k));
        }
    }

    @Override
    public String description() {
        return description;
    }
}
