/**
 * Background PDFs: their pages as pretix prints them ({@link org.layoutstudio.render.raster.BackgroundPdf}),
 * opening them with bounded memory ({@link org.layoutstudio.render.raster.Pdfs}) and a cached, threaded
 * rasteriser for the canvas ({@link org.layoutstudio.render.raster.BackgroundRaster}).
 */
package org.layoutstudio.render.raster;
