/**
 * One text layout engine for the ticket PDF and the editor canvas: {@link
 * org.layoutstudio.render.text.TextLayoutEngine} lays out {@code textcontainer} and {@code textarea}
 * elements as pretix's reportlab Paragraph does (line breaks, squeezing, leading, auto-resize,
 * alignment, rotation origin) from the metrics of the TrueType files in the {@link
 * org.layoutstudio.render.text.FontCatalog}; a {@link org.layoutstudio.render.text.TextBlock} is the
 * result both sides draw.
 */
package org.layoutstudio.render.text;
