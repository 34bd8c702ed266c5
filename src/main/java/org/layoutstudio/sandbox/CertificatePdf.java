package org.layoutstudio.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.layoutstudio.render.text.OpenSans;

/** A one-page A4 certificate of attendance in Open Sans, naming the attendee and the event. */
final class CertificatePdf {
    private static final byte[] REGULAR_TTF = OpenSans.bytes(false, false);
    private static final byte[] BOLD_TTF = OpenSans.bytes(true, false);

    /** The words on the certificate, already in the attendee's language. */
    record Content(String heading, String intro, String attendee, String attended, String eventName, String dates,
                   String location, String organizer, String reference) {
    }

    private CertificatePdf() {
    }

    static byte[] render(Content c) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR_TTF), true);
            PDType0Font bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD_TTF), true);
            float w = page.getMediaBox().getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(2f);
                cs.setStrokingColor(0.2f, 0.3f, 0.55f);
                cs.addRect(36, 36, w - 72, page.getMediaBox().getHeight() - 72);
                cs.stroke();
                centered(cs, bold, 28, c.heading(), w, 680);
                centered(cs, regular, 14, c.intro(), w, 600);
                centered(cs, bold, 26, c.attendee(), w, 555);
                centered(cs, regular, 14, c.attended(), w, 510);
                centered(cs, bold, 20, c.eventName(), w, 470);
                centered(cs, regular, 14, c.dates(), w, 440);
                centered(cs, regular, 12, c.location(), w, 418);
                centered(cs, regular, 12, c.organizer(), w, 150);
                centered(cs, regular, 9, c.reference(), w, 60);
            }
            doc.getDocumentInformation().setTitle(c.heading() + " – " + c.attendee());
            doc.getDocumentInformation().setCreator("pretix sandbox (Layout Studio)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line centred; shrinks it to the page width; glyphs the font lacks become "?". */
    private static void centered(PDPageContentStream cs, PDType0Font font, float size, String text, float pageWidth, float y)
            throws IOException {
        String s = printable(font, text);
        float width = font.getStringWidth(s) / 1000f * size;
        float max = pageWidth - 120;
        if (width > max) {
            size = size * max / width;
            width = max;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset((pageWidth - width) / 2, y);
        cs.showText(s);
        cs.endText();
    }

    private static String printable(PDType0Font font, String text) {
        StringBuilder sb = new StringBuilder();
        text.replace('\n', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
