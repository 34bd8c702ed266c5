package org.layoutstudio.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;

/**
 * How the panes of every tab share the window: the canvas takes what the inspector and the preview
 * leave; the preview can be collapsed or moved into a window of its own. One set for all tabs, so
 * that the app can remember it (the shell's settings) and every tab looks the same.
 */
public final class EditorPanes {
    /** The preview's width when none is remembered, as a share of the tab's width, and its bounds (px). */
    static final double DEFAULT_PREVIEW_SHARE = 0.26;
    static final double PREVIEW_MIN_WIDTH = 220;
    static final double DEFAULT_PREVIEW_MAX_WIDTH = 480;

    private final BooleanProperty previewShown = new SimpleBooleanProperty(this, "previewShown", true);
    private final BooleanProperty previewWindowed = new SimpleBooleanProperty(this, "previewWindowed", false);
    private final DoubleProperty inspectorWidth = new SimpleDoubleProperty(this, "inspectorWidth", Double.NaN);
    private final DoubleProperty previewWidth = new SimpleDoubleProperty(this, "previewWidth", Double.NaN);
    private final ObjectProperty<Rectangle2D> previewWindowBounds = new SimpleObjectProperty<>(this, "previewWindowBounds");

    /** The live preview is shown (in the tab or in its window); false collapses it. */
    public BooleanProperty previewShownProperty() {
        return previewShown;
    }

    /** The live preview is in a window of its own (showing the current tab's), not in the tab. */
    public BooleanProperty previewWindowedProperty() {
        return previewWindowed;
    }

    /** The inspector's width in px as the user left it; NaN: as wide as its fields need. */
    public DoubleProperty inspectorWidthProperty() {
        return inspectorWidth;
    }

    /** The preview's width in px as the user left it; NaN: a share of the tab. */
    public DoubleProperty previewWidthProperty() {
        return previewWidth;
    }

    /** Where the preview's own window was last (screen coordinates, with its frame); null: never opened. */
    public ObjectProperty<Rectangle2D> previewWindowBoundsProperty() {
        return previewWindowBounds;
    }

    boolean previewInTab() {
        return previewShown.get() && !previewWindowed.get();
    }

    boolean previewInWindow() {
        return previewShown.get() && previewWindowed.get();
    }
}
