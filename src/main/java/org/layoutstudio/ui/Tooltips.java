package org.layoutstudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made when the pointer first comes over the control. A tooltip is a window
 * with a scene of its own: the first window and the demo layout's editor made some thirty of them
 * on the UI thread (~5 % of its start) for a pointer that reaches few. Entering installs the
 * tooltip; the pointer's next move starts its usual delay.
 */
public final class Tooltips {
    private static final String TEXT = "layoutstudio.tooltip.text";
    private static final EventHandler<MouseEvent> FIRST_ENTRY = e -> {
        Control c = (Control) e.getSource();
        c.removeEventFilter(MouseEvent.MOUSE_ENTERED, Tooltips.FIRST_ENTRY);
        if (c.getTooltip() == null) {
            c.setTooltip(new Tooltip((String) c.getProperties().get(TEXT)));
        }
    };

    private Tooltips() {
    }

    /** Gives {@code control} a tooltip saying {@code text}, made on the pointer's first visit. */
    public static void set(Control control, String text) {
        control.getProperties().put(TEXT, text);
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
            return;
        }
        control.removeEventFilter(MouseEvent.MOUSE_ENTERED, FIRST_ENTRY);
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, FIRST_ENTRY);
    }

    /**
     * Gives {@code control} a tooltip that says what {@code text} says now, and none while that is
     * empty (a status line's whole report), made on the pointer's first visit.
     */
    public static void follow(Control control, ObservableStringValue text) {
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                Tooltip whole = new Tooltip();
                whole.textProperty().bind(text);
                control.tooltipProperty().bind(Bindings.when(Bindings.isEmpty(text)).then((Tooltip) null).otherwise(whole));
            }
        });
    }

    /** What {@code control}'s tooltip says (made or not yet), or null. */
    public static String text(Control control) {
        Tooltip made = control.getTooltip();
        return made != null ? made.getText() : (String) control.getProperties().get(TEXT);
    }
}
