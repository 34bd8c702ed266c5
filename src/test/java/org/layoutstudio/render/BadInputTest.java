package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.raster.PdfInfo;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.FontException;

/** Bad backgrounds, images and fonts: a clear sentence or pretix's fallback, bounded memory, nothing hangs. */
class BadInputTest {
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final TicketRenderer RENDERER = new TicketRenderer(FontCatalog.builtInOnly());

    private static String renderError(byte[] background) {
        RenderException e = assertThrows(RenderException.class,
                () -> RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), background));
        return e.getMessage();
    }

    private static String rasterError(byte[] pdf, double scale) {
        try (BackgroundRaster raster = new BackgroundRaster()) {
            return assertThrows(RenderException.class, () -> raster.render(pdf, 0, scale)).getMessage();
        }
    }

    @Test
    void corruptBackground() {
        assertTimeoutPreemptively(GUARD, () -> {
            byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage".getBytes(StandardCharsets.US_ASCII);
            assertTrue(renderError(corrupt).startsWith("The background"), renderError(corrupt));
            byte[] notPdf = "hello, I am a text file".getBytes(StandardCharsets.US_ASCII);
            assertTrue(renderError(notPdf).contains("not a readable PDF"));
            assertTrue(rasterError(notPdf, 1).contains("not a readable PDF"));
            byte[] truncated = java.util.Arrays.copyOf(PretixDefaults.ticketBackgroundPdf(), 400);
            assertTrue(renderError(truncated).startsWith("The background"));
        });
    }

    @Test
    void encryptedBackground() {
        assertTimeoutPreemptively(GUARD, () -> {
            byte[] pdf = Pdfs4Test.encrypted();
            String msg = renderError(pdf);
            assertTrue(msg.contains("password") || msg.contains("encrypted"), msg);
            assertTrue(rasterError(pdf, 1).contains("password"));
        });
    }

    @Test
    void emptyBackground() {
        assertEquals("The background PDF is empty.", renderError(new byte[0]));
        assertEquals("The background PDF is empty.", rasterError(new byte[0], 1));
    }

    @Test
    void thousandPageBackground() {
        assertTimeoutPreemptively(GUARD, () -> {
            byte[] bg = Pdfs4Test.background(1000, 210, 297);
            assertEquals(1000, PdfInfo.read(bg).pageCount());
            byte[] pdf = RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), bg);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                assertEquals(1000, d.getNumberOfPages(), "one page per background page");
            }
            try (BackgroundRaster raster = new BackgroundRaster()) {
                BufferedImage last = raster.render(bg, 999, 0.5);
                assertEquals(Math.round(595.2756 * 0.5), last.getWidth(), 1);
                assertTrue(assertThrows(RenderException.class, () -> raster.render(bg, 1000, 1)).getMessage().contains("no page 1001"));
            }
        });
    }

    @Test
    void hugeBackground() {
        assertTimeoutPreemptively(GUARD, () -> {
            byte[] bg = Pdfs4Test.background(1, 20_000, 20_000);
            PdfInfo info = PdfInfo.read(bg);
            assertEquals(20_000, info.widthMm(), 0.01);
            byte[] pdf = RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), bg);
            assertTrue(pdf.length > 1000);
            String msg = rasterError(bg, 1);
            assertTrue(msg.contains("too large to draw at this zoom"), msg);
            try (BackgroundRaster raster = new BackgroundRaster()) {
                BufferedImage small = raster.render(bg, 0, 0.01);
                assertEquals(567, small.getWidth(), 1);
            }
        });
    }

    @Test
    void fontFileThatIsNotAFont(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("Fancy.ttf");
        Files.writeString(fake, "this is not a font");
        FontException e = assertThrows(FontException.class, () -> FontCatalog.builtInOnly().addFile(fake));
        assertTrue(e.getMessage().contains("Fancy.ttf is not a TrueType font file"), e.getMessage());
        Path missing = dir.resolve("Missing.ttf");
        assertTrue(assertThrows(FontException.class, () -> FontCatalog.builtInOnly().addFile(missing)).getMessage().contains("does not exist"));
    }

    @Test
    void layoutNamingAnUnknownFontRendersInOpenSans() throws Exception {
        LayoutDocument doc = LayoutDocument.parse("[{\"type\":\"textcontainer\",\"left\":\"10\",\"bottom\":\"250\",\"width\":\"100\","
                + "\"height\":\"20\",\"fontsize\":\"20\",\"fontfamily\":\"Comic Sans Deluxe\",\"bold\":false,\"italic\":false,"
                + "\"align\":\"left\",\"content\":\"other\",\"text\":\"Fallback\"}]");
        byte[] pdf = RENDERER.render(doc, TicketValues.sample(), null);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var res = d.getPage(0).getResources();
            boolean openSans = false;
            for (var n : res.getFontNames()) {
                openSans |= res.getFont(n).getName().contains("OpenSans");
            }
            assertTrue(openSans);
        }
    }

    @Test
    void imageBombIsRefusedWithAGreyBox() throws Exception {
        // a PNG header that claims 100000 × 100000 pixels
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        java.nio.ByteBuffer.wrap(bytes, 16, 8).putInt(100_000).putInt(100_000);
        LayoutDocument doc = LayoutDocument.parse("[{\"type\":\"imagearea\",\"left\":\"20\",\"bottom\":\"100\",\"width\":\"60\","
                + "\"height\":\"60\",\"content\":\"photo\"}]");
        assertTimeoutPreemptively(GUARD, () -> {
            byte[] pdf = RENDERER.render(doc, TicketValues.sample().withImage("photo", bytes), null);
            BufferedImage img = Raster.page(pdf, 0, 72);
            int rgb = img.getRGB((int) (50 / 25.4 * 72), img.getHeight() - (int) (130 / 25.4 * 72)) & 0xff;
            assertEquals(204, rgb, 2);
        });
    }
}
