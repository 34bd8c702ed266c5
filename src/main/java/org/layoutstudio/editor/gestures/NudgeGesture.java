package org.layoutstudio.editor.gestures;

import javafx.scene.input.KeyEvent;

/**
 * Arrow keys move the selection: 1 mm, with Shift 10 mm, with Alt 0.1 mm. Quick successive nudges
 * become one undo step (the history merges them).
 */
public final class NudgeGesture {
    private NudgeGesture() {
    }

    /** The step in mm ({dx, dy}, y up) an arrow key press asks for, or null for other keys. */
    public static double[] step(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED || e.isShortcutDown()) {
            return null;
        }
        double step = e.isAltDown() ? 0.1 : e.isShiftDown() ? 10 : 1;
        return switch (e.getCode()) {
            case LEFT, KP_LEFT -> new double[] {-step, 0};
            case RIGHT, KP_RIGHT -> new double[] {step, 0};
            case UP, KP_UP -> new double[] {0, step};
            case DOWN, KP_DOWN -> new double[] {0, -step};
            default -> null;
        };
    }
}
