package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.PageGeometry;

class BackgroundPagesTest {
    @TempDir
    Path dir;

    @Test
    void pretixsDefaultTicketIsOneA4Page() throws Exception {
        PageGeometry g = BackgroundPages.read(Path.of("src/test/resources/backgrounds/pretix-ticket_default_a4.pdf"));
        assertEquals(210, g.widthMm(), 0.5);
        assertEquals(297, g.heightMm(), 0.5);
        assertEquals(1, g.pageCount());
    }

    @Test
    void aRotatedFirstPageIsTurned() throws Exception {
        Path pdf = dir.resolve("rotated.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            doc.addPage(page);
            doc.addPage(new PDPage(PDRectangle.A6));
            doc.addPage(new PDPage(PDRectangle.A6));
            doc.save(pdf.toFile());
        }
        PageGeometry g = BackgroundPages.read(pdf);
        assertEquals(297, g.widthMm(), 0.5);
        assertEquals(210, g.heightMm(), 0.5);
        assertEquals(3, g.pageCount(), "every page counts; all are sized like the first");
    }

    @Test
    void garbageIsRefusedWithASentence() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        Files.write(pdf, new byte[] {1, 2, 3});
        BackgroundPages.UnreadableBackground e = assertThrows(BackgroundPages.UnreadableBackground.class, () -> BackgroundPages.read(pdf));
        assertTrue(e.getMessage().startsWith("The background " + pdf + " is not a readable PDF ("), e.getMessage());
        assertTrue(e.getMessage().endsWith(")."), e.getMessage());
    }
}
