package org.layoutstudio.render.text;

/**
 * One laid-out line of a {@link TextBlock}.
 *
 * @param text     the characters in visual order, shaped (right-to-left runs reversed, Arabic joined)
 * @param x        pt to the right of the block's origin, before rotation (alignment applied)
 * @param baseline pt below the block's origin (positive downwards), before rotation
 * @param width    the line's advance width in pt
 */
public record TextLine(String text, double x, double baseline, double width) {
}
