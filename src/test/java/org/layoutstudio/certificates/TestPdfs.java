package org.layoutstudio.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs for the tests, made with PDFBox. */
final class TestPdfs {
    private TestPdfs() {
    }

    /** An A4 landscape "certificate" of {@code pages} pages, each saying its number. */
    static byte[] certificate(int pages, String name) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setNonStrokingColor(0.12f, 0.35f, 0.6f);
                    cs.addRect(30, 30, a4.getWidth() - 60, a4.getHeight() - 60);
                    cs.setLineWidth(6);
                    cs.setStrokingColor(0.12f, 0.35f, 0.6f);
                    cs.stroke();
                    cs.beginText();
                    cs.setFont(bold, 40);
                    cs.newLineAtOffset(120, 400);
                    cs.showText("Certificate of attendance");
                    cs.setFont(plain, 22);
                    cs.newLineAtOffset(0, -70);
                    cs.showText("This certifies that " + name);
                    cs.newLineAtOffset(0, -36);
                    cs.showText("attended DemoCon 2026.");
                    cs.setFont(plain, 14);
                    cs.newLineAtOffset(0, -160);
                    cs.showText("Page " + (i + 1) + " of " + pages);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
