package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.text.FontCatalog;

class TicketRendererTest {
    static final TicketRenderer RENDERER = new TicketRenderer(FontCatalog.builtInOnly());
    static final float DPI = 150;

    static LayoutDocument layout(String... elements) throws Exception {
        return LayoutDocument.parse("[" + String.join(",", elements) + "]");
    }

    static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    /** The pixel at a position in mm from the page's lower-left corner. */
    static Color at(BufferedImage img, double xMm, double yMm) {
        return new Color(img.getRGB(px(xMm), img.getHeight() - 1 - px(yMm)));
    }

    static String decode(BufferedImage img, double leftMm, double bottomMm, double sizeMm) throws Exception {
        int margin = px(6);
        int x = Math.max(0, px(leftMm) - margin);
        int y = Math.max(0, img.getHeight() - px(bottomMm + sizeMm) - margin);
        int s = px(sizeMm) + 2 * margin;
        BufferedImage sub = img.getSubimage(x, y, Math.min(s, img.getWidth() - x), Math.min(s, img.getHeight() - y));
        // a white frame gives gapless codes the quiet zone a reader needs
        BufferedImage framed = new BufferedImage(sub.getWidth() + 80, sub.getHeight() + 80, BufferedImage.TYPE_INT_RGB);
        var g = framed.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, framed.getWidth(), framed.getHeight());
        g.drawImage(sub, 40, 40, null);
        g.dispose();
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(framed))),
                Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }

    static Stream<Arguments> qrOptions() {
        String signed = "NoY+a0uDu1436Jba8PpV5slMJkCz1zH0R/2x+qIG+PLVCFJjlMwL/TPZhrmtfO/4RqbITBwprlG2l+Up7p8e8CAMAgyApCxbql2NxpWO0JVCKAEASAQA";
        return Stream.of(
                Arguments.of("secret", "", true, "[0,0,0,1]", "tdmruoekvkpbv1o2mv8xccvqcikvr58u"),
                Arguments.of("secret", "", false, "[0,0,0,1]", "tdmruoekvkpbv1o2mv8xccvqcikvr58u"),
                Arguments.of("secret", "", true, "[255,0,0,1]", "tdmruoekvkpbv1o2mv8xccvqcikvr58u"),
                Arguments.of("secret", "", false, "[128,0,128,1]", "tdmruoekvkpbv1o2mv8xccvqcikvr58u"),
                Arguments.of("other", "YES I AM A QR CODE", true, "[0,0,0,1]", "YES I AM A QR CODE"),
                Arguments.of("other", "Ticket {order}-{positionid} für {attendee_name}", false, "[0,0,0,1]", "Ticket A1B2C-1 für Dr John Doe"),
                Arguments.of("other", signed, true, "[0,0,0,1]", signed),
                Arguments.of("other", "L".repeat(60) + "x".repeat(100), true, "[0,0,90,1]", "L".repeat(60) + "x".repeat(100)),
                Arguments.of("order_positionid", "", false, "[0,0,0,1]", "A1B2C-1"),
                Arguments.of("pseudonymization_id", "", true, "[0,0,0,1]", "GG89JUJDTA"));
    }

    @ParameterizedTest
    @MethodSource("qrOptions")
    void everyQrOptionDecodesToItsContent(String content, String text, boolean noWhitespace, String color, String expected)
            throws Exception {
        LayoutDocument doc = layout("{\"type\":\"barcodearea\",\"left\":\"20\",\"bottom\":\"200\",\"size\":\"40\",\"content\":\""
                + content + "\",\"text\":\"" + text + "\",\"nowhitespace\":" + noWhitespace + ",\"color\":" + color + "}");
        byte[] pdf = RENDERER.render(doc, TicketValues.sample(), null);
        BufferedImage img = Raster.page(pdf, 0, DPI);
        assertEquals(expected, decode(img, 20, 200, 40));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String hidden = new PDFTextStripper().getText(d);
            assertTrue(hidden.contains("\"issuer\": \"\""), "pretix's invisible QR data: " + hidden);
        }
    }

    @Test
    void qrQuietZoneIsInsideTheSquare() throws Exception {
        String el = "{\"type\":\"barcodearea\",\"left\":\"20\",\"bottom\":\"200\",\"size\":\"40\",\"content\":\"secret\",\"nowhitespace\":%s}";
        BufferedImage gapless = Raster.page(RENDERER.render(layout(String.format(el, true)), TicketValues.sample(), null), 0, DPI);
        BufferedImage gapped = Raster.page(RENDERER.render(layout(String.format(el, false)), TicketValues.sample(), null), 0, DPI);
        assertTrue(at(gapless, 20.6, 239.4).getRed() < 80, "the finder pattern touches the top-left corner");
        assertTrue(at(gapped, 20.6, 239.4).getRed() > 200, "4 modules of white inside the square");
        double module = 40.0 / (33 + 8);
        assertTrue(at(gapped, 20 + 4 * module + 0.6, 240 - 4 * module - 0.6).getRed() < 80);
    }

    @Test
    void qrWithEmptyContentDrawsNothing() throws Exception {
        byte[] pdf = RENDERER.render(layout("{\"type\":\"barcodearea\",\"left\":\"20\",\"bottom\":\"200\",\"size\":\"40\","
                + "\"content\":\"other\",\"text\":\"  \"}"), TicketValues.sample(), null);
        assertTrue(Raster.ink(Raster.page(pdf, 0, 50)).length > 0);
        BufferedImage img = Raster.page(pdf, 0, DPI);
        assertTrue(at(img, 40, 220).getRed() > 200);
    }

    @ParameterizedTest
    @CsvSource({"dark, 20", "dark, 12", "unknown, 30"})
    void poweredByLogoHasHeightSizeAndTheLogosAspect(String style, double size) throws Exception {
        byte[] pdf = RENDERER.render(layout("{\"type\":\"poweredby\",\"left\":\"50\",\"bottom\":\"100\",\"size\":\"" + size
                + "\",\"content\":\"" + style + "\"}"), TicketValues.sample(), Pdfs4Test.background(1, 210, 297));
        BufferedImage img = Raster.page(pdf, 0, DPI);
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX > 0);
        double widthMm = (maxX - minX + 1) * 25.4 / DPI;
        double heightMm = (maxY - minY + 1) * 25.4 / DPI;
        assertEquals(size * 1024 / 630, widthMm, 1.0, "width by the logo's aspect");
        assertTrue(heightMm <= size + 0.5 && heightMm > size * 0.6, "height " + heightMm);
        assertEquals(50, minX * 25.4 / DPI, 0.5, "left edge at left");
    }

    @Test
    void imageAreaFitsAndCentresAnImageAndDrawsAGreyBoxOtherwise() throws Exception {
        BufferedImage red = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        var g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 100);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(red, "png", png);
        String el = "{\"type\":\"imagearea\",\"left\":\"20\",\"bottom\":\"100\",\"width\":\"60\",\"height\":\"60\",\"content\":\"question_photo\"}";
        TicketValues withImage = TicketValues.sample().withImage("question_photo", png.toByteArray());
        BufferedImage img = Raster.page(RENDERER.render(layout(el), withImage, null), 0, DPI);
        assertEquals(new Color(255, 0, 0), at(img, 50, 130), "centre");
        assertTrue(at(img, 50, 103).getGreen() > 200, "a 2:1 image fitted into a square leaves the bottom free");
        assertEquals(new Color(255, 0, 0), at(img, 21, 130), "full width");
        BufferedImage none = Raster.page(RENDERER.render(layout(el), TicketValues.sample(), null), 0, DPI);
        assertGrey(at(none, 50, 130));
        assertGrey(at(none, 21, 101));
        TicketValues notAnImage = TicketValues.sample().withImage("question_photo", "not an image".getBytes());
        assertGrey(at(Raster.page(RENDERER.render(layout(el), notAnImage, null), 0, DPI), 50, 130));
    }

    static void assertGrey(Color c) {
        assertEquals(204, c.getRed(), 2);
        assertEquals(204, c.getGreen(), 2);
        assertEquals(204, c.getBlue(), 2);
    }

    @ParameterizedTest
    @CsvSource({"textcontainer", "textarea"})
    void textElementsAreDrawnWithEmbeddedSubsetFonts(String type) throws Exception {
        String el = "{\"type\":\"" + type + "\",\"left\":\"20\",\"bottom\":\"250\",\"width\":\"100\",\"height\":\"20\","
                + "\"fontsize\":\"20\",\"fontfamily\":\"Open Sans\",\"bold\":true,\"italic\":false,\"align\":\"left\","
                + "\"content\":\"event_name\",\"color\":[0,0,255,1]}";
        String json = type.equals("textarea") ? el.replace("\"height\":\"20\",", "") : el;
        byte[] pdf = RENDERER.render(layout(json), TicketValues.sample(), null);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(d).contains("Sample event name"));
            PDPage p = d.getPage(0);
            boolean embedded = false;
            for (COSName n : p.getResources().getFontNames()) {
                var f = p.getResources().getFont(n);
                embedded |= f.getName().contains("+OpenSans-Bold") && f.isEmbedded();
            }
            assertTrue(embedded, "Open Sans Bold embedded as a subset");
        }
        BufferedImage img = Raster.page(pdf, 0, DPI);
        boolean blue = false;
        for (double x = 20; x < 60 && !blue; x += 0.2) {
            for (double y = 245; y < 275 && !blue; y += 0.2) {
                Color c = at(img, x, y);
                blue = c.getBlue() > 200 && c.getRed() < 80;
            }
        }
        assertTrue(blue, "blue text ink near the element");
    }

    @Test
    void unknownElementTypesAreIgnoredAndPagesFilterElements() throws Exception {
        byte[] bg = Pdfs4Test.background(2, 100, 50);
        LayoutDocument doc = layout(
                "{\"type\":\"hologram\",\"left\":\"0\",\"bottom\":\"0\"}",
                "{\"type\":\"textcontainer\",\"page\":1,\"left\":\"5\",\"bottom\":\"20\",\"width\":\"90\",\"height\":\"20\",\"fontsize\":\"12\",\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"align\":\"left\",\"content\":\"other\",\"text\":\"first page\"}",
                "{\"type\":\"textcontainer\",\"page\":2,\"left\":\"5\",\"bottom\":\"20\",\"width\":\"90\",\"height\":\"20\",\"fontsize\":\"12\",\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"align\":\"left\",\"content\":\"other\",\"text\":\"second page\"}",
                "{\"type\":\"textcontainer\",\"page\":3,\"left\":\"5\",\"bottom\":\"20\",\"width\":\"90\",\"height\":\"20\",\"fontsize\":\"12\",\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"align\":\"left\",\"content\":\"other\",\"text\":\"no such page\"}");
        byte[] pdf = RENDERER.render(doc, List.of(TicketValues.sample(), TicketValues.sample(), TicketValues.sample()), bg);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(6, d.getNumberOfPages(), "one page per background page per ticket");
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            assertEquals("first page", s.getText(d).strip());
            s.setStartPage(2);
            s.setEndPage(2);
            assertEquals("second page", s.getText(d).strip());
            s.setStartPage(1);
            s.setEndPage(6);
            assertFalse(s.getText(d).contains("no such page"));
            assertEquals(Units.mmToPt(100), d.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals("Ticket", d.getDocumentInformation().getTitle());
            assertTrue(d.getDocumentInformation().getCreator().contains("Layout Studio"));
            // the background is imported once and reused by every ticket
            var form0 = d.getPage(0).getResources().getXObjectNames().iterator().next();
            var a = d.getPage(0).getResources().getXObject(form0).getCOSObject();
            var b = d.getPage(2).getResources().getXObject(d.getPage(2).getResources().getXObjectNames().iterator().next()).getCOSObject();
            assertTrue(a == b, "same background XObject on every ticket");
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "90", "180", "270"})
    void pageSizeAndBackgroundFollowMediaBoxOriginAndRotate(int rotate) throws Exception {
        byte[] bg = Pdfs4Test.rotated(rotate, 100, 50, 300, 200);
        byte[] pdf = RENDERER.render(layout(), TicketValues.sample(), bg);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var box = d.getPage(0).getMediaBox();
            boolean turned = rotate == 90 || rotate == 270;
            assertEquals(turned ? 200 : 300, box.getWidth(), 0.01);
            assertEquals(turned ? 300 : 200, box.getHeight(), 0.01);
            assertEquals(0, box.getLowerLeftX(), 0.01);
        }
        // the green mark sits where a viewer shows it on the background itself
        BufferedImage ours = Raster.page(pdf, 0, 72);
        BufferedImage theirs = Raster.page(bg, 0, 72);
        assertEquals(theirs.getWidth(), ours.getWidth());
        assertEquals(theirs.getHeight(), ours.getHeight());
        double same = Raster.iou(green(ours), green(theirs), 1);
        assertTrue(same > 0.9, "background placed as shown: " + same);
    }

    static boolean[][] green(BufferedImage img) {
        boolean[][] m = new boolean[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                m[y][x] = c.getGreen() > 150 && c.getRed() < 100;
            }
        }
        return m;
    }

    @Test
    void defaultTicketWithSampleValues() throws Exception {
        byte[] pdf = RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), null);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Sample event name"), text);
            assertTrue(text.contains("A1B2C"), text);
        }
    }
}
