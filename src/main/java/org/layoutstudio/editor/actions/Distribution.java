package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.MmBox;

/**
 * Distribute three or more elements so that the gaps between their boxes are equal; the first and
 * the last (by position) stay where they are.
 */
public enum Distribution {
    HORIZONTAL, VERTICAL;

    /** Distributing needs at least this many elements: the outer two stay, the others move. */
    public static final int MIN_ELEMENTS = 3;

    /** The bundle key of its name ("Distribute horizontally"), also the name of its undo step. */
    public String labelKey() {
        return "editor.distribute." + name();
    }

    /** The command described as {@code description}, or null for fewer than {@link #MIN_ELEMENTS} elements. */
    public ReplaceElementsCommand command(List<Element> selected, ElementGeometry geometry, String description) {
        if (selected.size() < MIN_ELEMENTS) {
            return null;
        }
        boolean h = this == HORIZONTAL;
        List<Element> sorted = new ArrayList<>(selected);
        sorted.sort(Comparator.comparingDouble(e -> start(geometry.boxOf(e).bounds(), h)));
        double total = 0;
        for (Element e : sorted) {
            total += length(geometry.boxOf(e).bounds(), h);
        }
        MmBox first = geometry.boxOf(sorted.get(0)).bounds();
        MmBox last = geometry.boxOf(sorted.get(sorted.size() - 1)).bounds();
        double span = start(last, h) + length(last, h) - start(first, h);
        double gap = (span - total) / (sorted.size() - 1);
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        double at = start(first, h);
        for (Element e : sorted) {
            MmBox b = geometry.boxOf(e).bounds();
            double d = at - start(b, h);
            before.add(e);
            after.add(h ? Moves.translate(e, d, 0) : Moves.translate(e, 0, d));
            at += length(b, h) + gap;
        }
        return new ReplaceElementsCommand(description, before, after);
    }

    private static double start(MmBox b, boolean horizontal) {
        return horizontal ? b.left() : b.bottom();
    }

    private static double length(MmBox b, boolean horizontal) {
        return horizontal ? b.width() : b.height();
    }
}
