package org.layoutstudio.render.text;

/**
 * A piece of a {@link TextLine} drawn in one go: characters the face has, or one character it lacks,
 * which reportlab draws as the face's .notdef glyph (a box, {@link FontMetrics#notdefOutline()}) with
 * the .notdef advance.
 *
 * @param text    the characters (one when {@code missing})
 * @param x       pt from the line's start, word spacing included
 * @param missing whether this is a character the face lacks
 */
public record GlyphRun(String text, double x, boolean missing) {
}
