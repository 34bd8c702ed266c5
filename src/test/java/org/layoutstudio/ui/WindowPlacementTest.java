package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1600, 1000);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void theFirstStartTakes85PercentCentredButAllOfASmallScreen() {
        assertEquals(new Rectangle2D(120, 75, 1360, 850), WindowPlacement.firstStart(LARGE));
        assertEquals(SMALL, WindowPlacement.firstStart(SMALL), "at 1024×700 every pixel is needed");
        Rectangle2D huge = WindowPlacement.firstStart(new Rectangle2D(0, 0, 5120, 2880));
        assertEquals(WindowPlacement.MAX_FIRST_WIDTH, huge.getWidth());
        assertEquals(WindowPlacement.MAX_FIRST_HEIGHT, huge.getHeight());
    }

    @Test
    void savedBoundsAreKeptWhereTheyFitAndMovedOrShrunkWhereNot() {
        Rectangle2D fits = new Rectangle2D(100, 50, 800, 600);
        assertEquals(fits, WindowPlacement.onScreen(fits, List.of(LARGE)));
        assertEquals(new Rectangle2D(800, 400, 800, 600),
                WindowPlacement.onScreen(new Rectangle2D(1500, 900, 800, 600), List.of(LARGE)), "pulled back in");
        assertEquals(new Rectangle2D(400, 200, 800, 600),
                WindowPlacement.onScreen(new Rectangle2D(5000, -3000, 800, 600), List.of(LARGE)), "a monitor that is gone: centred");
        assertEquals(SMALL, WindowPlacement.onScreen(new Rectangle2D(0, 0, 1600, 1000), List.of(SMALL)), "shrunk to the screen");
        Rectangle2D second = new Rectangle2D(1600, 0, 1920, 1080);
        Rectangle2D there = new Rectangle2D(1700, 100, 1000, 700);
        assertEquals(there, WindowPlacement.onScreen(there, List.of(LARGE, second)), "stays on the second monitor");
    }
}
