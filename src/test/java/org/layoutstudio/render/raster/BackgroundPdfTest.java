package org.layoutstudio.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;

class BackgroundPdfTest {
    @TempDir
    Path dir;

    @Test
    void pretixsDefaultTicketIsOneA4Page() throws Exception {
        PageGeometry g = BackgroundPdf.read(Path.of("src/test/resources/backgrounds/pretix-ticket_default_a4.pdf"));
        assertEquals(210, g.widthMm(), 0.5);
        assertEquals(297, g.heightMm(), 0.5);
        assertEquals(1, g.pageCount());
    }

    @Test
    void aRotatedFirstPageIsTurnedAndEveryPageCounts() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            doc.addPage(page);
            doc.addPage(new PDPage(PDRectangle.A6));
            doc.addPage(new PDPage(PDRectangle.A6));
            pdf = save(doc);
        }
        PageGeometry g = BackgroundPdf.read(pdf);
        assertEquals(297, g.widthMm(), 0.5);
        assertEquals(210, g.heightMm(), 0.5);
        assertEquals(3, g.pageCount(), "every page counts; all are sized like the first");
    }

    @Test
    void filesThatCannotBeUsedAreRefusedWithASentence() throws Exception {
        Path garbage = dir.resolve("x.pdf");
        Files.write(garbage, new byte[] {1, 2, 3});
        RenderException e = assertThrows(RenderException.class, () -> BackgroundPdf.read(garbage));
        assertTrue(e.getMessage().startsWith("The background " + garbage + " is not a readable PDF ("), e.getMessage());
        assertTrue(e.getMessage().endsWith(")."), e.getMessage());
        Path none = dir.resolve("none.pdf");
        assertEquals("There is no background file " + none + ".", assertThrows(RenderException.class, () -> BackgroundPdf.read(none)).getMessage());
    }

    @Test
    void blankPagesHaveTheirSizeWithinTheLimit() throws Exception {
        PageGeometry g = BackgroundPdf.read(BackgroundPdf.blank(82, 203));
        assertEquals(82, g.widthMm(), 0.01);
        assertEquals(203, g.heightMm(), 0.01);
        assertThrows(IllegalArgumentException.class, () -> BackgroundPdf.blank(0, 10));
        assertThrows(IllegalArgumentException.class, () -> BackgroundPdf.blank(10, BackgroundPdf.MAX_BLANK_MM + 1));
    }

    /**
     * A MediaBox away from the origin, a smaller CropBox and /Rotate: the page is the MediaBox, the
     * background shows only inside the CropBox, and the canvas's raster shows the page exactly as
     * the printed ticket does.
     */
    @ParameterizedTest
    @CsvSource({"0", "90"})
    void theCanvasRasterShowsThePageAsTheTicketPrintsIt(int rotate) throws Exception {
        byte[] bg = croppedBackground(rotate);
        PageGeometry g = BackgroundPdf.read(bg);
        boolean turned = rotate == 90;
        assertEquals(turned ? 200 : 300, g.widthPt(), 0.01);
        assertEquals(turned ? 300 : 200, g.heightPt(), 0.01);

        byte[] ticket = new TicketRenderer(FontCatalog.builtInOnly()).render(new LayoutDocument(), TicketValues.sample(), bg);
        try (BackgroundRaster raster = new BackgroundRaster(1, 16L * 1024 * 1024)) {
            BufferedImage canvas = raster.render(bg, 0, 1);
            BufferedImage printed = raster.render(ticket, 0, 1);
            assertEquals(printed.getWidth(), canvas.getWidth());
            assertEquals(printed.getHeight(), canvas.getHeight());
            assertEquals(Math.round(g.widthPt()), canvas.getWidth());
            int[] same = new int[1];
            int[] blue = new int[1];
            int[] red = new int[1];
            for (int y = 0; y < canvas.getHeight(); y++) {
                for (int x = 0; x < canvas.getWidth(); x++) {
                    Color a = new Color(canvas.getRGB(x, y));
                    Color b = new Color(printed.getRGB(x, y));
                    same[0] += distance(a, b) < 60 ? 1 : 0;
                    blue[0] += isBlue(a) ? 1 : 0;
                    red[0] += a.getRed() > 200 && a.getGreen() < 80 ? 1 : 0;
                }
            }
            double agreement = same[0] / (double) (canvas.getWidth() * canvas.getHeight());
            assertTrue(agreement > 0.99, "canvas raster and printed ticket agree: " + agreement);
            assertEquals(200 * 140, blue[0], 1000, "the CropBox's content is shown, nothing outside it");
            assertEquals(0, red[0], "the mark outside the CropBox is clipped, as pretix clips it");
        }
    }

    /** MediaBox [100 50 400 250], CropBox [150 80 350 220] painted blue, a red mark outside the CropBox. */
    private static byte[] croppedBackground(int rotate) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(new PDRectangle(100, 50, 300, 200));
            p.setCropBox(new PDRectangle(150, 80, 200, 140));
            p.setRotation(rotate);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.setNonStrokingColor(0.2f, 0.4f, 1f);
                cs.addRect(100, 50, 300, 200);
                cs.fill();
                cs.setNonStrokingColor(1f, 0f, 0f);
                cs.addRect(105, 55, 30, 20);
                cs.fill();
            }
            return save(doc);
        }
    }

    private static boolean isBlue(Color c) {
        return c.getBlue() > 200 && c.getRed() < 120;
    }

    private static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    private static byte[] save(PDDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
