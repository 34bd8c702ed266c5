package org.layoutstudio.editor.canvas;

import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.Units;

/**
 * Where an element sits on the page, in mm. Most types say it in their JSON; legacy text
 * ({@code textarea}) has a height that only the text layout knows, so the canvas supplies a
 * geometry backed by the renderer's text engine, and plain code (tests, actions) can use
 * {@link #basic()}, which estimates one line.
 */
public interface ElementGeometry {
    /** Width of pretix's logo PNG divided by its height (1024 × 630 px); the logo's {@code size} is its height. */
    double LOGO_ASPECT = 1024.0 / 630.0;

    MmBox boxOf(Element element);

    /** Geometry from the JSON alone; legacy text is taken as one line of text. */
    static ElementGeometry basic() {
        return e -> fixedBox(e, Units.ptToMm(e.fontSize() * (e.hasLineHeight() ? e.lineHeight() * 1.15 : 1.2)));
    }

    /** The box of any element; {@code textareaHeightMm} is the height of a legacy text block. */
    static MmBox fixedBox(Element e, double textareaHeightMm) {
        ElementType t = e.type();
        switch (t) {
            case BARCODEAREA:
                return MmBox.of(e.left(), e.bottom(), e.size(), e.size());
            case POWEREDBY:
                return MmBox.of(e.left(), e.bottom(), e.size() * LOGO_ASPECT, e.size());
            case TEXTCONTAINER:
                return new MmBox(e.left(), e.bottom(), e.width(), e.height(), e.rotation());
            case TEXTAREA: {
                double h = textareaHeightMm;
                double bottom = e.downward() ? e.bottom() - h : e.bottom();
                return new MmBox(e.left(), bottom, e.width(), h, e.rotation());
            }
            case IMAGEAREA:
                return MmBox.of(e.left(), e.bottom(), e.width(), e.height());
            default: {
                double w = e.has("width") ? e.width() : e.has("size") ? e.size() : 10;
                double h = e.has("height") ? e.height() : e.has("size") ? e.size() : 10;
                return MmBox.of(e.left(), e.bottom(), Math.max(w, 1), Math.max(h, 1));
            }
        }
    }
}
