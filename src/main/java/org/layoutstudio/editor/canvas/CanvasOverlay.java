package org.layoutstudio.editor.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.layoutstudio.editor.gestures.Handle;
import org.layoutstudio.editor.gestures.SnapEngine;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.MmBox;

/**
 * The canvas's top layer, in screen pixels so that it keeps its size at any zoom: selection
 * outlines, resize and rotate handles, smart guides and the marquee. Their colours are the
 * stylesheet's ({@code .canvas-selection}, {@code .canvas-handle}, {@code .canvas-guide},
 * {@code .canvas-marquee}).
 */
final class CanvasOverlay extends Pane {
    static final double HANDLE = 8;
    static final double ROTATE_OFFSET_PX = 26;
    /** Radius of the rotation knob, px. */
    static final double KNOB = 5;

    /** Where page points are on the screen. */
    interface View {
        double[] toViewport(double xMm, double yMm);

        double pxPerMm();

        ElementGeometry geometry();
    }

    private final View view;
    private final Group selectionLayer = new Group();
    private final Group guideLayer = new Group();
    private final Rectangle marquee = new Rectangle();

    CanvasOverlay(View view) {
        this.view = view;
        setMouseTransparent(true);
        setManaged(false);
        marquee.getStyleClass().add("canvas-marquee");
        marquee.getStrokeDashArray().setAll(4.0, 3.0);
        marquee.setVisible(false);
        getChildren().addAll(guideLayer, selectionLayer, marquee);
    }

    private double[] toViewport(double x, double y) {
        return view.toViewport(x, y);
    }

    /** Moves the selection's outlines with a drag (no redraw). */
    void translateSelection(double dxPx, double dyPx) {
        selectionLayer.setTranslateX(dxPx);
        selectionLayer.setTranslateY(dyPx);
    }

    /** The handle of this element under a screen point, or null. */
    Handle handleAt(Element e, double sx, double sy) {
        for (Map.Entry<Handle, double[]> h : handlePoints(e).entrySet()) {
            if (Math.abs(h.getValue()[0] - sx) <= HANDLE / 2 + 2 && Math.abs(h.getValue()[1] - sy) <= HANDLE / 2 + 2) {
                return h.getKey();
            }
        }
        return null;
    }

    void showGuides(List<SnapEngine.Guide> guides) {
        // reuse a pool of lines: no nodes are added or removed while dragging (no CSS pass, no layout)
        List<Node> pool = guideLayer.getChildren();
        while (pool.size() < guides.size()) {
            Line l = new Line();
            l.getStyleClass().add("canvas-guide");
            l.setStrokeWidth(1);
            l.setVisible(false);
            pool.add(l);
        }
        double w = getWidth();
        double h = getHeight();
        for (int i = 0; i < pool.size(); i++) {
            Line l = (Line) pool.get(i);
            if (i >= guides.size()) {
                l.setVisible(false);
                continue;
            }
            SnapEngine.Guide g = guides.get(i);
            if (g.axis() == SnapEngine.Axis.X) {
                double x = Math.round(toViewport(g.at(), 0)[0]) + 0.5;
                l.setStartX(x);
                l.setEndX(x);
                l.setStartY(0);
                l.setEndY(h);
            } else {
                double y = Math.round(toViewport(0, g.at())[1]) + 0.5;
                l.setStartX(0);
                l.setEndX(w);
                l.setStartY(y);
                l.setEndY(y);
            }
            l.setVisible(true);
        }
    }

    /** The guides shown now (for tests). */
    int guideCount() {
        return (int) guideLayer.getChildren().stream().filter(Node::isVisible).count();
    }

    void showMarquee(double[] box) {
        if (box == null) {
            marquee.setVisible(false);
            return;
        }
        marquee.setX(box[0]);
        marquee.setY(box[1]);
        marquee.setWidth(box[2]);
        marquee.setHeight(box[3]);
        marquee.setVisible(true);
    }

    Map<Handle, double[]> handlePoints(Element e) {
        Map<Handle, double[]> out = new EnumMap<>(Handle.class);
        MmBox b = view.geometry().boxOf(e);
        for (Handle h : Handle.of(e.type())) {
            double[] p = h == Handle.ROTATE
                    ? b.toPage(b.width() / 2, -ROTATE_OFFSET_PX / view.pxPerMm())
                    : b.toPage(h.fx * b.width(), h.fy * b.height());
            out.put(h, toViewport(p[0], p[1]));
        }
        return out;
    }

    /** Outlines of the selected elements (as drawn now); handles when one element is selected. */
    void drawSelection(List<Element> sel) {
        selectionLayer.getChildren().clear();
        ElementGeometry geometry = view.geometry();
        for (Element e : sel) {
            Polygon outline = new Polygon();
            for (double[] c : geometry.boxOf(e).corners()) {
                double[] v = toViewport(c[0], c[1]);
                outline.getPoints().addAll(v[0], v[1]);
            }
            outline.setFill(null);
            outline.getStyleClass().add("canvas-selection");
            outline.setStrokeWidth(1.5);
            selectionLayer.getChildren().add(outline);
        }
        if (sel.size() > 1) {
            List<MmBox> boxes = new ArrayList<>();
            sel.forEach(e -> boxes.add(geometry.boxOf(e)));
            MmBox u = MmBox.union(boxes);
            double[] a = toViewport(u.left(), u.top());
            double[] b = toViewport(u.right(), u.bottom());
            Rectangle r = new Rectangle(a[0] - 3, a[1] - 3, b[0] - a[0] + 6, b[1] - a[1] + 6);
            r.setFill(null);
            r.getStyleClass().add("canvas-selection");
            r.getStrokeDashArray().setAll(5.0, 4.0);
            selectionLayer.getChildren().add(r);
        }
        Element single = sel.size() == 1 ? sel.get(0) : null;
        if (single != null) {
            Map<Handle, double[]> pts = handlePoints(single);
            double[] rot = pts.get(Handle.ROTATE);
            if (rot != null) {
                MmBox b = geometry.boxOf(single);
                double[] top = b.toPage(b.width() / 2, 0);
                double[] t = toViewport(top[0], top[1]);
                Line stem = new Line(t[0], t[1], rot[0], rot[1]);
                stem.getStyleClass().add("canvas-selection");
                Circle knob = new Circle(rot[0], rot[1], KNOB);
                knob.getStyleClass().add("canvas-handle");
                knob.setStrokeWidth(1.5);
                selectionLayer.getChildren().addAll(stem, knob);
            }
            for (Map.Entry<Handle, double[]> h : pts.entrySet()) {
                if (h.getKey() == Handle.ROTATE) {
                    continue;
                }
                Rectangle r = new Rectangle(h.getValue()[0] - HANDLE / 2, h.getValue()[1] - HANDLE / 2, HANDLE, HANDLE);
                r.getStyleClass().add("canvas-handle");
                r.setStrokeWidth(1.5);
                selectionLayer.getChildren().add(r);
            }
        }
    }
}
