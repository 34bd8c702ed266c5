package org.layoutstudio.editor.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.Pdfs4Test;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;

/** The preview draws only the elements over a ready background raster: its pixels are the full raster's, exactly. */
class TicketPreviewRendererTest {
    private final TicketPreviewRenderer renderer = new TicketPreviewRenderer(new TicketRenderer(FontCatalog.builtInOnly()));

    @Test
    void theDefaultTicketIsPixelForPixelTheFullRasterAtEveryScaleAndAfterAnEdit() throws Exception {
        LayoutDocument layout = PretixDefaults.ticketLayout(); // texts, QR code, the logo
        byte[] background = PretixDefaults.ticketBackgroundPdf();
        for (double scale : new double[] {0.75, 1.0, 1.25, 2.0}) {
            assertSamePixels(layout, background, 0, scale);
        }
        LayoutDocument nudged = layout.copy();
        nudged.replace(nudged.get(4).withLeft(nudged.get(4).left() + 0.1));
        assertSamePixels(nudged, background, 0, 1.25); // the background's raster is reused
    }

    @Test
    void aPhotoOnATurnedOffsetPageAndTheSecondPageOfABackgroundToo() throws Exception {
        assertSamePixels(PretixDefaults.ticketLayout(), photoOnTurnedPage(), 0, 1.5);
        LayoutDocument onPage2 = PretixDefaults.ticketLayout();
        for (int i = 0; i < onPage2.size(); i++) {
            onPage2.replace(onPage2.get(i).withPage(2));
        }
        assertSamePixels(onPage2, Pdfs4Test.background(2, 210, 297), 1, 1.0);
    }

    @Test
    void theLogoIsDecodedOnceForAllEdits() throws Exception {
        LayoutDocument layout = PretixDefaults.ticketLayout();
        renderer.preview(layout, null, null, 0, 1.0);
        assertEquals(1, renderer.imageDecodes(), "pretix's logo, the ticket's one image");
        for (int i = 1; i <= 3; i++) {
            layout.replace(layout.get(4).withLeft(layout.get(4).left() + 0.1));
            renderer.preview(layout, null, null, 0, 1.0);
        }
        assertEquals(1, renderer.imageDecodes(), "three more edits, the logo kept");
    }

    private void assertSamePixels(LayoutDocument layout, byte[] background, int page, double scale) throws Exception {
        PreviewRenderer.Preview preview = renderer.preview(layout, null, background, page, scale);
        BufferedImage full = renderer.rasterize(renderer.render(layout, null, background), page, scale);
        BufferedImage ofItsPdf = renderer.rasterize(preview.pdf(), page, scale);
        assertEquals(full.getWidth(), preview.page().getWidth());
        assertEquals(full.getHeight(), preview.page().getHeight());
        assertArrayEquals(pixels(full), pixels(preview.page()), "scale " + scale + ", page " + (page + 1));
        assertArrayEquals(pixels(full), pixels(ofItsPdf), "the preview's PDF is the whole ticket");
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** A landscape MediaBox away from the origin, shown turned by /Rotate 90, filled by a picture with fine detail. */
    private static byte[] photoOnTurnedPage() throws Exception {
        BufferedImage photo = new BufferedImage(600, 420, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, new Color((x * 7) % 256, (y * 5) % 256, ((x ^ y) * 3) % 256).getRGB());
            }
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(30, 40, 842, 595));
            page.setRotation(90);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, photo), 30, 40, 842, 595);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
