package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;

/**
 * The streaming writer gives the same pages as the renderer's own document, in the same order,
 * and copies cost a page entry each instead of a rendered page.
 */
class TicketStreamTest {
    private static final TicketStream STREAM = new TicketStream(TicketRendererTest.RENDERER);
    private static final String NAME = "{\"type\":\"textcontainer\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"250.00\","
            + "\"width\":\"150.00\",\"height\":\"20.00\",\"content\":\"attendee_name\",\"text\":\"\",\"fontsize\":\"20.0\","
            + "\"lineheight\":\"1.0\",\"color\":[0,0,0,1],\"fontfamily\":\"Open Sans\",\"bold\":true,\"italic\":false,"
            + "\"align\":\"left\",\"verticalalign\":\"top\",\"autoresize\":false,\"splitlongwords\":true,\"rotation\":0}";
    private static final String QR = "{\"type\":\"barcodearea\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"180.00\","
            + "\"size\":\"40.00\",\"content\":\"secret\"}";

    private static List<TicketValues> tickets(String... names) {
        List<TicketValues> out = new ArrayList<>();
        for (String n : names) {
            out.add(TicketValues.of(Map.of("attendee_name", n), "secret-of-" + n, "en"));
        }
        return out;
    }

    private static List<String> texts(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc).strip().lines().findFirst().orElse(""));
            }
        }
        return out;
    }

    @Test
    void theStreamedPdfHasTheRenderersPagesInOrderWithTheirCopies() throws Exception {
        LayoutDocument layout = TicketRendererTest.layout(NAME, QR);
        List<TicketValues> tickets = tickets("Ada Lovelace", "Grace Hopper", "Alan Turing");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();

        long pages = STREAM.write(layout, tickets, 2, null, out, (done, total) -> progress.add(done));

        assertEquals(6, pages);
        assertEquals(List.of("Ada Lovelace", "Ada Lovelace", "Grace Hopper", "Grace Hopper", "Alan Turing", "Alan Turing"),
                texts(out.toByteArray()));
        assertEquals(6L, progress.get(progress.size() - 1));
        byte[] direct = TicketRendererTest.RENDERER.render(layout, tickets, null);
        for (int p = 0; p < 3; p++) {
            BufferedImage expected = Raster.page(direct, p, 50);
            BufferedImage streamed = Raster.page(out.toByteArray(), 2 * p + 1, 50);
            assertArrayEquals(expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth()),
                    streamed.getRGB(0, 0, streamed.getWidth(), streamed.getHeight(), null, 0, streamed.getWidth()),
                    "page " + (p + 1) + " looks exactly like the renderer's");
        }
    }

    @Test
    void moreTicketsThanOneBatchOnATwoPageBackgroundKeepTheirOrderAndShareTheBackground() throws Exception {
        String[] names = new String[TicketStream.TICKETS_PER_BATCH + 3];
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = "Person " + i;
            expected.add(names[i]);
            expected.add("Page two");
        }
        String second = NAME.replace("\"page\":1", "\"page\":2").replace("\"content\":\"attendee_name\",\"text\":\"\"",
                "\"content\":\"other\",\"text\":\"Page two\"");
        byte[] background = twoPages();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long pages = STREAM.write(TicketRendererTest.layout(NAME, second), tickets(names), 1, background, out, (d, t) -> { });
        assertEquals(2L * names.length, pages);
        assertEquals(expected, texts(out.toByteArray()));
        String written = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(1, written.split("/Subtype /Image", -1).length - 1,
                "the background's image is written once, not once per batch");
    }

    /** A background of two pages that show the same image. */
    private static byte[] twoPages() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            BufferedImage noise = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
            java.util.Random r = new java.util.Random(1);
            for (int y = 0; y < 300; y++) {
                for (int x = 0; x < 300; x++) {
                    noise.setRGB(x, y, 0xE0E0E0 | r.nextInt(0x1F1F1F));
                }
            }
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, noise);
            for (int p = 0; p < 2; p++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                doc.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, 100, 100);
                }
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void copiesShareTheirContentSoAHundredThousandAreSmall() throws Exception {
        CountingSink sink = new CountingSink();
        long pages = STREAM.write(TicketRendererTest.layout(NAME, QR), tickets("Ada"), RenderLimits.MAX_COPIES, null, sink, (d, t) -> { });
        assertEquals(RenderLimits.MAX_COPIES, pages);
        assertTrue(sink.count < 250L * RenderLimits.MAX_COPIES, sink.count + " bytes: a page entry per copy, not a page");
    }

    @Test
    void limitsAreRefusedBeforeAnythingIsWritten() throws Exception {
        CountingSink sink = new CountingSink();
        LayoutDocument layout = TicketRendererTest.layout(NAME);
        assertEquals("--copies must be between 1 and 100,000, not 100001.", assertThrows(RenderException.class,
                () -> STREAM.write(layout, tickets("Ada"), RenderLimits.MAX_COPIES + 1, null, sink, (d, t) -> { })).getMessage());
        LayoutDocument infinite = TicketRendererTest.layout(NAME.replace("\"left\":\"20.00\"", "\"left\":1e400"));
        assertEquals("element 1 (textcontainer): \"left\" is 1e400, which no ticket can use; it must be a number between"
                + " -10000 and 10000 mm.", assertThrows(RenderException.class,
                () -> STREAM.write(infinite, tickets("Ada"), 1, null, sink, (d, t) -> { })).getMessage());
        String huge = "x".repeat(30_000);
        assertEquals("ticket 2, element 1 (textcontainer): the text with this ticket's values has 30,000 characters;"
                + " Layout Studio renders at most 20,000 per text.", assertThrows(RenderException.class,
                () -> STREAM.write(layout, tickets("Ada", huge), 1, null, sink, (d, t) -> { })).getMessage());
        assertEquals(0, sink.count);
        assertTrue(PretixDefaults.ticketBackgroundPdf().length > 0);
    }

    /** Counts bytes and keeps none: the size of a large output without holding it. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
