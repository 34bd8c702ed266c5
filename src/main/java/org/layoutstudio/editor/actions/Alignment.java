package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.MmBox;

/**
 * Align the selection's boxes to the bounds of the selection, or a single element to the page.
 * Elements only move (their size stays), so a rotated element aligns its outer bounds.
 */
public enum Alignment {
    LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM;

    /** The bundle key of its name ("Align left"), also the name of its step in the undo history. */
    public String labelKey() {
        return "editor.align." + name();
    }

    /** The command described as {@code description}, or null when there is nothing to align. */
    public ReplaceElementsCommand command(List<Element> selected, ElementGeometry geometry, MmBox page, String description) {
        if (selected.isEmpty()) {
            return null;
        }
        List<MmBox> boxes = new ArrayList<>();
        for (Element e : selected) {
            boxes.add(geometry.boxOf(e).bounds());
        }
        MmBox target = selected.size() == 1 ? page : MmBox.union(boxes);
        List<Element> after = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            MmBox b = boxes.get(i);
            double dx = 0;
            double dy = 0;
            switch (this) {
                case LEFT -> dx = target.left() - b.left();
                case CENTER -> dx = target.centerX() - b.centerX();
                case RIGHT -> dx = target.right() - b.right();
                case TOP -> dy = target.top() - b.top();
                case MIDDLE -> dy = target.centerY() - b.centerY();
                case BOTTOM -> dy = target.bottom() - b.bottom();
                default -> throw new IllegalStateException();
            }
            after.add(Moves.translate(selected.get(i), dx, dy));
        }
        return new ReplaceElementsCommand(description, selected, after);
    }
}
