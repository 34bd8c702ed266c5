package org.layoutstudio.editor.gestures;

import javafx.scene.input.MouseEvent;
import org.layoutstudio.layout.Element;

/**
 * A press on an element: a plain click selects it alone, Shift or Ctrl/Cmd toggles it in the
 * selection. Dragging a selected element beyond a few pixels turns into a {@link MoveGesture}; a
 * plain click inside a multi-selection selects just that element on release.
 */
public final class SelectGesture implements Gesture {
    /** Movement below this many pixels is still a click. */
    static final double DRAG_SLOP = 3;

    /** True when the pointer has gone {@link #DRAG_SLOP} or more from where it was pressed: a drag, not a click. */
    static boolean isDrag(double pressX, double pressY, MouseEvent e) {
        return Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_SLOP;
    }

    private final GestureHost host;
    private final Element element;
    private final double pressX;
    private final double pressY;
    private final boolean toggled;
    private final boolean wasSelected;
    private MoveGesture move;

    public SelectGesture(GestureHost host, Element element, MouseEvent press) {
        this.host = host;
        this.element = element;
        this.pressX = press.getX();
        this.pressY = press.getY();
        var selection = host.document().selection();
        this.wasSelected = selection.contains(element.id());
        this.toggled = press.isShiftDown() || press.isShortcutDown() || press.isControlDown();
        if (toggled) {
            selection.toggle(element.id());
        } else if (!wasSelected) {
            selection.select(element.id());
        }
    }

    @Override
    public void drag(MouseEvent e) {
        if (move == null) {
            if (!isDrag(pressX, pressY, e) || !host.document().selection().contains(element.id())) {
                return;
            }
            move = new MoveGesture(host, pressX, pressY);
        }
        move.drag(e);
    }

    @Override
    public void release(MouseEvent e) {
        if (move != null) {
            move.release(e);
        } else if (!toggled && wasSelected && host.document().selection().size() > 1) {
            host.document().selection().select(element.id());
        }
    }

    @Override
    public void cancel() {
        if (move != null) {
            move.cancel();
        }
    }
}
