/**
 * Background PDFs: their page geometry ({@link org.layoutstudio.render.raster.PdfInfo}), opening them
 * with bounded memory ({@link org.layoutstudio.render.raster.Pdfs}) and a cached, threaded rasteriser
 * for the canvas ({@link org.layoutstudio.render.raster.BackgroundRaster}).
 */
package org.layoutstudio.render.raster;
