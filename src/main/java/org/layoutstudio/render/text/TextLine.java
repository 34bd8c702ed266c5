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
