package org.layoutstudio.render;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.layoutstudio.render.raster.PdfInfo;
import org.layoutstudio.render.raster.Pdfs;

/**
 * A background PDF read once: the ticket page size (pretix's: the first page as shown) and its
 * pages, imported into each ticket document as form XObjects placed as a viewer shows them. One
 * document is read by one thread at a time (PDFBox parses objects lazily).
 */
final class PreparedBackground {
    private final PDDocument doc;
    private final PDRectangle pageSize;
    private final AffineTransform[] display;

    private PreparedBackground(PDDocument doc) {
        this.doc = doc;
        PdfInfo info = PdfInfo.of(doc);
        this.pageSize = new PDRectangle((float) info.widthPt(), (float) info.heightPt());
        this.display = new AffineTransform[doc.getNumberOfPages()];
        for (int i = 0; i < display.length; i++) {
            display[i] = TicketRenderer.displayTransform(doc.getPage(i));
        }
    }

    /** Reads the PDF; the document stays open as long as this object is used (it holds no temp file). */
    static PreparedBackground read(byte[] pdf) throws RenderException {
        return new PreparedBackground(Pdfs.open(pdf));
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
