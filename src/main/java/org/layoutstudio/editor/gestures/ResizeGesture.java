package org.layoutstudio.editor.gestures;

import java.util.List;
import javafx.scene.input.MouseEvent;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.MmBox;

/**
 * Resizes one element by a handle. Square elements (QR code, logo) keep their aspect and grow from
 * the opposite corner; legacy text changes only its width. Works in the element's own (rotated)
 * frame; unrotated edges snap like moves do. One command on release, and none for a click on the
 * handle (no drag beyond the slop) or a drag that ends where it began.
 */
public final class ResizeGesture implements Gesture {
    /** No box gets smaller than this (mm). */
    static final double MIN_MM = 1;

    private final GestureHost host;
    private final Element original;
    private final MmBox box;
    private final Handle handle;
    private final SnapEngine snap;
    private final double offsetX;
    private final double offsetY;
    private final double pressX;
    private final double pressY;
    private boolean dragging;
    private Element current;

    public ResizeGesture(GestureHost host, Element element, Handle handle, MouseEvent press) {
        this.host = host;
        this.original = element;
        this.current = element;
        this.box = host.boxOf(element);
        this.handle = handle;
        this.snap = host.snapEngine(java.util.Set.of(element.id()));
        this.pressX = press.getX();
        this.pressY = press.getY();
        double[] p = host.toMm(pressX, pressY);
        double[] local = box.toLocal(p[0], p[1]);
        this.offsetX = local[0] - handle.fx * box.width();
        this.offsetY = local[1] - handle.fy * box.height();
    }

    @Override
    public void drag(MouseEvent e) {
        // a press snaps nothing: until the pointer really moves, the element stays as it is
        dragging |= SelectGesture.isDrag(pressX, pressY, e);
        if (!dragging) {
            return;
        }
        double[] p = host.toMm(e.getX(), e.getY());
        double[] l = box.toLocal(p[0], p[1]);
        double lx = l[0] - offsetX;
        double ly = l[1] - offsetY;
        if (host.snapping() && !e.isAltDown() && !box.isRotated()) {
            double[] page = box.toPage(lx, ly);
            boolean sx = handle.movesLeft() || handle.movesRight();
            boolean sy = handle.movesTop() || handle.movesBottom();
            SnapEngine.Snap s = snap.snapPoint(page[0], page[1], sx, sy, MoveGesture.SNAP_PX / host.pxPerMm());
            double[] snapped = box.toLocal(page[0] + s.dx(), page[1] + s.dy());
            lx = snapped[0];
            ly = snapped[1];
            host.showGuides(s.guides());
        }
        current = resized(original, box, handle, lx, ly);
        host.previewElement(current);
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
        host.showGuides(List.of());
        host.endPreview();
        if (current.sameContent(original)) {
            return;
        }
        host.document().run(new ReplaceElementsCommand(host.texts().get("editor.step.resize", host.typeName(original)),
                List.of(original), List.of(current)));
    }

    @Override
    public void cancel() {
        host.showGuides(List.of());
        host.endPreview();
    }

    /**
     * The element resized so that the dragged handle sits at ({@code lx}, {@code ly}) in the
     * element's frame (mm, x right and y down from its top-left corner).
     */
    public static Element resized(Element e, MmBox box, Handle h, double lx, double ly) {
        double w = box.width();
        double ht = box.height();
        double x0 = 0;
        double x1 = w;
        double y0 = 0;
        double y1 = ht;
        ElementType type = e.type();
        if (type.isSquare()) {
            double aspect = type == ElementType.POWEREDBY ? ElementGeometry.LOGO_ASPECT : 1;
            double ax = h.movesLeft() ? w : 0;
            double ay = h.movesTop() ? ht : 0;
            double newH = Math.max(MIN_MM, Math.max(Math.abs(lx - ax) / aspect, Math.abs(ly - ay)));
            double newW = newH * aspect;
            x0 = h.movesLeft() ? ax - newW : ax;
            x1 = x0 + newW;
            y0 = h.movesTop() ? ay - newH : ay;
            y1 = y0 + newH;
        } else {
            if (h.movesLeft()) {
                x0 = Math.min(lx, w - MIN_MM);
            }
            if (h.movesRight()) {
                x1 = Math.max(lx, MIN_MM);
            }
            if (type != ElementType.TEXTAREA) {
                if (h.movesTop()) {
                    y0 = Math.min(ly, ht - MIN_MM);
                }
                if (h.movesBottom()) {
                    y1 = Math.max(ly, MIN_MM);
                }
            }
        }
        double[] topLeft = box.toPage(x0, y0);
        double nw = x1 - x0;
        double nh = y1 - y0;
        switch (type) {
            case BARCODEAREA, POWEREDBY:
                return e.withPosition(topLeft[0], topLeft[1] - nh).withMm("size", nh);
            case TEXTAREA: {
                double[] oldTopLeft = box.toPage(0, 0);
                return e.withPosition(e.left() + topLeft[0] - oldTopLeft[0], e.bottom() + topLeft[1] - oldTopLeft[1])
                        .withMm("width", nw);
            }
            default:
                return e.withPosition(topLeft[0], topLeft[1] - nh).withMm("width", nw).withMm("height", nh);
        }
    }
}
