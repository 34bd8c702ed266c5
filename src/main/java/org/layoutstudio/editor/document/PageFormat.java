package org.layoutstudio.editor.document;

import java.util.List;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.Texts;

/**
 * A paper size for an empty background page, in millimetres. {@code kind} names it in the bundle
 * ({@code editor.pageFormat.KIND}, with width and height as arguments): "A4 portrait", "100 × 50 mm label".
 */
public record PageFormat(String kind, double widthMm, double heightMm) {

    /** The sizes offered for new layouts: ISO, Letter, and the badge sizes of pretix's badge templates (PRETIX.md §3.2). */
    public static List<PageFormat> standard() {
        return List.of(
                new PageFormat("a4Portrait", 210, 297),
                new PageFormat("a4Landscape", 297, 210),
                new PageFormat("a5Portrait", 148, 210),
                new PageFormat("a5Landscape", 210, 148),
                new PageFormat("a6Portrait", 105, 148),
                new PageFormat("a6Landscape", 148, 105),
                new PageFormat("a7Portrait", 74, 105),
                new PageFormat("a7Landscape", 105, 74),
                new PageFormat("usLetter", 215.9, 279.4),
                new PageFormat("butterflyBadge", 82, 203),
                new PageFormat("label", 100, 50),
                new PageFormat("label", 83, 50),
                new PageFormat("label", 80, 50),
                new PageFormat("label", 75, 52),
                new PageFormat("label", 70, 36),
                new PageFormat("label", 63.5, 29.6),
                new PageFormat("label", 60, 90),
                new PageFormat("label", 54, 90),
                new PageFormat("label", 50, 80),
                new PageFormat("label", 40, 75),
                new PageFormat("label", 40, 40),
                new PageFormat("label", 88.9, 33.87));
    }

    /** A size the user typed; its name is the numbers. */
    public static PageFormat custom(double widthMm, double heightMm) {
        return new PageFormat("custom", widthMm, heightMm);
    }

    /** The format in the user's words. */
    public String label(Texts texts) {
        return texts.get("editor.pageFormat." + kind, Units.plain(widthMm), Units.plain(heightMm));
    }
}
