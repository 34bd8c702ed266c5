package org.layoutstudio.editor;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;

/**
 * How much wider a form must be so that none of its words is cut: the most any shown label, button
 * or check box got less than it asks for (its preferred width), where it would end in "…". Labels
 * that wrap are meant to flow, text fields scroll, and a choice shows a long value shortened, as its
 * list does: they ask nothing.
 */
final class InspectorWidth {
    private InspectorWidth() {
    }

    /**
     * How much wider {@code pane} must be: its content overflows the visible width (the scroll pane
     * cuts it off on the right), or a text inside is cut.
     */
    static double shortBy(ScrollPane pane) {
        Node content = pane.getContent();
        if (content == null) {
            return 0;
        }
        double overflow = content.getLayoutBounds().getWidth() - pane.getViewportBounds().getWidth();
        return Math.max(Math.max(0, overflow), shortBy(content));
    }

    /** The largest shortfall (px) of a text under {@code root} as laid out now; 0 when none is cut. */
    static double shortBy(Node root) {
        if (root == null || !root.isVisible() || !root.isManaged()) {
            return 0;
        }
        double most = 0;
        if (root instanceof Labeled l && !l.isWrapText() && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0) {
            most = Math.max(0, l.prefWidth(-1) - l.getWidth());
        }
        if (root instanceof Parent p && !(root instanceof ComboBoxBase) && !(root instanceof TextInputControl)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                most = Math.max(most, shortBy(child));
            }
        }
        return most;
    }
}
