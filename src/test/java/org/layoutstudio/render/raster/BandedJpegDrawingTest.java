package org.layoutstudio.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A photo drawn band by band while it decodes has exactly the pixels of one drawing of the decoded photo. */
class BandedJpegDrawingTest {
    private static final int W = 2400;
    private static final int H = 1800;
    private static byte[] baseline;

    @BeforeAll
    static void photo() throws IOException {
        baseline = jpeg(photo(W, H), false);
    }

    @Test
    void bandsGiveThePixelsOfOneDrawing() throws IOException {
        AffineTransform page = AffineTransform.getScaleInstance(0.5, 0.5); // as a page scale: the photo at ~0.4 of its size
        assertSameAsOneDrawing(1, page, null);
        assertSameAsOneDrawing(2, page, null);
    }

    @Test
    void aPhotoReadAtHalfItsSizeIsAveragedNotPicked() throws IOException {
        // the whole photo averaged over 2 × 2 pixels is what half its size should show (mutool's way)
        BufferedImage whole = read(baseline, 1);
        BufferedImage scaled = JpegScaling.decode(baseline, 2, 3);
        BufferedImage picked = read(baseline, 2);
        assertEquals(W / 2, scaled.getWidth());
        assertEquals(H / 2, scaled.getHeight());
        double scaledOff = meanDifferenceFromAverage(whole, scaled);
        double pickedOff = meanDifferenceFromAverage(whole, picked);
        assertTrue(scaledOff < 1.5, "scaled in the DCT: " + scaledOff + " levels from the average");
        assertTrue(scaledOff < pickedOff / 2, "scaled " + scaledOff + " against every second pixel " + pickedOff);
    }

    @Test
    void aTurnedPhotoInAClipIsDrawnTheSame() throws IOException {
        AffineTransform turned = AffineTransform.getScaleInstance(0.5, 0.5);
        turned.rotate(Math.toRadians(30), 400, 300);
        assertSameAsOneDrawing(1, turned, null);
        assertSameAsOneDrawing(1, AffineTransform.getScaleInstance(0.5, 0.5), new Rectangle2D.Double(100.3, 150.7, 900.2, 700.6));
    }

    @Test
    void aClipOfAnotherShapeIsLeftToTheUsualWay() throws IOException {
        BufferedImage target = white(800, 600);
        Graphics2D g = prepared(target, AffineTransform.getScaleInstance(0.5, 0.5), new Ellipse2D.Double(60, 40, 500, 380));
        assertFalse(BandedJpegDrawing.draw(g, baseline, 1, 3, placement()), "bands would cut the ellipse's edge otherwise");
        g.dispose();
        assertTrue(allWhite(target));
    }

    @Test
    void progressivePhotosAreLeftToTheUsualWay() throws IOException {
        byte[] progressive = jpeg(photo(W, H), true);
        assertFalse(BandedJpegDrawing.isSequential(progressive));
        BufferedImage target = white(800, 600);
        Graphics2D g = target.createGraphics();
        assertFalse(BandedJpegDrawing.draw(g, progressive, 1, 3, placement()));
        g.dispose();
        assertTrue(allWhite(target), "nothing drawn");
    }

    @Test
    void smallPhotosAreLeftToTheUsualWay() throws IOException {
        BufferedImage target = white(800, 600);
        Graphics2D g = target.createGraphics();
        assertFalse(BandedJpegDrawing.draw(g, baseline, 4, 3, placement()), "600 × 450 read: below the million pixels");
        assertFalse(BandedJpegDrawing.draw(g, baseline, 1, 1, placement()), "a colour photo declared grey");
        g.dispose();
        assertTrue(allWhite(target));
    }

    @Test
    void onlySequentialFramesCount() {
        assertTrue(BandedJpegDrawing.isSequential(baseline));
        assertFalse(BandedJpegDrawing.isSequential(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertFalse(BandedJpegDrawing.isSequential("%PDF-1.7 not a photo".getBytes()));
        assertFalse(BandedJpegDrawing.isSequential(Arrays.copyOf(baseline, 40)), "cut before its frame");
    }

    @Test
    void anInterruptedDrawingStopsTheDecoder() {
        BufferedImage target = white(800, 600);
        Graphics2D g = target.createGraphics();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> BandedJpegDrawing.draw(g, baseline, 1, 3, placement()));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
            g.dispose();
        }
    }

