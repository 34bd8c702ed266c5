package org.layoutstudio.render.text;

/**
 * One laid-out line of a {@link TextBlock}.
 *
 * @param text      the characters in visual order, shaped (right-to-left runs reversed, Arabic joined)
 * @param x         pt to the right of the block's origin, before rotation (alignment applied)
 * @param baseline  pt below the block's origin (positive downwards), before rotation
 * @param width     the line's natural advance width in pt (reportlab's actual line width)
 * @param wordSpace pt added to every space character when drawing (negative when reportlab squeezes
 *                  an over-long line into the box, as it does by up to 5 % of each space)
 */
public record TextLine(String text, double x, double baseline, double width, double wordSpace) {

    public TextLine(String text, double x, double baseline, double width) {
        this(text, x, baseline, width, 0);
    }

    /**
     * The line cut into the pieces a writer draws: a run per stretch of characters the face has (cut
     * after every space when the spaces are squeezed), a run per character it lacks.
     */
    public java.util.List<GlyphRun> runs(FontMetrics metrics, double fontSize) {
        java.util.List<GlyphRun> out = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        double runX = 0;
        double x = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!metrics.hasGlyph(cp)) {
                if (run.length() > 0) {
                    out.add(new GlyphRun(run.toString(), runX, false));
                    run.setLength(0);
                }
                out.add(new GlyphRun(new String(Character.toChars(cp)), x, true));
                x += 0.001 * fontSize * metrics.advance(cp);
                runX = x;
                continue;
            }
            if (run.length() == 0) {
                runX = x;
            }
            run.appendCodePoint(cp);
            x += 0.001 * fontSize * metrics.advance(cp);
            if (wordSpace != 0 && (cp == ' ' || cp == 0xa0)) {
                x += wordSpace;
                out.add(new GlyphRun(run.toString(), runX, false));
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            out.add(new GlyphRun(run.toString(), runX, false));
        }
        return out;
    }

    /** The width as drawn: the natural width plus the word spacing of every space. */
    public double drawnWidth() {
        if (wordSpace == 0) {
            return width;
        }
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00a0') {
                spaces++;
            }
        }
        return width + spaces * wordSpace;
    }
}
