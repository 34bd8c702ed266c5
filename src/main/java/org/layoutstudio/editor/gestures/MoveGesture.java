package org.layoutstudio.editor.gestures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import org.layoutstudio.editor.actions.Moves;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;

/**
 * Drags the selection. While dragging only the nodes move (a translate, cheap with hundreds of
 * elements); on release one command moves the elements in the document. Snaps the selection's
 * bounds to the page, other elements and the grid unless Alt is held.
 */
public final class MoveGesture implements Gesture {
    /** Snapping reaches this many screen pixels. */
    static final double SNAP_PX = 6;

    private final GestureHost host;
    private final List<Element> moving;
    private final Set<Long> ids = new HashSet<>();
    private final MmBox bounds;
    private final SnapEngine snap;
    private final double startX;
    private final double startY;
    private double dx;
    private double dy;

    public MoveGesture(GestureHost host, double pressX, double pressY) {
        this.host = host;
        this.moving = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        host.elementsOnPage().forEach(e -> shown.add(e.id()));
        for (Element e : host.document().selection().elements()) {
            if (shown.contains(e.id())) {
                moving.add(e);
                ids.add(e.id());
            }
        }
        List<MmBox> boxes = new ArrayList<>();
        moving.forEach(e -> boxes.add(host.boxOf(e)));
        this.bounds = MmBox.union(boxes);
        this.snap = host.snapEngine(ids);
        this.startX = pressX;
        this.startY = pressY;
    }

    @Override
    public void drag(MouseEvent e) {
        if (moving.isEmpty()) {
            return;
        }
        double k = host.pxPerMm();
        dx = (e.getX() - startX) / k;
        dy = -(e.getY() - startY) / k;
        if (host.snapping() && !e.isAltDown()) {
            SnapEngine.Snap s = snap.snapMove(bounds.translate(dx, dy), SNAP_PX / k);
            dx += s.dx();
            dy += s.dy();
            host.showGuides(s.guides());
        } else {
            host.showGuides(List.of());
        }
        host.previewTranslate(ids, dx, dy);
    }

    @Override
    public void release(MouseEvent e) {
        drag(e);
        host.showGuides(List.of());
        host.endPreview();
        if (moving.isEmpty() || (Math.abs(dx) < 0.005 && Math.abs(dy) < 0.005)) {
            return;
        }
        List<Element> moved = Moves.translate(moving, dx, dy);
        boolean changed = false;
        for (int i = 0; i < moved.size(); i++) {
            changed |= !moved.get(i).sameContent(moving.get(i));
        }
        if (changed) { // a drag back to the start (or by less than the written precision) is no edit
            host.document().run(new ReplaceElementsCommand(host.texts().get("editor.step.move", moving.size()), moving, moved));
        }
    }

    @Override
    public void cancel() {
        host.showGuides(List.of());
        host.endPreview();
    }
}
