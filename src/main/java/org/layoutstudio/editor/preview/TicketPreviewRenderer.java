package org.layoutstudio.editor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundRaster;

/** The preview through the real renderer: pretix's printing rules, then the PDF page rasterised. */
public final class TicketPreviewRenderer implements PreviewRenderer {
    private final TicketRenderer renderer;
    /** Its own raster cache: preview PDFs change with every edit and must not push out canvas backgrounds. */
    private final BackgroundRaster raster = new BackgroundRaster(1, 48L * 1024 * 1024);

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
}
