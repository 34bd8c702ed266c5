package org.layoutstudio.render.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Advance widths and vertical metrics of one TrueType face, in 1/1000 em, as reportlab reads them
 * (no kerning: reportlab's {@code stringWidth} adds plain advance widths). Thread-safe once built.
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

    FontMetrics(TrueTypeFont ttf) throws IOException {
        this(ttf, null);
    }

    /**
     * @param vertical ascent and descent in 1/1000 em to use instead of the file's (null: the file's)
     */
    FontMetrics(TrueTypeFont ttf, double[] vertical) throws IOException {
        this.scale = 1000.0 / ttf.getUnitsPerEm();
        this.cmap = ttf.getUnicodeCmapLookup(false);
        this.hmtx = ttf.getHorizontalMetrics();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        double a = hhea.getAscender() * scale;
        double d = hhea.getDescender() * scale;
        // reportlab takes the OS/2 typographic values when the font has that table.
        if (os2 != null) {
            a = os2.getTypoAscender() * scale;
            d = os2.getTypoDescender() * scale;
        }
        if (vertical != null) {
            a = vertical[0];
            d = vertical[1];
        }
        this.ascent = a;
        this.descent = d;
        this.missingWidth = hmtx.getAdvanceWidth(0) * scale;
        this.upem = ttf.getUnitsPerEm();
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
        int gid = cmap == null ? 0 : cmap.getGlyphId(codePoint);
        return gid == 0 ? missingWidth : hmtx.getAdvanceWidth(gid) * scale;
    }

    /** Whether the face has a glyph for the code point. */
    public boolean hasGlyph(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) != 0;
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
