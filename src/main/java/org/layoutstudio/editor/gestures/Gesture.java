package org.layoutstudio.editor.gestures;

import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture from press to release. The canvas picks the gesture on press ({@link Gestures})
 * and hands it the drags and the release; a gesture changes the document at most once, on release.
 */
public interface Gesture {
    void drag(MouseEvent e);

    void release(MouseEvent e);

    /** Abandons the gesture (Escape, focus lost): previews end, the document stays as it was. */
    default void cancel() {
    }
}
