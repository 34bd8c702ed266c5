package org.layoutstudio.editor.canvas;

import org.layoutstudio.layout.Units;

/** The size of a background page in pt (PDF units). */
public record PageSize(double widthPt, double heightPt) {
    public static final PageSize A4 = new PageSize(Units.mmToPt(210), Units.mmToPt(297));

    public double widthMm() {
        return Units.ptToMm(widthPt);
    }

    public double heightMm() {
        return Units.ptToMm(heightPt);
    }

    public MmBox box() {
        return MmBox.of(0, 0, widthMm(), heightMm());
    }
}
