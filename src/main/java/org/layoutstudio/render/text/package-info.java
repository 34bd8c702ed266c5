/**
 * One text layout engine for the ticket PDF and the editor canvas: {@link
 * org.layoutstudio.render.text.TextLayoutEngine} lays out {@code textcontainer} and {@code textarea}
 * elements as pretix's reportlab Paragraph does (line breaks, squeezing, leading, auto-resize,
 * alignment, rotation origin) from the metrics of the TrueType files in the {@link
 * org.layoutstudio.render.text.FontCatalog}; a {@link org.layoutstudio.render.text.TextBlock} is the
 * result both sides draw. The rules are those of pretix's {@code src/pretix/base/pdf.py} at commit
 * 022f44ad00b176e8ad46d860f68bbc9e0f0b8f32 and the later ones listed in docs/RENDERER.md.
 */
package org.layoutstudio.render.text;
