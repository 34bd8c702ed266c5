package org.layoutstudio.editor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.layoutstudio.editor.preview.PreviewRenderer;
import org.layoutstudio.layout.LayoutDocument;

/** A preview renderer for tests: returns the background and records every layout it was asked to render. */
public final class PdfBoxTestRenderer implements PreviewRenderer {
    public final AtomicInteger renders = new AtomicInteger();
    public final List<String> renderedLayouts = new CopyOnWriteArrayList<>();
    /** When set, each render waits for it (to hold a render while edits arrive). */
    public volatile CountDownLatch gate;

    @Override
    public byte[] render(LayoutDocument layout, JsonNode pdfData, byte[] backgroundPdf) throws Exception {
        CountDownLatch g = gate;
        if (g != null) {
            g.await();
        }
        renders.incrementAndGet();
        renderedLayouts.add(layout.toCompactJson());
        return backgroundPdf;
    }

    @Override
    public BufferedImage rasterize(byte[] pdf, int pageIndex, double scale) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImage(Math.min(pageIndex, doc.getNumberOfPages() - 1), (float) (scale / 4));
        }
    }
}
