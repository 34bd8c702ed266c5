package org.layoutstudio.editor.gestures;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.layoutstudio.layout.Element;

/** Picks the gesture a mouse press starts. */
public final class Gestures {
    private Gestures() {
    }

    /**
     * Middle button or Space: pan. On a handle of the selected element: resize or rotate. On an
     * element: select (and move when dragged). Elsewhere: marquee.
     */
    public static Gesture start(GestureHost host, MouseEvent press, boolean spaceDown) {
        if (press.getButton() == MouseButton.MIDDLE || (spaceDown && press.getButton() == MouseButton.PRIMARY)) {
            return new PanGesture(host, press);
        }
        if (press.getButton() != MouseButton.PRIMARY) {
            return null;
        }
        Handle h = host.handleAt(press.getX(), press.getY());
        if (h != null) {
            Element selected = host.document().selection().elements().get(0);
            return h == Handle.ROTATE ? new RotateGesture(host, selected, press) : new ResizeGesture(host, selected, h, press);
        }
        double[] p = host.toMm(press.getX(), press.getY());
        Element hit = host.elementAt(p[0], p[1]);
        if (hit != null) {
            return new SelectGesture(host, hit, press);
        }
        return new MarqueeGesture(host, press);
    }
}
