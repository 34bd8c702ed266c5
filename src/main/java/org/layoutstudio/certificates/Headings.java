package org.layoutstudio.certificates;

import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Text;

/** Table columns never narrower than their heading ("Fortschritt", "Check-in"): the table scrolls instead. */
final class Headings {
    /** Room around a heading's text: the cell's padding and the sort arrow. */
    private static final double PADDING = 20;

    private Headings() {
    }

    static <C extends TableColumnBase<?, ?>> C keepWhole(C column) {
        column.setMinWidth(textWidth(column.getText()) + PADDING);
        return column;
    }

    /**
     * About the width {@code text} takes on screen: measured in the default font, with an allowance
     * because the theme draws a little larger (and headings bold).
     */
    static double textWidth(String text) {
        return new Text(text).getLayoutBounds().getWidth() * 1.25;
    }
}
