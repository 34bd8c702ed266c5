package org.layoutstudio.editor.gestures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;

/**
 * Drag on empty page: a rubber band selects the elements it touches; with Shift or Ctrl/Cmd they are
 * added to the selection. A click on empty page clears the selection.
 */
public final class MarqueeGesture implements Gesture {
    private final GestureHost host;
    private final double startX;
    private final double startY;
    private final boolean adding;
    private final Set<Long> before;

    public MarqueeGesture(GestureHost host, MouseEvent press) {
        this.host = host;
        this.startX = press.getX();
        this.startY = press.getY();
        this.adding = press.isShiftDown() || press.isShortcutDown() || press.isControlDown();
        this.before = host.document().selection().ids();
        if (!adding) {
            host.document().selection().clear();
        }
    }

    @Override
    public void drag(MouseEvent e) {
        host.showMarquee(new double[] {Math.min(startX, e.getX()), Math.min(startY, e.getY()),
                Math.abs(e.getX() - startX), Math.abs(e.getY() - startY)});
        select(e);
    }

    @Override
    public void release(MouseEvent e) {
        host.showMarquee(null);
        if (SelectGesture.isDrag(startX, startY, e)) {
            select(e);
        }
    }

    @Override
    public void cancel() {
        host.showMarquee(null);
        host.document().selection().set(before);
    }

    private void select(MouseEvent e) {
        double[] a = host.toMm(startX, startY);
        double[] b = host.toMm(e.getX(), e.getY());
        MmBox band = MmBox.of(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
        List<Long> hit = new ArrayList<>();
        for (Element el : host.elementsOnPage()) {
            if (host.boxOf(el).intersects(band)) {
                hit.add(el.id());
            }
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (adding) {
            ids.addAll(before);
        }
        ids.addAll(hit);
        host.document().selection().set(ids);
    }
}
