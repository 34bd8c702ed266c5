package org.layoutstudio.render.text;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Advance widths, vertical metrics and the missing-glyph box of one TrueType face, in 1/1000 em, as
 * reportlab reads them: no kerning (reportlab's {@code stringWidth} adds plain advance widths), and a
 * character the face lacks is its glyph 0 (.notdef) with glyph 0's advance. Thread-safe once built.
 */
public final class FontMetrics {
    private static final int TABLE = 0x3000; // widths cached for the most used code points

    private final double[] cached = new double[TABLE];
    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final double scale;
    private final int upem;
    private final double missingWidth;
    private final double ascent;
    private final double descent;
    private final GeneralPath notdef;

    FontMetrics(TrueTypeFont ttf) throws IOException {
        this.scale = 1000.0 / ttf.getUnitsPerEm();
        this.cmap = ttf.getUnicodeCmapLookup(false);
        this.hmtx = ttf.getHorizontalMetrics();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        // reportlab takes the OS/2 typographic values when the font has that table.
        this.ascent = (os2 != null ? os2.getTypoAscender() : hhea.getAscender()) * scale;
        this.descent = (os2 != null ? os2.getTypoDescender() : hhea.getDescender()) * scale;
        this.missingWidth = hmtx.getAdvanceWidth(0) * scale;
        this.upem = ttf.getUnitsPerEm();
        GlyphData zero = ttf.getGlyph() == null ? null : ttf.getGlyph().getGlyph(0);
        GeneralPath box = zero == null ? new GeneralPath() : zero.getPath();
        box.transform(AffineTransform.getScaleInstance(scale, scale));
        this.notdef = box;
        Arrays.fill(cached, Double.NaN);
    }

    /** Advance width of a code point in 1/1000 em; the .notdef width when the face lacks it. */
    public double advance(int codePoint) {
        if (codePoint >= 0 && codePoint < TABLE) {
            double w = cached[codePoint];
            if (Double.isNaN(w)) {
                w = lookup(codePoint);
                cached[codePoint] = w;
            }
            return w;
        }
        return lookup(codePoint);
    }

    private double lookup(int codePoint) {
        int gid = glyph(codePoint);
        return gid == 0 ? missingWidth : hmtx.getAdvanceWidth(gid) * scale;
    }

    /** reportlab draws a no-break space with the face's space glyph. */
    private int glyph(int codePoint) {
        if (cmap == null) {
            return 0;
        }
        if (codePoint == 0xa0) {
            int space = cmap.getGlyphId(0x20);
            if (space != 0) {
                return space;
            }
        }
        return cmap.getGlyphId(codePoint);
    }

    /** Whether the face has a glyph for the code point. */
    public boolean hasGlyph(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** The characters of {@code text} the face lacks, each once, in order of appearance. */
    public String missing(CharSequence text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isISOControl(cp) && !hasGlyph(cp)).distinct()
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The outline of glyph 0 (.notdef: the box reportlab draws for a character the face lacks), in
     * 1/1000 em, y up, origin on the baseline at the glyph's left edge. A copy: the caller may transform it.
     */
    public GeneralPath notdefOutline() {
        return (GeneralPath) notdef.clone();
    }

    /** Width of a string at a font size, in pt. */
    public double stringWidth(CharSequence s, double fontSize) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += advance(cp);
            i += Character.charCount(cp);
        }
        return 0.001 * fontSize * w; // reportlab's order of operations
    }

    /** Units per em of the face. */
    public int unitsPerEm() {
        return upem;
    }

    /** Ascent in 1/1000 em (positive). */
    public double ascent() {
        return ascent;
    }

    /** Descent in 1/1000 em (negative, below the baseline). */
    public double descent() {
        return descent;
    }
}
