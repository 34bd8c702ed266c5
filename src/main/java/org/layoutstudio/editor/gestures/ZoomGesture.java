package org.layoutstudio.editor.gestures;

import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/** Zoom with Ctrl+wheel or a pinch, around the pointer. */
public final class ZoomGesture {
    /** One wheel notch (40 px of delta) zooms by this factor. */
    static final double NOTCH = 1.15;

    private ZoomGesture() {
    }

    /** True when the scroll event zoomed (Ctrl/Cmd held). */
    public static boolean scroll(GestureHost host, ScrollEvent e) {
        if (!e.isShortcutDown() && !e.isControlDown()) {
            return false;
        }
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta != 0) {
            host.zoomAt(Math.pow(NOTCH, delta / 40.0), e.getX(), e.getY());
        }
        e.consume();
        return true;
    }

    public static void pinch(GestureHost host, ZoomEvent e) {
        host.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }
}
