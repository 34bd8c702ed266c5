package org.layoutstudio.editor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import org.layoutstudio.layout.LayoutDocument;

/** Turns a layout into the ticket PDF pretix would print, and a page of it into pixels. Blocking; thread-safe. */
public interface PreviewRenderer {

    /** The ticket PDF of the layout on its background; {@code pdfData} null = pretix's sample values. */
    byte[] render(LayoutDocument layout, JsonNode pdfData, byte[] backgroundPdf) throws Exception;

    /** Page {@code pageIndex} (0-based) of a PDF at {@code scale} pixels per point. */
    BufferedImage rasterize(byte[] pdf, int pageIndex, double scale) throws Exception;

    /**
     * The ticket PDF ({@link #render}) and page {@code pageIndex} of it at {@code scale}, as
     * {@link #rasterize} draws it. An implementation may reuse what an edit does not change (the
     * background); the pixels are the same.
     */
    default Preview preview(LayoutDocument layout, JsonNode pdfData, byte[] backgroundPdf, int pageIndex, double scale)
            throws Exception {
        byte[] pdf = render(layout, pdfData, backgroundPdf);
        return new Preview(pdf, rasterize(pdf, pageIndex, scale));
    }

    /** A rendered ticket and the picture of one of its pages. */
    record Preview(byte[] pdf, BufferedImage page) {
    }
}
