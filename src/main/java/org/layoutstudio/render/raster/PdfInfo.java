package org.layoutstudio.render.raster;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.RenderException;

/**
 * A background PDF's page count and first page size, as pretix sizes ticket pages: the first page's
 * MediaBox, width and height swapped when {@code /Rotate} is 90 or 270.
 *
 * @param pageCount number of pages
 * @param widthMm   first page width as shown, mm
 * @param heightMm  first page height as shown, mm
 */
public record PdfInfo(int pageCount, double widthMm, double heightMm) {

    public double widthPt() {
        return Units.mmToPt(widthMm);
    }

    public double heightPt() {
        return Units.mmToPt(heightMm);
    }

    /** The same facts as the layout package's page geometry. */
    public org.layoutstudio.layout.PageGeometry geometry() {
        return new org.layoutstudio.layout.PageGeometry(widthMm, heightMm, pageCount);
    }

    /** Reads the facts of a PDF. */
    public static PdfInfo read(byte[] pdf) throws RenderException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            return of(doc);
        } catch (IOException e) {
            throw new RenderException("The background PDF cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** The facts of an open document. */
    public static PdfInfo of(PDDocument doc) {
        PDPage first = doc.getPage(0);
        PDRectangle box = first.getMediaBox();
        double w = box.getWidth();
        double h = box.getHeight();
        int rot = ((first.getRotation() % 360) + 360) % 360;
        if (rot == 90 || rot == 270) {
            double t = w;
            w = h;
            h = t;
        }
        return new PdfInfo(doc.getNumberOfPages(), Units.ptToMm(w), Units.ptToMm(h));
    }
}
