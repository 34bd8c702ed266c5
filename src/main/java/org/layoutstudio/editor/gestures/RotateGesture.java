package org.layoutstudio.editor.gestures;

import java.util.List;
import javafx.scene.input.MouseEvent;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;

/**
 * Turns a text element about its top-left corner, as pretix's renderer does. Shift snaps to 15°;
 * otherwise the angle is kept to 0.1°. One command on release, and none for a click on the knob
 * (no drag beyond the slop: rounding must not change the angle) or a drag back to the start.
 */
public final class RotateGesture implements Gesture {
    private final GestureHost host;
    private final Element original;
    private final double originX;
    private final double originY;
    private final double startAngle;
    private final double pressX;
    private final double pressY;
    private boolean dragging;
    private Element current;

    public RotateGesture(GestureHost host, Element element, MouseEvent press) {
        this.host = host;
        this.original = element;
        this.current = element;
        MmBox box = host.boxOf(element);
        double[] o = box.toPage(0, 0);
        this.originX = o[0];
        this.originY = o[1];
        this.startAngle = angle(press);
        this.pressX = press.getX();
        this.pressY = press.getY();
    }

    /** Clockwise angle (degrees) of the pointer around the origin. */
    private double angle(MouseEvent e) {
        double[] p = host.toMm(e.getX(), e.getY());
        return Math.toDegrees(Math.atan2(-(p[1] - originY), p[0] - originX));
    }

    @Override
    public void drag(MouseEvent e) {
        dragging |= SelectGesture.isDrag(pressX, pressY, e);
        if (!dragging) {
            return;
        }
        current = original.withRotation(rotation(original.rotation() + angle(e) - startAngle, e.isShiftDown()));
        host.previewElement(current);
    }

    /** Normalised to [0, 360), rounded to 0.1° or, when snapping, 15°. */
    static double rotation(double degrees, boolean snap15) {
        double step = snap15 ? 15 : 0.1;
        double r = Math.round(degrees / step) * step;
        r = ((r % 360) + 360) % 360;
        r = Math.round(r * 10) / 10.0;
        return r >= 360 ? 0 : r;
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
        host.endPreview();
        if (current.sameContent(original)) {
            return;
        }
        host.document().run(new ReplaceElementsCommand(host.texts().get("editor.step.rotate", host.typeName(original)),
                List.of(original), List.of(current)));
    }

    @Override
    public void cancel() {
        host.endPreview();
    }
}
