package org.layoutstudio.certificates;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * {@link PdfPages} over PDFBox. A PDFBox document is not thread-safe, so every render takes the
 * document's lock: pages of one document are drawn one after the other.
 */
public final class PdfBoxPages implements PdfPages {
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<PageSize> sizes;

    private PdfBoxPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        List<PageSize> s = new ArrayList<>(document.getNumberOfPages());
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getCropBox();
            boolean sideways = page.getRotation() % 180 != 0;
            s.add(sideways ? new PageSize(box.getHeight(), box.getWidth()) : new PageSize(box.getWidth(), box.getHeight()));
        }
        this.sizes = List.copyOf(s);
    }

    /** Opens PDF bytes; an {@link IOException} with a plain message when they are not a readable PDF. */
    public static PdfBoxPages open(byte[] pdf) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IOException("The file is not a readable PDF.", e);
        }
        if (doc.getNumberOfPages() == 0) {
            doc.close();
            throw new IOException("The PDF has no pages.");
        }
        return new PdfBoxPages(doc);
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
    public BufferedImage render(int index, double pixelsPerPoint) throws IOException {
        synchronized (document) {
            return renderer.renderImage(index, (float) pixelsPerPoint, ImageType.RGB);
        }
    }

    @Override
    public void close() {
        synchronized (document) {
            try {
                document.close();
            } catch (IOException e) {
                // Nothing to do: the bytes were in memory.
            }
        }
    }
}
