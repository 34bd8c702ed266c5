package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.text.FontCatalog;

/** The PDF shows exactly what pretix prints of elements with sizes of 0 or below, or on no page (layout.Printability). */
class PrintabilityRenderTest {
    private static final TicketRenderer RENDERER = new TicketRenderer(FontCatalog.builtInOnly());
    private static byte[] emptyA4;

    @BeforeAll
    static void background() throws Exception {
        try (InputStream in = PrintabilityRenderTest.class.getResourceAsStream("/backgrounds/libpretixprint-bg-a4-empty.pdf")) {
            emptyA4 = in.readAllBytes();
        }
    }

    private static BufferedImage print(String layout) throws Exception {
        return Raster.page(RENDERER.render(LayoutDocument.parse(layout), TicketValues.sample(), emptyA4), 0, 72);
    }

    private static String qr(String page, String left, String bottom, String size) {
        return "{\"type\":\"barcodearea\",\"page\":" + page + ",\"left\":\"" + left + "\",\"bottom\":\"" + bottom + "\",\"size\":\"" + size
                + "\",\"content\":\"secret\",\"nowhitespace\":true}";
    }

    private static int ink(BufferedImage img) {
        int n = 0;
        for (boolean[] row : Raster.ink(img)) {
            for (boolean b : row) {
                n += b ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aQrCodeOfNegativeSizeIsPrintedTurnedUpsideDownBelowAndLeftOfItsPosition() throws Exception {
        BufferedImage upright = print("[" + qr("1", "50", "50", "30") + "]");
        BufferedImage turned = print("[" + qr("1", "80", "80", "-30") + "]"); // the same square, 50..80 mm
        boolean[][] grid = QrCodes.modules(TicketValues.sample().barcodeFor(org.layoutstudio.layout.Element.parse(qr("1", "0", "0", "1"))), true);
        int n = grid.length;
        double left = Units.mmToPt(50);
        double top = Units.mmToPt(297) - Units.mmToPt(80); // the page is A4; 72 dpi: 1 px per pt, y down
        double module = Units.mmToPt(30) / n;
        int agree = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                boolean up = dark(upright, left + (c + 0.5) * module, top + (r + 0.5) * module);
                boolean down = dark(turned, left + (n - c - 0.5) * module, top + (n - r - 0.5) * module);
                agree += up == grid[r][c] && down == grid[r][c] ? 1 : 0;
            }
        }
        assertEquals(n * n, agree, "module (r, c) of the code is at (n-1-r, n-1-c) of the negative one");
        assertEquals(ink(upright), ink(turned), ink(upright) / 50.0, "and nothing else is printed");
    }

    private static boolean dark(BufferedImage img, double x, double y) {
        return (img.getRGB((int) x, (int) y) & 0xff) < 128;
    }

    @Test
    void whatPretixDoesNotPrintLeavesNoInk() throws Exception {
        assertEquals(0, ink(print("[" + qr("1", "50", "50", "0") + "]")), "size 0");
        assertEquals(0, ink(print("[" + qr("1.5", "50", "50", "30") + "]")), "pretix compares the page with 1, 2, …: 1.5 is never drawn");
        assertEquals(0, ink(print("[" + qr("2", "50", "50", "30") + "]")), "the background has one page");
        assertTrue(ink(print("[" + qr("1", "50", "50", "30") + "]")) > 1000);
    }

    @Test
    void anImageWithANegativeSideIsPrintedAsPretixsGreyBoxOnTheOtherSide() throws Exception {
        BufferedImage img = print("[{\"type\":\"imagearea\",\"left\":\"80\",\"bottom\":\"50\",\"width\":\"-30\",\"height\":\"20\",\"content\":\"\"}]");
        int y = img.getHeight() - (int) Math.round(Units.mmToPt(60));
        Color inside = new Color(img.getRGB((int) Math.round(Units.mmToPt(65)), y));
        Color outside = new Color(img.getRGB((int) Math.round(Units.mmToPt(95)), y));
        assertEquals(204, inside.getRed(), 2, "pretix's light grey (0.8) left of the position");
        assertEquals(255, outside.getRed(), "nothing right of it");
    }

    @Test
    void whatBreaksPretixsRendererGivesNoTicket() {
        RenderException logo = assertThrows(RenderException.class, () -> print(
                "[{\"type\":\"poweredby\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"0\",\"content\":\"dark\"}]"));
        assertEquals("Element 1 (pretix logo): pretix cannot scale the logo to a size of 0 or less and produces no ticket with this layout.",
                logo.getMessage());
        RenderException text = assertThrows(RenderException.class, () -> print(
                "[" + qr("1", "50", "50", "30") + ",{\"type\":\"textcontainer\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"-2\",\"height\":\"10\","
                        + "\"fontsize\":\"13.0\",\"content\":\"event_name\"}]"));
        assertTrue(text.getMessage().startsWith("Element 2 (Text box): pretix cannot wrap text into a width of 0 or less"), text.getMessage());
    }
}
