package org.layoutstudio.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;

/** Photo backgrounds read by Java's JPEG reader look as PDFBox draws them; other images keep PDFBox's path. */
class JpegDrawingRendererTest {

    @Test
    void aJpegPhotoPageLooksAsPdfBoxDrawsIt() throws Exception {
        byte[] pdf = page(doc -> JPEGFactory.createFromImage(doc, photo(1200, 1700, BufferedImage.TYPE_INT_RGB), 0.85f));
        double scale = 0.72; // every second pixel read, drawn at 0.7 of that size: the photo page at 150 dpi
        BufferedImage ours;
        try (BackgroundRaster raster = new BackgroundRaster(1, 64L * 1024 * 1024)) {
            ours = raster.render(pdf, 0, scale);
        }
        BufferedImage pdfBox;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer plain = new PDFRenderer(doc);
            plain.setSubsamplingAllowed(true);
            pdfBox = plain.renderImage(0, (float) scale, ImageType.RGB);
        }
        assertEquals(pdfBox.getWidth(), ours.getWidth());
        assertEquals(pdfBox.getHeight(), ours.getHeight());
        int[] differences = channelDifferences(pdfBox, ours);
        double mean = Arrays.stream(differences).average().orElseThrow();
        int p99 = differences[(int) (differences.length * 0.99)];
        assertTrue(mean < 1.5, "mean difference per channel " + mean);
        assertTrue(p99 <= 8, "99th percentile of the differences " + p99);
    }

    @Test
    void aTicketsTextIsDrawnAsWithItsUnicodeMapWhichIsNotRead() throws Exception {
        byte[] ticket = new TicketRenderer(FontCatalog.builtInOnly())
                .render(PretixDefaults.ticketLayout(), TicketValues.sample(), null);
        RenderingHintsOf hints = new RenderingHintsOf();
        BufferedImage ours;
        COSDictionary font;
        try (PDDocument doc = Loader.loadPDF(ticket)) {
            JpegDrawingRenderer renderer = new JpegDrawingRenderer(doc);
            hints.take(renderer);
            ours = renderer.renderImage(0, 1.5f, ImageType.RGB);
            font = fontOf(doc);
        }
        assertFalse(font.containsKey(COSName.TO_UNICODE), "the embedded font's map was not read");
        BufferedImage pdfBox;
        try (PDDocument doc = Loader.loadPDF(ticket)) {
            PDFRenderer plain = new PDFRenderer(doc); // the ticket has no JPEG: PDFBox's own drawing throughout
            hints.give(plain);
            pdfBox = plain.renderImage(0, 1.5f, ImageType.RGB);
            assertTrue(fontOf(doc).containsKey(COSName.TO_UNICODE));
        }
        int[] differences = channelDifferences(pdfBox, ours);
        assertEquals(0, differences[differences.length - 1], "every pixel as PDFBox draws the ticket with its map");
    }

    @Test
    void aFontThatIsNotEmbeddedKeepsItsUnicodeMap() {
        COSName name = COSName.getPDFName("F1");
        for (boolean embedded : new boolean[] {true, false}) {
            COSDictionary descriptor = new COSDictionary();
            if (embedded) {
                descriptor.setItem(COSName.FONT_FILE2, new COSStream());
            }
            COSDictionary descendant = new COSDictionary();
            descendant.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setItem(COSName.DESCENDANT_FONTS, new COSArray(List.of(descendant)));
            font.setItem(COSName.TO_UNICODE, new COSStream());
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(name, font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            JpegDrawingRenderer.dropTextMap(resources, name);
            assertEquals(!embedded, font.containsKey(COSName.TO_UNICODE),
                    embedded ? "an embedded font draws without its map" : "a font found through Unicode keeps its map");
        }
    }

    /** The rendering hints and subsampling of one renderer, to give another. */
    private static final class RenderingHintsOf {
        private RenderingHints hints;
        private boolean subsampling;

        void take(PDFRenderer r) {
            hints = r.getRenderingHints();
            subsampling = r.isSubsamplingAllowed();
        }

        void give(PDFRenderer r) {
            r.setRenderingHints(hints);
            r.setSubsamplingAllowed(subsampling);
        }
    }

    private static COSDictionary fontOf(PDDocument doc) throws java.io.IOException {
        PDResources resources = doc.getPage(0).getResources();
        return (COSDictionary) resources.getCOSObject().getCOSDictionary(COSName.FONT)
                .getDictionaryObject(resources.getFontNames().iterator().next());
    }

    @Test
    void onlyPlainJpegsTakeTheShortWay() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            assertTrue(JpegDrawingRenderer.isPlainJpeg(JPEGFactory.createFromImage(doc, photo(64, 48, BufferedImage.TYPE_INT_RGB))));
            assertTrue(JpegDrawingRenderer.isPlainJpeg(JPEGFactory.createFromImage(doc, photo(64, 48, BufferedImage.TYPE_BYTE_GRAY))));
            assertFalse(JpegDrawingRenderer.isPlainJpeg(JPEGFactory.createFromImage(doc, photo(64, 48, BufferedImage.TYPE_INT_ARGB))),
                    "a JPEG with a soft mask");
            assertFalse(JpegDrawingRenderer.isPlainJpeg(LosslessFactory.createFromImage(doc, photo(64, 48, BufferedImage.TYPE_INT_RGB))),
                    "not a JPEG");
        }
    }

    @Test
    void aPhotoIsDecodedOnceForItsDrawing() throws Exception {
        byte[] pdf = page(doc -> JPEGFactory.createFromImage(doc, photo(600, 850, BufferedImage.TYPE_INT_RGB), 0.85f));
        java.util.concurrent.atomic.AtomicInteger decodes = new java.util.concurrent.atomic.AtomicInteger();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer counting = new JpegDrawingRenderer(doc) {
                @Override
                protected org.apache.pdfbox.rendering.PageDrawer createPageDrawer(org.apache.pdfbox.rendering.PageDrawerParameters p)
                        throws java.io.IOException {
                    return new Drawer(p) {
                        @Override
                        org.apache.pdfbox.pdmodel.graphics.image.PDImage decoding(PDImageXObject image) {
                            return new DecodedImage(image, s -> {
                                decodes.incrementAndGet();
                                return image.getImage(null, s);
                            });
                        }
                    };
                }
            };
            counting.renderImage(0, 0.5f, ImageType.RGB);
        }
        assertEquals(1, decodes.get(), "PDFBox asks twice for the pixels of an image it draws; the photo is decoded once");
    }

    @Test
    void aLargePhotoIsDrawnWhileItDecodesAndLooksTheSame() throws Exception {
        byte[] pdf = page(doc -> JPEGFactory.createFromImage(doc, photo(1500, 2100, BufferedImage.TYPE_INT_RGB), 0.85f));
        float scale = 150f / 72; // read whole, drawn at 0.83 of its size
        int[] banded = new int[1];
        BufferedImage whileDecoding = render(pdf, scale, true, banded);
        assertEquals(1, banded[0], "the photo was drawn in bands");
        BufferedImage whole = render(pdf, scale, false, banded);
        assertEquals(0, banded[0]);
        int[] differences = channelDifferences(whole, whileDecoding);
        assertTrue(differences[differences.length - 1] <= 1, "largest difference " + differences[differences.length - 1]);
    }

    @Test
    void aHalfTransparentPhotoKeepsPdfBoxsWay() throws Exception {
        byte[] pdf = page(doc -> JPEGFactory.createFromImage(doc, photo(1500, 2100, BufferedImage.TYPE_INT_RGB), 0.85f), 0.5f);
        int[] banded = new int[1];
        BufferedImage img = render(pdf, 150f / 72, true, banded);
        assertEquals(0, banded[0], "constant alpha: drawn once, by PDFBox's rules");
        int centre = img.getRGB(img.getWidth() / 2, img.getHeight() / 2);
        assertTrue((centre & 0xFF) > 0x80, "half the white page shows through: " + Integer.toHexString(centre));
    }

    @Test
    void aPhotoInHiddenOptionalContentStaysHidden() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties layers =
                    new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
            org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup hidden =
                    new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup("hidden");
            layers.addGroup(hidden);
            layers.setGroupEnabled(hidden, false);
            doc.getDocumentCatalog().setOCProperties(layers);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginMarkedContent(COSName.OC, hidden);
                cs.drawImage(JPEGFactory.createFromImage(doc, photo(1500, 2100, BufferedImage.TYPE_INT_RGB), 0.85f), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                cs.endMarkedContent();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        int[] banded = new int[1];
        BufferedImage img = render(pdf, 150f / 72, true, banded);
        assertEquals(0, banded[0], "PDFBox decides what optional content shows");
        assertEquals(0xFFFFFF, img.getRGB(img.getWidth() / 2, img.getHeight() / 2) & 0xFFFFFF, "the hidden photo is not drawn");
    }

    /** The page drawn by the raster's renderer, with or without bands; {@code banded[0]} says how many images took them. */
    private static BufferedImage render(byte[] pdf, float scale, boolean bands, int[] banded) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            JpegDrawingRenderer.Drawer[] drawer = new JpegDrawingRenderer.Drawer[1];
            PDFRenderer renderer = new JpegDrawingRenderer(doc) {
                @Override
                protected org.apache.pdfbox.rendering.PageDrawer createPageDrawer(org.apache.pdfbox.rendering.PageDrawerParameters p)
                        throws java.io.IOException {
                    drawer[0] = new Drawer(p) {
                        @Override
                        boolean drawsPhotosWhileDecoding() {
                            return bands;
                        }
                    };
                    return drawer[0];
                }
            };
            BufferedImage img = renderer.renderImage(0, scale, ImageType.RGB);
            banded[0] = drawer[0].photosDrawnWhileDecoding();
            return img;
        }
    }

    private interface ImageMaker {
        PDImageXObject make(PDDocument doc) throws Exception;
    }

    /** An A4 page filled by one image. */
    private static byte[] page(ImageMaker image) throws Exception {
        return page(image, 1f);
    }

    /** An A4 page filled by one image drawn with a constant alpha. */
    private static byte[] page(ImageMaker image, float alpha) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (alpha < 1f) {
                    org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState gs =
                            new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
                    gs.setNonStrokingAlphaConstant(alpha);
                    cs.setGraphicsStateParameters(gs);
                }
                cs.drawImage(image.make(doc), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Smooth gradients with rings and some grain, like a photo; half transparent where the type has alpha. */
    static BufferedImage photo(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        java.util.Random grain = new java.util.Random(14);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ring = (int) (Math.hypot(x - w * 0.6, y - h * 0.4) / 25) % 2 == 0 ? 40 : 0;
                int r = Math.min(255, 60 + 160 * x / w + ring + grain.nextInt(12));
                int g = Math.min(255, 90 + 120 * y / h + grain.nextInt(12));
                int b = Math.min(255, Math.max(0, 180 - 100 * (x + y) / (w + h) + ring / 2 + grain.nextInt(12)));
                img.setRGB(x, y, (x < w / 2 ? 0x80 : 0xFF) << 24 | r << 16 | g << 8 | b);
            }
        }
        return img;
    }

    /** Every channel's absolute difference, sorted. */
    private static int[] channelDifferences(BufferedImage a, BufferedImage b) {
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        int[] d = new int[pa.length * 3];
        for (int i = 0; i < pa.length; i++) {
            for (int c = 0; c < 3; c++) {
                d[i * 3 + c] = Math.abs((pa[i] >> (8 * c) & 0xFF) - (pb[i] >> (8 * c) & 0xFF));
            }
        }
        Arrays.sort(d);
        return d;
    }
}
