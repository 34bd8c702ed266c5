package org.layoutstudio.render;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.render.raster.Pdfs;

/**
 * A background PDF read once: the ticket page size (pretix's: the first page as shown) and its
 * pages, imported into each ticket document as form XObjects placed as a viewer shows them. One
 * document is read by one thread at a time (PDFBox parses objects lazily).
 */
final class PreparedBackground {
    private final PDDocument doc;
    private final PageGeometry geometry;
    private final PDRectangle pageSize;
    private final AffineTransform[] display;

    private PreparedBackground(PDDocument doc) throws RenderException {
        this.doc = doc;
        this.geometry = BackgroundPdf.of(doc);
        this.pageSize = new PDRectangle((float) geometry.widthPt(), (float) geometry.heightPt());
        this.display = new AffineTransform[doc.getNumberOfPages()];
        for (int i = 0; i < display.length; i++) {
            display[i] = BackgroundPdf.displayTransform(doc.getPage(i));
        }
    }

    /** Reads the PDF; the document stays open as long as this object is used (it holds no temp file). */
    static PreparedBackground read(byte[] pdf) throws RenderException {
        PDDocument doc = Pdfs.open(pdf);
        try {
            return new PreparedBackground(doc);
        } catch (RenderException | RuntimeException e) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // the page facts failed; the document is dropped either way
            }
            throw e;
        }
    }

    /** The page facts, as the editor's checks and the canvas read them. */
    PageGeometry geometry() {
        return geometry;
    }

    int pages() {
        return display.length;
    }

    PDRectangle pageSize() {
        return pageSize;
    }

    /** Every page as a form of {@code out}, in page order. */
    synchronized PDFormXObject[] importInto(PDDocument out) throws IOException {
        LayerUtility layers = new LayerUtility(out);
        PDFormXObject[] forms = new PDFormXObject[display.length];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = layers.importPageAsForm(doc, i);
            forms[i].setMatrix(display[i]);
        }
        return forms;
    }
}
