package org.layoutstudio.editor.canvas;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.Units;

/**
 * Legacy text heights for the layout's geometry, from the same text layout the canvas draws (the
 * renderer's), cached per (immutable) element until the values change.
 */
final class TextHeights implements ElementGeometry.TextHeight {
    private final Function<Element, CanvasText> texts;
    private final Map<Element, Double> cache = new WeakHashMap<>();

    TextHeights(Function<Element, CanvasText> texts) {
        this.texts = texts;
    }

    @Override
    public double heightMm(Element textarea) {
        return cache.computeIfAbsent(textarea, e -> {
            CanvasText t = texts.apply(e);
            return t == null ? ElementGeometry.estimating().boxOf(e).height() : Units.ptToMm(t.height());
        });
    }

    void clear() {
        cache.clear();
    }
}
