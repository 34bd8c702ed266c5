package org.layoutstudio.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The canvas settings as observable values: grid shown, grid size, snapping. File → Settings and the
 * editor's own buttons change the same values, so a change in one place reaches every open tab; each
 * change is saved at once. The editor binds its canvases to these (bidirectionally).
 */
public final class CanvasPreferences {
    private final BooleanProperty gridVisible = new SimpleBooleanProperty(this, "gridVisible");
    private final DoubleProperty gridSizeMm = new SimpleDoubleProperty(this, "gridSizeMm");
    private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping");

    CanvasPreferences(Settings settings, Runnable save) {
        gridVisible.set(settings.gridVisible);
        gridSizeMm.set(settings.gridSizeMm);
        snapping.set(settings.snapping);
        gridVisible.addListener((o, was, now) -> {
            settings.gridVisible = now;
            save.run();
        });
        gridSizeMm.addListener((o, was, now) -> {
            settings.gridSizeMm = now.doubleValue();
            save.run();
        });
        snapping.addListener((o, was, now) -> {
            settings.snapping = now;
            save.run();
        });
    }

    public BooleanProperty gridVisibleProperty() {
        return gridVisible;
    }

    /** Grid spacing in millimetres. */
    public DoubleProperty gridSizeMmProperty() {
        return gridSizeMm;
    }

    public BooleanProperty snappingProperty() {
        return snapping;
    }
}
