package org.layoutstudio.editor.canvas;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.Units;

/**
 * Element geometry with the renderer's text layout for legacy text, whose height is that of its
 * laid-out lines. Results are cached per (immutable) element.
 */
final class CanvasGeometry implements ElementGeometry {
    private final Function<Element, CanvasText> texts;
    private final Map<Element, MmBox> cache = new WeakHashMap<>();

    CanvasGeometry(Function<Element, CanvasText> texts) {
        this.texts = texts;
    }

    @Override
    public MmBox boxOf(Element e) {
        if (e.type() != ElementType.TEXTAREA) {
            return ElementGeometry.fixedBox(e, 0);
        }
        return cache.computeIfAbsent(e, this::textareaBox);
    }

    private MmBox textareaBox(Element e) {
        CanvasText t = texts.apply(e);
        if (t == null) {
            return ElementGeometry.basic().boxOf(e);
        }
        int lines = Math.max(1, t.lines().size());
        double heightPt = lines * t.leading();
        double topMm = Units.ptToMm(t.originY());
        double h = Units.ptToMm(heightPt);
        return new MmBox(e.left(), topMm - h, e.width(), h, e.rotation());
    }

    void clear() {
        cache.clear();
    }
}
