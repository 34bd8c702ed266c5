package org.layoutstudio.editor.gestures;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

    /** What a zoom key asks for, or null for other keys. */
    public enum KeyZoom { IN, OUT, FIT_PAGE, FIT_WIDTH, ACTUAL_SIZE }

    /** Ctrl/Cmd with + / = / − / 0 (fit page) / 1 (100 %) / 2 (fit width). */
    public static KeyZoom key(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED || !e.isShortcutDown()) {
            return null;
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD) {
            return KeyZoom.IN;
        }
        if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            return KeyZoom.OUT;
        }
        if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
            return KeyZoom.FIT_PAGE;
        }
        if (c == KeyCode.DIGIT1 || c == KeyCode.NUMPAD1) {
            return KeyZoom.ACTUAL_SIZE;
        }
        if (c == KeyCode.DIGIT2 || c == KeyCode.NUMPAD2) {
            return KeyZoom.FIT_WIDTH;
        }
        return null;
    }
}
