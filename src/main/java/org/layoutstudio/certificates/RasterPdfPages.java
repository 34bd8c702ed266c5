package org.layoutstudio.certificates;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.raster.Pdfs;

/**
 * {@link PdfPages} over the renderer's {@link BackgroundRaster}: page sizes are read once when the
 * PDF is opened, pixels come from the raster (its own render threads, one PDFBox document each).
 */
public final class RasterPdfPages implements PdfPages {
    private final byte[] pdf;
    private final List<PageSize> sizes;
    private final BackgroundRaster raster;

    private RasterPdfPages(byte[] pdf, List<PageSize> sizes, BackgroundRaster raster) {
        this.pdf = pdf;
        this.sizes = sizes;
        this.raster = raster;
    }

    /** Opens PDF bytes, drawing through {@code raster} (which the caller owns and closes). */
    public static RasterPdfPages open(byte[] pdf, BackgroundRaster raster) throws IOException, RenderException {
        List<PageSize> sizes = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (PDPage page : doc.getPages()) {
                // The crop box is what PDFBox draws; a quarter turn swaps width and height.
                PDRectangle box = page.getCropBox();
                boolean sideways = ((page.getRotation() % 360) + 360) % 180 == 90;
                sizes.add(sideways ? new PageSize(box.getHeight(), box.getWidth()) : new PageSize(box.getWidth(), box.getHeight()));
            }
        }
        return new RasterPdfPages(pdf, List.copyOf(sizes), raster);
    }

    /** An opener for {@link ViewerServices} that draws through {@code raster}. */
    public static PdfPages.Opener opener(BackgroundRaster raster) {
        return bytes -> open(bytes, raster);
    }

    @Override
    public int pageCount() {
        return sizes.size();
    }

    @Override
    public PageSize pageSize(int index) {
        return sizes.get(index);
    }

    @Override
    public BufferedImage render(int index, double pixelsPerPoint) throws RenderException {
        return raster.render(pdf, index, pixelsPerPoint);
    }

    @Override
    public void close() {
        // Nothing of our own is open; the raster keeps (and bounds) its documents and images.
    }
}
