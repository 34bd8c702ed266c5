package org.layoutstudio.editor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.raster.TicketPageRaster;

/**
 * The preview through the real renderer: pretix's printing rules, then the PDF page rasterised.
 * After an edit only the elements are drawn, over the background's raster, which is made once per
 * background, page and scale (a photo background is not decoded again for every nudge), and the
 * elements' images (pretix's logo) are decoded once.
 */
public final class TicketPreviewRenderer implements PreviewRenderer {
    private final TicketRenderer renderer;
    /** Its own raster cache: preview pages must not push out canvas backgrounds. */
    private final BackgroundRaster raster = new BackgroundRaster(1, 48L * 1024 * 1024);
    private final TicketPageRaster pages = new TicketPageRaster();
    private byte[] backgroundFor;
    private byte[] backgroundTicket;

    public TicketPreviewRenderer(TicketRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] render(LayoutDocument layout, JsonNode pdfData, byte[] backgroundPdf) throws Exception {
        TicketValues values = pdfData == null || pdfData.isMissingNode() ? TicketValues.sample() : TicketValues.fromPdfData(pdfData);
        return renderer.render(layout, values, backgroundPdf);
    }

    @Override
    public BufferedImage rasterize(byte[] pdf, int pageIndex, double scale) throws Exception {
        return raster.render(pdf, pageIndex, scale);
    }

    @Override
    public Preview preview(LayoutDocument layout, JsonNode pdfData, byte[] backgroundPdf, int pageIndex, double scale)
            throws Exception {
        byte[] pdf = render(layout, pdfData, backgroundPdf);
        BufferedImage background = raster.render(backgroundTicket(backgroundPdf), pageIndex, scale);
        return new Preview(pdf, pages.draw(pdf, pageIndex, scale, background));
    }

    /** How many element images were decoded so far (the rest were kept from earlier edits). */
    long imageDecodes() {
        return pages.imageDecodes();
    }

    /** The ticket without elements on this background, rendered once for as long as the same bytes come in. */
    private synchronized byte[] backgroundTicket(byte[] backgroundPdf) throws Exception {
        if (backgroundTicket == null || backgroundFor != backgroundPdf) {
            backgroundTicket = renderer.renderBackgroundOnly(backgroundPdf);
            backgroundFor = backgroundPdf;
        }
        return backgroundTicket;
    }
}