    @Test
    void anInterruptedScaledDrawingStopsItsDecoderAndTheNextDrawsWhole() throws IOException {
        BufferedImage target = white(800, 600);
        Graphics2D g = target.createGraphics();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> BandedJpegDrawing.draw(g, baseline, 2, 3, placement()));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
            g.dispose();
        }
        for (int i = 0; i < 3; i++) { // on the decoder threads the stop left nothing behind
            assertSameAsOneDrawing(2, AffineTransform.getScaleInstance(0.5, 0.5), null);
        }
    }

    @Test
    void aPhotoCutShortEndsTheDrawing() throws IOException {
        byte[] cut = Arrays.copyOf(baseline, baseline.length / 3);
        BufferedImage target = white(800, 600);
        Graphics2D g = target.createGraphics();
        try {
            // Java's reader fills what is missing (as it does for the usual way) or gives up; either way it ends
            boolean drawn = BandedJpegDrawing.draw(g, cut, 1, 3, placement());
            assertTrue(drawn);
            assertFalse(allWhite(target));
        } catch (IOException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        } finally {
            g.dispose();
        }
    }

    /** Draws the photo both ways onto white and compares every pixel. */
    private static void assertSameAsOneDrawing(int subsampling, AffineTransform page, Shape clip) throws IOException {
        BufferedImage banded = white(800, 600);
        Graphics2D g = prepared(banded, page, clip);
        assertTrue(BandedJpegDrawing.draw(g, baseline, subsampling, 3, placement()));
        g.dispose();

        BufferedImage whole = white(800, 600);
        Graphics2D h = prepared(whole, page, clip);
        BufferedImage decoded = decode(baseline, subsampling);
        AffineTransform imageTransform = placement(); // as PDFBox's PageDrawer draws an image
        imageTransform.scale(1.0 / decoded.getWidth(), -1.0 / decoded.getHeight());
        imageTransform.translate(0, -decoded.getHeight());
        h.drawImage(decoded, imageTransform, null);
        h.dispose();

        assertFalse(allWhite(banded));
        assertAlike(pixels(whole), pixels(banded));
    }

    /**
     * Equal but for one level in a few pixels: Java2D steps through the image in fixed point from each
     * band's first row, so a sample now and then rounds the other way.
     */
    private static void assertAlike(int[] expected, int[] actual) {
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                int d = Math.abs((expected[i] >> shift & 0xFF) - (actual[i] >> shift & 0xFF));
                assertTrue(d <= 1, "pixel " + i + " differs by " + d);
            }
            differing += expected[i] != actual[i] ? 1 : 0;
        }
        assertTrue(differing < expected.length / 1000, differing + " pixels differ");
    }

    /** The unit square onto a 1,400 × 1,050 rectangle, its first row at the top (as a PDF page draws it). */
    private static AffineTransform placement() {
        AffineTransform at = AffineTransform.getTranslateInstance(50, 1100);
        at.scale(1400, -1050);
        return at;
    }

    private static Graphics2D prepared(BufferedImage target, AffineTransform page, Shape clip) {
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.transform(page);
        if (clip != null) {
            g.clip(clip);
        }
        return g;
    }

    /** The photo as the drawing decodes it: scaled in the DCT at ½ or less, else by Java's reader. */
    private static BufferedImage decode(byte[] jpeg, int subsampling) throws IOException {
        BufferedImage scaled = JpegScaling.decode(jpeg, subsampling, 3);
        return scaled != null ? scaled : read(jpeg, subsampling);
    }

    private static BufferedImage read(byte[] jpeg, int subsampling) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try {
            reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg)), true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    /** Mean difference per channel between {@code half} and {@code whole} averaged over 2 × 2 pixels. */
    private static double meanDifferenceFromAverage(BufferedImage whole, BufferedImage half) {
        long sum = 0;
        for (int y = 0; y < half.getHeight(); y++) {
            for (int x = 0; x < half.getWidth(); x++) {
                int p = half.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    int average = 0;
                    for (int i = 0; i < 4; i++) {
                        average += whole.getRGB(2 * x + i % 2, 2 * y + i / 2) >> shift & 0xFF;
                    }
                    sum += Math.abs((p >> shift & 0xFF) - Math.round(average / 4f));
                }
            }
        }
        return sum / (3.0 * half.getWidth() * half.getHeight());
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static boolean allWhite(BufferedImage img) {
        return Arrays.stream(pixels(img)).allMatch(p -> (p & 0xFFFFFF) == 0xFFFFFF);
    }

    /** The renderer test's photo: every row differs, so a band drawn too early shows. */
    private static BufferedImage photo(int w, int h) {
        return JpegDrawingRendererTest.photo(w, h, BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] jpeg(BufferedImage img, boolean progressive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        assertEquals(!progressive, BandedJpegDrawing.isSequential(out.toByteArray()));
        return out.toByteArray();
    }
}
