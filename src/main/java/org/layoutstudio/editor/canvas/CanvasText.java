package org.layoutstudio.editor.canvas;

import java.util.List;
import org.layoutstudio.layout.Rgba;

/**
 * A text element laid out by the renderer's text engine, in the shape the canvas draws: lines placed
 * relative to an origin (x right, baseline down), the block turned clockwise about the origin.
 *
 * @param fontKey  the face, as the renderer names it (the canvas loads its TTF once per key)
 * @param fontSize pt, after auto-resize
 * @param leading  pt between baselines
 * @param originX  pt from the page's left edge
 * @param originY  pt from the page's bottom edge (PDF convention)
 * @param rotation degrees clockwise
 * @param height   the paragraph's height as the text layout reports it, pt (a legacy text's block height)
 * @param notdef   the face's missing-glyph box as SVG path data, in 1/1000 em, y down from the baseline
 */
public record CanvasText(String fontKey, double fontSize, double leading, List<Line> lines,
                         double originX, double originY, double rotation, Rgba color, double height, String notdef) {

    public CanvasText {
        lines = List.copyOf(lines);
    }

    /**
     * One line: text in visual order, x right of the origin, baseline below it, advance width (all pt),
     * and the pieces to draw: text runs, and boxes where the face lacks a character (as pretix prints).
     */
    public record Line(String text, double x, double baseline, double width, List<Run> runs) {
        public Line {
            runs = List.copyOf(runs);
        }

        public Line(String text, double x, double baseline, double width) {
            this(text, x, baseline, width, List.of(new Run(text, 0, false)));
        }
    }

    /** A piece of a line, {@code x} pt from its start: characters the face has, or one it lacks (drawn as the box). */
    public record Run(String text, double x, boolean missing) {
    }
}
