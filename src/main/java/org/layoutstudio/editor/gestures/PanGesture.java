package org.layoutstudio.editor.gestures;

import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Moves the view: drag with the middle button or with Space held; the wheel scrolls (Shift: sideways). */
public final class PanGesture implements Gesture {
    private final GestureHost host;
    private double lastX;
    private double lastY;

    public PanGesture(GestureHost host, MouseEvent press) {
        this.host = host;
        this.lastX = press.getX();
        this.lastY = press.getY();
    }

    @Override
    public void drag(MouseEvent e) {
        host.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
    }

    /** Wheel without Ctrl: scroll the view. */
    public static void scroll(GestureHost host, ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        host.panBy(dx, dy);
        e.consume();
    }
}
