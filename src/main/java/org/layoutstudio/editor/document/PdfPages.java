package org.layoutstudio.editor.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.layoutstudio.layout.Units;

/** Background PDFs: a blank page of a given size (as pretix's "Create empty background"), and page facts. */
public final class PdfPages {
    /** pretix refuses uploads above 10 MiB by default (FILE_UPLOAD_MAX_SIZE_IMAGE). */
    public static final int MAX_BACKGROUND_BYTES = 10 * 1024 * 1024;

    private PdfPages() {
    }

    /** Size of the first page and number of pages of a background. */
    public record Info(double widthMm, double heightMm, int pages) {
        public String describe() {
            return Units.plain(Math.round(widthMm * 10) / 10.0) + " × " + Units.plain(Math.round(heightMm * 10) / 10.0)
                    + " mm, " + pages + (pages == 1 ? " page" : " pages");
        }
    }

    /** One blank page of the given size in mm. */
    public static byte[] blank(double widthMm, double heightMm) {
        if (!(widthMm > 0 && heightMm > 0 && widthMm <= 5000 && heightMm <= 5000)) {
            throw new IllegalArgumentException("A page is between 0 and 5000 mm wide and high.");
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(new PDRectangle((float) Units.mmToPt(widthMm), (float) Units.mmToPt(heightMm))));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write an empty PDF page", e);
        }
    }

    /** Reads the page size and count; the exception's message is a sentence for the user. */
    public static Info info(byte[] pdf) throws IOException {
        if (pdf == null || pdf.length < 10) {
            throw new IOException("This is not a PDF file (it is empty or too small).");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException("The PDF file has no pages.");
            }
            PDRectangle box = doc.getPage(0).getMediaBox();
            return new Info(Units.ptToMm(box.getWidth()), Units.ptToMm(box.getHeight()), doc.getNumberOfPages());
        } catch (IOException e) {
            if (e.getMessage() != null && (e.getMessage().startsWith("This is not") || e.getMessage().startsWith("The PDF"))) {
                throw e;
            }
            throw new IOException("This file cannot be read as a PDF (" + e.getMessage() + ").", e);
        }
    }
}
