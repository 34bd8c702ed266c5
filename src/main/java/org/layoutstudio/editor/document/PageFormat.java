package org.layoutstudio.editor.document;

import java.util.List;

/** A paper size for an empty background page, in millimetres (portrait unless the name says otherwise). */
public record PageFormat(String label, double widthMm, double heightMm) {

    /** The sizes offered for new layouts: ISO, Letter, and the badge sizes of pretix's badge templates (PRETIX.md §3.2). */
    public static List<PageFormat> standard() {
        return List.of(
                new PageFormat("A4 portrait", 210, 297),
                new PageFormat("A4 landscape", 297, 210),
                new PageFormat("A5 portrait", 148, 210),
                new PageFormat("A5 landscape", 210, 148),
                new PageFormat("A6 portrait", 105, 148),
                new PageFormat("A6 landscape", 148, 105),
                new PageFormat("A7 portrait", 74, 105),
                new PageFormat("A7 landscape", 105, 74),
                new PageFormat("US Letter", 215.9, 279.4),
                new PageFormat("82 x 203 mm butterfly badge", 82, 203),
                new PageFormat("100 x 50 mm label", 100, 50),
                new PageFormat("83 x 50 mm label", 83, 50),
                new PageFormat("80 x 50 mm label", 80, 50),
                new PageFormat("75 x 52 mm label", 75, 52),
                new PageFormat("70 x 36 mm label", 70, 36),
                new PageFormat("63 x 29 mm label", 63.5, 29.6),
                new PageFormat("60 x 90 mm label", 60, 90),
                new PageFormat("54 x 90 mm label", 54, 90),
                new PageFormat("50 x 80 mm label", 50, 80),
                new PageFormat("40 x 75 mm label", 40, 75),
                new PageFormat("40 x 40 mm label", 40, 40),
                new PageFormat("88.9 x 33.87 mm label", 88.9, 33.87));
    }

    /** A custom size; the label shows the numbers. */
    public static PageFormat custom(double widthMm, double heightMm) {
        return new PageFormat(org.layoutstudio.layout.Units.plain(widthMm) + " x "
                + org.layoutstudio.layout.Units.plain(heightMm) + " mm", widthMm, heightMm);
    }

    @Override
    public String toString() {
        return label;
    }
}
