package org.layoutstudio.app;

import java.nio.file.Path;

/** The layout editor as the shell sees it: files dropped or picked from menus are routed here. */
public interface LayoutsArea extends StudioArea {
    /** Opens a layout JSON file (File → Open, recent files, drag and drop). */
    void openLayoutFile(Path file);

    /** Makes {@code pdf} the current layout's background (drag and drop, File → Set background). */
    void setBackgroundPdf(Path pdf);

    /**
     * Opens layout {@code layoutId} of the current connection and event (File → Open recent; the shell
     * has switched to the layout's connection and event first). The editor implements it; the default
     * does nothing.
     */
    default void openServerLayout(long layoutId) {
    }
}
