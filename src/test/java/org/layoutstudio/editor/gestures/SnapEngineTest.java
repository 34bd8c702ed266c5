package org.layoutstudio.editor.gestures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.layout.PageGeometry;

class SnapEngineTest {
    private static final PageGeometry A4 = PageGeometry.A4_PORTRAIT;

    @Test
    void leftEdgeSnapsToAnotherElementsRightEdgeAndReportsTheGuide() {
        SnapEngine s = SnapEngine.of(A4, List.of(MmBox.of(10, 100, 40, 20)), 0);
        SnapEngine.Snap r = s.snapMove(MmBox.of(50.7, 150.3, 10, 10), 1.0);
        assertEquals(-0.7, r.dx(), 1e-9);
        assertEquals(0, r.dy(), 1e-9);
        assertTrue(r.guides().contains(new SnapEngine.Guide(SnapEngine.Axis.X, 50)));
    }

    @Test
    void centreSnapsToThePageCentre() {
        SnapEngine s = SnapEngine.of(A4, List.of(), 0);
        // box centre at 105.4 vs page centre 105.0; bottom near nothing
        SnapEngine.Snap r = s.snapMove(MmBox.of(95.4, 140.2, 20, 10), 0.5);
        assertEquals(-0.4, r.dx(), 1e-9);
        assertEquals(0, r.dy(), 1e-9, "centre y 145.2 is 3.3 mm from the page centre, beyond the threshold");
    }

    @Test
    void nearestTargetWinsAndNothingSnapsBeyondTheThreshold() {
        SnapEngine s = SnapEngine.of(A4, List.of(MmBox.of(30, 30, 10, 10), MmBox.of(31.5, 60, 10, 10)), 0);
        SnapEngine.Snap r = s.snapMove(MmBox.of(31.2, 80, 5, 5), 2);
        assertEquals(0.3, r.dx(), 1e-9, "31.5 is nearer than 30");
        SnapEngine.Snap none = s.snapMove(MmBox.of(70, 80.5, 5, 5), 0.2);
        assertEquals(0, none.dx(), 1e-9);
        assertEquals(0, none.dy(), 1e-9);
        assertTrue(none.guides().isEmpty());
    }

    @Test
    void gridPullsEdgesToItsLines() {
        SnapEngine s = SnapEngine.of(null, List.of(), 5);
        // left 20.6 is 0.6 from 20 (right 27.9 is 2.1 from 30); top 40.9 is 0.9 from 40 (bottom 33.9 is 1.1 from 35)
        SnapEngine.Snap r = s.snapMove(MmBox.of(20.6, 33.9, 7.3, 7), 1);
        assertEquals(-0.6, r.dx(), 1e-9);
        assertEquals(-0.9, r.dy(), 1e-9);
    }

    @Test
    void pointSnapUsesOnlyTheAskedAxes() {
        SnapEngine s = SnapEngine.of(A4, List.of(), 0);
        SnapEngine.Snap r = s.snapPoint(209.6, 0.4, true, false, 1);
        assertEquals(0.4, r.dx(), 1e-9);
        assertEquals(0, r.dy(), 1e-9);
    }

    @Test
    void rotatedBoxesSnapWithTheirBounds() {
        MmBox rotated = new MmBox(50, 50, 20, 10, 90); // turns clockwise about its top-left (50, 60)
        MmBox b = rotated.bounds();
        assertEquals(40, b.left(), 1e-9);
        assertEquals(50, b.right(), 1e-9);
        assertEquals(40, b.bottom(), 1e-9);
        assertEquals(60, b.top(), 1e-9);
        assertTrue(rotated.contains(45, 55));
        assertTrue(!rotated.contains(55, 55));
    }
}
