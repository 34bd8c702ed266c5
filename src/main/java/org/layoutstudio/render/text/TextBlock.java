package org.layoutstudio.render.text;

import java.util.List;
import org.layoutstudio.layout.Rgba;

/**
 * A text element laid out as pretix prints it: the one result both the PDF writer and the editor's
 * canvas draw from. Lines are placed relative to the origin, then the whole block is rotated about
 * the origin by {@code rotation} degrees clockwise.
 *
 * @param font     the face used
 * @param fontSize pt, after auto-resize
 * @param leading  distance between baselines, pt
 * @param lines    the lines, top to bottom
 * @param originX  rotation origin on the page, pt from the left edge
 * @param originY  rotation origin on the page, pt from the bottom edge (PDF convention)
 * @param rotation degrees, clockwise on the page (as pretix's {@code rotation})
 * @param color    text colour (alpha ignored when printing, as pretix does)
 * @param height   the paragraph's height as reportlab's {@code wrap} reports it, pt (what pretix's
 *                 auto-resize compares with the box height)
 */
public record TextBlock(ResolvedFont font, double fontSize, double leading, List<TextLine> lines,
                        double originX, double originY, double rotation, Rgba color, double height) {

    public TextBlock {
        lines = List.copyOf(lines);
    }

    /** The widest line, pt. */
    public double maxLineWidth() {
        double w = 0;
        for (TextLine l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    /** Maps a point given relative to the origin (x right, y down, before rotation) to page pt (y up). */
    public double[] toPage(double x, double yDown) {
        double r = Math.toRadians(-rotation);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        double y = -yDown;
        return new double[] {originX + x * cos - y * sin, originY + x * sin + y * cos};
    }
}
