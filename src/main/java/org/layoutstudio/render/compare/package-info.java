/**
 * Comparing two renderings of a ticket, as issue 13 measures fidelity: both PDFs rasterised at
 * {@link org.layoutstudio.render.compare.TicketComparison#DPI} dpi, the ink of each page
 * ({@link org.layoutstudio.render.compare.InkAgreement}) matched within one pixel, the agreement
 * figure (intersection over union) and a difference picture in colours a colour-blind reader can tell
 * apart ({@link org.layoutstudio.render.compare.DiffPalette}). Plain Java: used by the CLI's
 * {@code compare}, the editor's "Compare with pretix" and the fidelity tests alike.
 */
package org.layoutstudio.render.compare;
