package org.layoutstudio.ui;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window goes: on the first start a size that fits the screen, afterwards the saved
 * bounds, moved and shrunk so that the window is always wholly on a screen (a saved position from a
 * monitor that is gone, a saved size larger than this screen). Plain geometry: testable without a toolkit.
 */
public final class WindowPlacement {
    /** Share of the screen's usable area the window takes on the first start. */
    public static final double FIRST_START_SHARE = 0.85;
    /** The first start never opens larger than this, even on a very large screen. */
    public static final double MAX_FIRST_WIDTH = 1920;
    public static final double MAX_FIRST_HEIGHT = 1200;
    /** Below this the shell's controls get crowded: small screens get all their usable area instead of 85 %. */
    public static final double COMFORTABLE_WIDTH = 1024;
    public static final double COMFORTABLE_HEIGHT = 700;

    private WindowPlacement() {
    }

    /** The first start's bounds on {@code screen} (its visual bounds): 85 %, capped, centred. */
    public static Rectangle2D firstStart(Rectangle2D screen) {
        double w = firstLength(screen.getWidth(), COMFORTABLE_WIDTH, MAX_FIRST_WIDTH);
        double h = firstLength(screen.getHeight(), COMFORTABLE_HEIGHT, MAX_FIRST_HEIGHT);
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2,
                w, h);
    }

    private static double firstLength(double available, double comfortable, double max) {
        double share = Math.min(available * FIRST_START_SHARE, max);
        return Math.floor(Math.max(share, Math.min(available, comfortable)));
    }

    /**
     * {@code wanted} moved (and shrunk where it is larger) onto the screen it overlaps most, or centred
     * on the first screen when it overlaps none (a monitor that is gone). {@code screens} are visual
     * bounds; the first is the primary.
     */
    public static Rectangle2D onScreen(Rectangle2D wanted, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return wanted;
        }
        Rectangle2D screen = screens.stream()
                .max(Comparator.comparingDouble(s -> overlap(s, wanted)))
                .filter(s -> overlap(s, wanted) > 0)
                .orElse(null);
        if (screen == null) {
            screen = screens.get(0);
            double w = Math.min(wanted.getWidth(), screen.getWidth());
            double h = Math.min(wanted.getHeight(), screen.getHeight());
            return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        }
        double w = Math.min(wanted.getWidth(), screen.getWidth());
        double h = Math.min(wanted.getHeight(), screen.getHeight());
        double x = clamp(wanted.getMinX(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(wanted.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
