/**
 * Tickets exactly as pretix prints them (PRETIX.md §5): {@link org.layoutstudio.render.TicketRenderer}
 * turns a layout, {@link org.layoutstudio.render.TicketValues} and a background PDF into a ticket PDF;
 * {@link org.layoutstudio.render.QrCodes} gives the very QR modules pretix (reportlab) draws. The text
 * engine lives in {@code render.text}, the background rasteriser in {@code render.raster}. Uses only
 * the {@code layout} package of ours; no JavaFX.
 */
package org.layoutstudio.render;
