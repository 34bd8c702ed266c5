package org.layoutstudio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.layoutstudio.layout.Units;

/** Test helper: background PDFs made on the spot. */
public final class Pdfs4Test {
    private Pdfs4Test() {
    }

    /** {@code pages} pages of {@code wMm × hMm}, each with a small grey square in its lower-left corner. */
    public static byte[] background(int pages, double wMm, double hMm) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage(new PDRectangle((float) Units.mmToPt(wMm), (float) Units.mmToPt(hMm)));
                doc.addPage(p);
            }
            return save(doc);
        }
    }

    /** One page with a MediaBox not at the origin and /Rotate; a green square marks the MediaBox's lower-left corner. */
    public static byte[] rotated(int rotate, float x0, float y0, float w, float h) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(new PDRectangle(x0, y0, w, h));
            p.setRotation(rotate);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.setNonStrokingColor(0f, 0.8f, 0f);
                cs.addRect(x0, y0, 20, 20);
                cs.fill();
            }
            return save(doc);
        }
    }

    public static byte[] encrypted() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
