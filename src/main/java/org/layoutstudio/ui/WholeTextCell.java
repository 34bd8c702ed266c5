package org.layoutstudio.ui;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell for text that a narrow column may cut (names, products, file names, messages): when
 * the column shows the text shortened with an ellipsis, the cell's tooltip holds the whole text.
 * Whether it is cut is known only after layout, so the cell looks at what its skin shows then.
 */
public class WholeTextCell<S> extends TableCell<S, String> {
    private Tooltip whole;

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value);
        if (empty || value == null) {
            setTooltip(null);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        String text = getText();
        boolean cut = text != null && !text.isEmpty() && !text.equals(shownText());
        if (!cut) {
            if (getTooltip() != null) {
                setTooltip(null);
            }
            return;
        }
        if (whole == null) {
            whole = new Tooltip();
            whole.setWrapText(true);
            whole.setMaxWidth(480);
        }
        whole.setText(text);
        if (getTooltip() != whole) {
            setTooltip(whole);
        }
    }

    /** What the skin shows of the text (its text node), or the text itself before there is a skin. */
    private String shownText() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return getText();
    }
}
