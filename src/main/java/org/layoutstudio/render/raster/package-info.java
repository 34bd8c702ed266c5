/**
 * Background PDFs: their pages as pretix prints them ({@link org.layoutstudio.render.raster.BackgroundPdf}),
 * opening them with bounded memory ({@link org.layoutstudio.render.raster.Pdfs}, whose guard counts
 * every image at the size its decoder allocates) and a cached, threaded rasteriser for the canvas
 * ({@link org.layoutstudio.render.raster.BackgroundRaster}), which draws a photo while it decodes
 * and decodes it at the size it is drawn at ({@link org.layoutstudio.render.raster.JpegScaling}).
 */
package org.layoutstudio.render.raster;
