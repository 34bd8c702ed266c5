package org.layoutstudio.render.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scaled decoder against Java's own JPEG reader (libjpeg): at full size the same pixels where
 * both do the same (4:4:4, gray: integer IDCT and colour conversion bit for bit), scaled the reader's
 * full decode box-averaged, and libjpeg's ways with broken data.
 */
class ScaledJpegDecoderTest {
    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";
    private static final int W = 333;
    private static final int H = 217;
    private static final int[] SCALES = {1, 2, 4, 8};

    /** Luma sampling factors (chroma 1 × 1) by name. */
    private enum Layout {
        S444(1, 1), S422(2, 1), S420(2, 2), S440(1, 2), S411(4, 1);

        final int h;
        final int v;

        Layout(int h, int v) {
            this.h = h;
            this.v = v;
        }
    }

    private static BufferedImage picture;
    private static BufferedImage grayPicture;

    @BeforeAll
    static void pictures() {
        picture = picture(W, H, 7);
        grayPicture = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        grayPicture.getGraphics().drawImage(picture, 0, 0, null);
    }

    @Test
    void scaledSizeRoundsUpAsLibjpeg() {
        assertEquals(167, ScaledJpegDecoder.scaledSize(333, 2));
        assertEquals(42, ScaledJpegDecoder.scaledSize(333, 8));
        assertEquals(1, ScaledJpegDecoder.scaledSize(1, 8));
        assertEquals(4, ScaledJpegDecoder.scaledSize(32, 8));
        assertEquals(8192, ScaledJpegDecoder.scaledSize(65535, 8));
    }

    @Test
    void fullSizeHasImageIosExactPixelsWhereNothingIsUpsampled() throws IOException {
        for (byte[] jpeg : List.of(jpeg(picture, Layout.S444, 0), jpeg(picture, Layout.S444, 7), jpeg(grayPicture, Layout.S444, 0),
                jpeg(picture(17, 9, 3), Layout.S444, 0), jpeg(picture(1, 1, 3), Layout.S444, 0))) {
            assertArrayEquals(imageIo(jpeg), pixels(decode(jpeg, 1)));
        }
    }

    /**
     * Measured at 333 × 217, quality 0.9: mean differences per channel up to 1.37 (4:2:0 at ½; 0.2
     * to 0.5 for the smooth gradients alone, the rest is grain that a box keeps and the DCT's band
     * limit does not), the biggest 54 (4:2:0 at ½, at the red disc's edge); bounds a little above.
     */
    @Test
    void everyLayoutAtEveryScaleIsImageIosDecodeBoxAveraged() throws IOException {
        for (Layout layout : Layout.values()) {
            byte[] jpeg = jpeg(picture, layout, 0);
            int[] full = imageIo(jpeg);
            for (int scale : SCALES) {
                if (scale == 1 && layout != Layout.S444) {
                    continue; // ImageIO's triangle upsampling; below
                }
                BufferedImage ours = decode(jpeg, scale);
                assertEquals(ScaledJpegDecoder.scaledSize(W, scale), ours.getWidth());
                assertEquals(ScaledJpegDecoder.scaledSize(H, scale), ours.getHeight());
                assertClose(layout + " at 1/" + scale, boxAverage(full, W, H, scale), pixels(ours), 1.5, 60);
            }
        }
    }

    /**
     * Replicated chroma against libjpeg's triangle filter (4:1:1 has none: exact): measured means up
     * to 0.95, the biggest difference 83 (4:2:0, the red disc's edge).
     */
    @Test
    void subsampledFullSizeIsCloseToImageIo() throws IOException {
        assertArrayEquals(imageIo(jpeg(picture, Layout.S411, 0)), pixels(decode(jpeg(picture, Layout.S411, 0), 1)));
        for (Layout layout : List.of(Layout.S422, Layout.S420, Layout.S440)) {
            byte[] jpeg = jpeg(picture, layout, 0);
            assertClose(layout + " at 1/1", imageIo(jpeg), pixels(decode(jpeg, 1)), 1.2, 90);
        }
    }

    /** Measured: means up to 0.76, the biggest difference 25. */
    @Test
    void grayAtEveryScale() throws IOException {
        byte[] jpeg = jpeg(grayPicture, Layout.S444, 0);
        int[] full = imageIo(jpeg);
        for (int scale : SCALES) {
            BufferedImage ours = decode(jpeg, scale);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, ours.getType());
            assertClose("gray at 1/" + scale, boxAverage(full, W, H, scale), pixels(ours), 1.0, 30);
        }
    }

    @Test
    void grayWithSamplingFactorsIsOneBlockPerMcuAllTheSame() throws IOException {
        byte[] jpeg = jpeg(grayPicture, Layout.S444, 0);
        List<Segment> segments = segments(jpeg);
        Segment sof = find(segments, 0xC0);
        sof.payload[7] = 0x22; // a single-component scan ignores them
        byte[] sampled = assemble(segments, tail(jpeg));
        for (int scale : SCALES) {
            assertArrayEquals(pixels(decode(jpeg, scale)), pixels(decode(sampled, scale)));
        }
    }

    @Test
    void restartIntervalsChangeNoPixel() throws IOException {
        for (Layout layout : List.of(Layout.S444, Layout.S420, Layout.S411)) {
            byte[] plain = jpeg(picture, layout, 0);
            for (int interval : new int[] {1, 5, 17}) {
                byte[] restarted = jpeg(picture, layout, interval);
                assertTrue(countRestartMarkers(restarted) > 0);
                for (int scale : SCALES) {
                    assertArrayEquals(pixels(decode(plain, scale)), pixels(decode(restarted, scale)), layout + " DRI " + interval);
                }
            }
        }
        byte[] gray = jpeg(grayPicture, Layout.S444, 3);
        assertArrayEquals(imageIo(gray), pixels(decode(gray, 1)));
    }

    /** Scaled, measured: means up to 1.03, the biggest difference 30. */
    @Test
    void adobeRgbIsNotColourConverted() throws IOException {
        byte[] rgb = jpeg(picture, Layout.S444, 0, ScaledJpegDecoderTest::adobeRgb);
        List<Segment> segments = segments(rgb);
        assertEquals(0, find(segments, 0xEE).payload[11]);
        assertNull(find(segments, 0xE0));
        int[] full = imageIo(rgb);
        assertArrayEquals(full, pixels(decode(rgb, 1)));
        for (int scale : new int[] {2, 4, 8}) {
            assertClose("RGB at 1/" + scale, boxAverage(full, W, H, scale), pixels(decode(rgb, scale)), 1.5, 35);
        }
    }

    @Test
    void markerlessYccWhereEveryReaderAgrees() throws IOException {
        for (Layout layout : List.of(Layout.S444, Layout.S420)) {
            byte[] jfif = jpeg(picture, layout, 0);
            List<Segment> segments = segments(jfif);
            segments.remove(find(segments, 0xE0));
            byte[] bare = assemble(segments, tail(jfif));
            assertArrayEquals(pixels(decode(jfif, 2)), pixels(decode(bare, 2)), layout.toString());
            if (layout == Layout.S444) {
                assertArrayEquals(imageIo(bare), pixels(decode(bare, 1)), "as Java's reader shows it");
            }
            if (layout == Layout.S420) {
                byte[] otherIds = withIds(segments, tail(jfif), 0, 1, 2);
                assertArrayEquals(pixels(decode(jfif, 2)), pixels(decode(otherIds, 2)));
            }
        }
    }

    /** Where libjpeg or ImageIO take three components as RGB and PDF readers as YCbCr, or markers contradict. */
    @Test
    void coloursReadersDisagreeOnAreLeftToImageIo() throws IOException {
        byte[] jfif444 = jpeg(picture, Layout.S444, 0);
        byte[] jfif420 = jpeg(picture, Layout.S420, 0);
        List<Segment> bare444 = segments(jfif444);
        bare444.remove(find(bare444, 0xE0));
        List<Segment> bare420 = segments(jfif420);
        bare420.remove(find(bare420, 0xE0));
        assertNull(ScaledJpegDecoder.open(withIds(bare444, tail(jfif444), 0, 1, 2)));
        assertNull(ScaledJpegDecoder.open(withIds(bare420, tail(jfif420), 'R', 'G', 'B')));

        List<Segment> both = segments(jfif444);
        both.add(1, new Segment(0xEE, adobe(0)));
        assertNull(ScaledJpegDecoder.open(assemble(both, tail(jfif444))));
        both.set(1, new Segment(0xEE, adobe(2)));
        assertNull(ScaledJpegDecoder.open(assemble(both, tail(jfif444))));
        both.set(1, new Segment(0xEE, adobe(1)));
        assertArrayEquals(pixels(decode(jfif444, 2)), pixels(decode(assemble(both, tail(jfif444)), 2)));
    }

    @Test
    void rowsAreReportedInOrderAndAreFinalWhenReported() throws IOException {
        for (Layout layout : List.of(Layout.S420, Layout.S444, Layout.S440)) {
            byte[] jpeg = jpeg(picture, layout, 0);
            for (int scale : SCALES) {
                ScaledJpegDecoder decoder = ScaledJpegDecoder.open(jpeg);
                BufferedImage image = new BufferedImage(ScaledJpegDecoder.scaledSize(W, scale), ScaledJpegDecoder.scaledSize(H, scale),
                        BufferedImage.TYPE_INT_RGB);
                List<int[]> seen = new ArrayList<>();
                List<Integer> reported = new ArrayList<>();
                decoder.decode(scale, image, rows -> {
                    reported.add(rows);
                    seen.add(pixels(image));
                });
                int mcuHeight = 8 * layout.v / scale;
                assertEquals((H + 8 * layout.v - 1) / (8 * layout.v), reported.size());
                assertEquals(image.getHeight(), reported.get(reported.size() - 1));
                int[] end = pixels(image);
                int w = image.getWidth();
                for (int i = 0; i < reported.size(); i++) {
                    int rows = reported.get(i);
                    assertEquals(Math.min(image.getHeight(), (i + 1) * mcuHeight), rows);
                    assertArrayEquals(Arrays.copyOf(end, rows * w), Arrays.copyOf(seen.get(i), rows * w));
                }
            }
        }
    }

    @Test
    void anInterruptStopsTheDecodeAndStaysSet() throws IOException {
        byte[] jpeg = jpeg(picture, Layout.S420, 0);
        ScaledJpegDecoder decoder = ScaledJpegDecoder.open(jpeg);
        BufferedImage image = new BufferedImage(ScaledJpegDecoder.scaledSize(W, 2), ScaledJpegDecoder.scaledSize(H, 2), BufferedImage.TYPE_INT_RGB);
        List<Integer> reported = new ArrayList<>();
        try {
            Thread.currentThread().interrupt();
            assertThrows(InterruptedIOException.class, () -> decoder.decode(2, image, reported::add));
            assertTrue(Thread.currentThread().isInterrupted());
            assertTrue(reported.isEmpty());
            Thread.interrupted();
            assertThrows(InterruptedIOException.class, () -> decoder.decode(2, image, rows -> {
                reported.add(rows);
                Thread.currentThread().interrupt();
            }));
            assertEquals(List.of(8), reported);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void otherKindsOfJpegAreLeftToImageIo() throws IOException {
        assertNull(ScaledJpegDecoder.open(progressive(picture)));
        byte[] base = jpeg(picture, Layout.S420, 0);
        byte[] tail = tail(base);
        for (int process : new int[] {0xC2, 0xC3, 0xC5, 0xC9, 0xCA, 0xCD}) {
            List<Segment> s = segments(base);
            find(s, 0xC0).marker = process; // progressive, lossless, hierarchical, arithmetic
            assertNull(ScaledJpegDecoder.open(assemble(s, tail)), Integer.toHexString(process));
        }
        List<Segment> twelveBits = segments(base);
        find(twelveBits, 0xC0).payload[0] = 12;
        assertNull(ScaledJpegDecoder.open(assemble(twelveBits, tail)));
        List<Segment> hierarchical = segments(base);
        hierarchical.add(1, new Segment(0xDE, new byte[] {8, 0, 16, 0, 16, 1, 1, 0x11, 0}));
        assertNull(ScaledJpegDecoder.open(assemble(hierarchical, tail)));
        for (int n : new int[] {2, 4}) {
            List<Segment> s = segments(base);
            find(s, 0xC0).payload = frame(8, 16, 16, n, 0x11);
            find(s, 0xDA).payload = scan(n, 0);
            assertNull(ScaledJpegDecoder.open(assemble(s, tail)), n + " components");
        }
        List<Segment> firstOfSeveralScans = segments(base);
        find(firstOfSeveralScans, 0xDA).payload = new byte[] {1, 1, 0, 0, 63, 0};
        assertNull(ScaledJpegDecoder.open(assemble(firstOfSeveralScans, tail)));
        List<Segment> spectralSelection = segments(base);
        find(spectralSelection, 0xDA).payload[8] = 5;
        assertNull(ScaledJpegDecoder.open(assemble(spectralSelection, tail)));
        List<Segment> fractional = segments(base);
        byte[] sof = find(fractional, 0xC0).payload;
        sof[7] = 0x31;
        sof[10] = 0x21;
        assertNull(ScaledJpegDecoder.open(assemble(fractional, tail)));
    }

    @Test
    void malformedHeadersThrow() throws IOException {
        byte[] base = jpeg(picture, Layout.S420, 0);
        byte[] tail = tail(base);
        List<UnaryOperator<List<Segment>>> breakages = List.of(
                s -> edit(s, 0xC0, p -> {
                    p[3] = 0;
                    p[4] = 0;
                }),
                s -> edit(s, 0xC0, p -> {
                    p[1] = 0;
                    p[2] = 0;
                }),
                s -> edit(s, 0xC0, p -> p[7] = 0x01),
                s -> edit(s, 0xC0, p -> p[7] = 0x51),
                s -> edit(s, 0xC0, p -> p[10] = 0x15),
                s -> edit(s, 0xC0, p -> p[7] = 0x44), // 18 blocks in an MCU
                s -> edit(s, 0xC0, p -> p[8] = 3), // no table 3
                s -> edit(s, 0xC0, p -> p[8] = 7),
                s -> edit(s, 0xC0, p -> p[9] = 1), // two components with id 1
                s -> edit(s, 0xC0, p -> p[5] = 0),
                s -> edit(s, 0xDA, p -> p[1] = 9), // not in the frame
                s -> edit(s, 0xDA, p -> p[3] = 1), // twice
                s -> edit(s, 0xDA, p -> p[2] = 0x22), // tables not defined
                s -> edit(s, 0xDA, p -> p[2] = 0x05),
                s -> edit(s, 0xC4, p -> p[0] = 0x05),
                s -> edit(s, 0xC4, p -> p[0] = 0x20),
                s -> edit(s, 0xDB, p -> p[0] = 0x04),
                s -> edit(s, 0xDB, p -> p[0] = 0x20),
                s -> {
                    s.add(1, new Segment(0xDD, new byte[] {0, 1, 2}));
                    return s;
                },
                s -> {
                    s.add(s.size() - 1, new Segment(0xC4, overfullTable())); // the last word on table 0
                    return s;
                },
                s -> {
                    s.add(s.size() - 1, new Segment(0xC4, badDcTable()));
                    return s;
                },
                s -> {
                    Segment sof = find(s, 0xC0);
                    s.remove(sof);
                    s.add(s.size(), sof); // after the scan header
                    return s;
                },
                s -> {
                    s.add(1, new Segment(0xC0, find(s, 0xC0).payload.clone()));
                    return s;
                },
                s -> {
                    s.removeIf(g -> g.marker == 0xC4);
                    return s;
                });
        int i = 0;
        for (UnaryOperator<List<Segment>> breakage : breakages) {
            byte[] broken = assemble(breakage.apply(segments(base)), tail);
            int at = i++;
            assertThrows(IOException.class, () -> ScaledJpegDecoder.open(broken), "breakage " + at);
        }
        assertThrows(IOException.class, () -> ScaledJpegDecoder.open(Arrays.copyOfRange(base, 2, base.length)));
        assertThrows(IOException.class, () -> ScaledJpegDecoder.open(new byte[0]));
        assertThrows(IOException.class, () -> ScaledJpegDecoder.open(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}));
        List<Segment> empty = segments(base);
        find(empty, 0xDA).payload = new byte[0]; // a scan header of no bytes at the very end
        byte[] endsInScanHeader = assemble(empty, new byte[0]);
        assertThrows(IOException.class, () -> ScaledJpegDecoder.open(endsInScanHeader));
    }

    @Test
    void tablesAnywhereBeforeTheScanSixteenBitQuantizersAndFillBytes() throws IOException {
        byte[] base = jpeg(picture, Layout.S420, 4);
        List<Segment> s = segments(base);
        List<Segment> quant = new ArrayList<>();
        List<Segment> huffman = new ArrayList<>();
        for (Segment g : s) {
            if (g.marker == 0xDB) {
                quant.add(g);
            } else if (g.marker == 0xC4) {
                huffman.add(g);
            }
        }
        s.removeAll(quant);
        s.removeAll(huffman);
        ByteArrayOutputStream oneDht = new ByteArrayOutputStream();
        huffman.forEach(g -> oneDht.writeBytes(g.payload));
        ByteArrayOutputStream wideDqt = new ByteArrayOutputStream();
        for (Segment g : quant) {
            wideDqt.write(0x10 | g.payload[0]);
            for (int z = 0; z < 64; z++) {
                wideDqt.write(0);
                wideDqt.write(g.payload[1 + z]);
            }
        }
        int scan = s.indexOf(find(s, 0xDA));
        s.add(scan, new Segment(0xDB, wideDqt.toByteArray())); // after the frame header
        s.add(0, new Segment(0xC4, oneDht.toByteArray()));
        s.add(0, new Segment(0xFE, "a comment".getBytes()));
        byte[] tail = tail(base);
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        for (int i = 0; i < tail.length; i++) {
            if ((tail[i] & 0xFF) == 0xFF && i + 1 < tail.length && (tail[i + 1] & 0xF8) == 0xD0 || i == tail.length - 2) {
                filled.write(0xFF); // fill bytes before every restart marker and the EOI
                filled.write(0xFF);
            }
            filled.write(tail[i]);
        }
        byte[] moved = assemble(s, filled.toByteArray());
        for (int scale : SCALES) {
            assertArrayEquals(pixels(decode(base, scale)), pixels(decode(moved, scale)));
        }
    }

    /** Scaled, measured: the biggest difference 6, means (of a few pixels) up to 5.5. */
    @Test
    void imageSizesThatAreNoMultipleOfTheMcu() throws IOException {
        for (int[] size : new int[][] {{1, 1}, {7, 9}, {8, 8}, {16, 16}, {17, 33}, {31, 2}, {2, 47}, {45, 38}}) {
            BufferedImage small = gradient(size[0], size[1]);
            for (Layout layout : Layout.values()) {
                byte[] jpeg = jpeg(small, layout, 0);
                int[] full = imageIo(jpeg);
                for (int scale : SCALES) {
                    BufferedImage ours = decode(jpeg, scale);
                    if (scale == 1 && layout == Layout.S444) {
                        assertArrayEquals(full, pixels(ours));
                    } else if (scale > 1) {
                        assertClose(layout + " " + size[0] + "×" + size[1] + " at 1/" + scale,
                                boxAverage(full, size[0], size[1], scale), pixels(ours), 6.5, 8);
                    }
                }
            }
        }
    }

    /** As libjpeg: what is there decodes, the rest of the picture is grey; the very same pixels as ImageIO's. */
    @Test
    void truncatedDataDecodesAsLibjpegDoes() throws IOException {
        for (int interval : new int[] {0, 2}) {
            byte[] jpeg = jpeg(picture, Layout.S444, interval);
            int scanStart = jpeg.length - tail(jpeg).length;
            for (int k = 0; k < 13; k++) {
                int cut = scanStart + 1 + k * (jpeg.length - scanStart) / 14; // the last MCU always lost
                byte[] truncated = Arrays.copyOf(jpeg, cut);
                int[] ours = pixels(decode(truncated, 1));
                assertArrayEquals(imageIo(truncated), ours, "cut at " + cut);
                assertEquals(0xFF808080, ours[ours.length - 1]);
            }
        }
    }

    @Test
    void aDestinationOfTheWrongSizeOrTypeIsRefused() throws IOException {
        ScaledJpegDecoder decoder = ScaledJpegDecoder.open(jpeg(picture, Layout.S420, 0));
        assertThrows(IllegalArgumentException.class, () -> decoder.decode(2, new BufferedImage(166, 109, BufferedImage.TYPE_INT_RGB), r -> { }));
        assertThrows(IllegalArgumentException.class, () -> decoder.decode(2, new BufferedImage(167, 109, BufferedImage.TYPE_3BYTE_BGR), r -> { }));
        assertThrows(IllegalArgumentException.class, () -> decoder.decode(3, new BufferedImage(111, 73, BufferedImage.TYPE_INT_RGB), r -> { }));
    }

    /** Restart markers lost, misnumbered, doubled or replaced: libjpeg's resynchronisation, ImageIO's very pixels. */
    @Test
    void brokenRestartsResynchroniseAsLibjpeg() throws IOException {
        byte[] jpeg = jpeg(picture(97, 61, 5), Layout.S444, 2);
        List<Integer> restarts = new ArrayList<>();
        for (int i = jpeg.length - tail(jpeg).length; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xF8) == 0xD0) {
                restarts.add(i);
            }
        }
        int compared = 0;
        for (int k : new int[] {0, 3, 10, 20}) {
            int at = restarts.get(k);
            int number = jpeg[at + 1] & 7;
            List<byte[]> broken = new ArrayList<>();
            broken.add(concat(Arrays.copyOf(jpeg, at), Arrays.copyOfRange(jpeg, at + 2, jpeg.length)));
            for (int d = 1; d < 8; d++) {
                byte[] b = jpeg.clone();
                b[at + 1] = (byte) (0xD0 | ((number + d) & 7));
                broken.add(b);
            }
            broken.add(concat(Arrays.copyOf(jpeg, at), new byte[] {1, 2, (byte) 0xFF, 0, 3}, Arrays.copyOfRange(jpeg, at, jpeg.length)));
            broken.add(concat(Arrays.copyOf(jpeg, at), new byte[] {(byte) 0xFF, (byte) (0xD0 | ((number + 7) & 7))},
                    Arrays.copyOfRange(jpeg, at, jpeg.length)));
            broken.add(concat(Arrays.copyOf(jpeg, at), Arrays.copyOfRange(jpeg, at + 2, restarts.get(k + 1)),
                    Arrays.copyOfRange(jpeg, restarts.get(k + 1) + 2, jpeg.length)));
            broken.add(concat(Arrays.copyOf(jpeg, at), new byte[] {(byte) 0xFF, (byte) 0x99}, Arrays.copyOfRange(jpeg, at + 2, jpeg.length)));
            broken.add(concat(Arrays.copyOf(jpeg, at), new byte[] {(byte) 0xFF, (byte) 0xD9}));
            for (byte[] b : broken) {
                assertArrayEquals(imageIo(b), pixels(decode(b, 1)), "restart " + k + ", case " + compared % broken.size());
                compared++;
            }
        }
    }

    /** Broken files, truncated anywhere or with bytes overwritten, give an image or an IOException, never another exception or a hang. */
    @Test
    @Timeout(30)
    void corruptDataGivesAnImageOrAnIOException() throws IOException {
        BufferedImage small = picture(97, 61, 5);
        List<byte[]> bases = List.of(jpeg(small, Layout.S444, 0), jpeg(small, Layout.S420, 3), jpeg(small, Layout.S411, 1),
                jpeg(picture(61, 97, 6), Layout.S440, 2), jpeg(grayscale(small), Layout.S444, 2));
        Random random = new Random(2024);
        int decoded = 0;
        int refused = 0;
        for (byte[] base : bases) {
            int scanStart = base.length - tail(base).length;
            for (int cut = 0; cut < base.length; cut += cut < scanStart + 16 ? 1 : 23) {
                if (survives(Arrays.copyOf(base, cut))) {
                    decoded++;
                } else {
                    refused++;
                }
            }
            for (int variant = 0; variant < 300; variant++) {
                byte[] broken = base.clone();
                boolean headerToo = variant % 5 == 0;
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    int at = headerToo ? 2 + random.nextInt(base.length - 2)
                            : scanStart + random.nextInt(base.length - 2 - scanStart);
                    broken[at] = variant % 3 == 0 ? (byte) 0xFF : (byte) random.nextInt(256);
                }
                if (survives(broken)) {
                    decoded++;
                } else {
                    refused++;
                }
            }
        }
        assertTrue(decoded > 500 && refused > 100, decoded + " decoded, " + refused + " refused");
    }

    /** Decodes at every scale; false for an IOException or a JPEG left to ImageIO, and fails for any other exception. */
    private static boolean survives(byte[] jpeg) {
        try {
            ScaledJpegDecoder decoder = ScaledJpegDecoder.open(jpeg);
            if (decoder == null) {
                return false;
            }
            for (int scale : SCALES) {
                decoder.decode(scale, decoder.newImage(scale), r -> { });
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("not an IOException", e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- pictures, JPEGs, comparisons

    /** Smooth gradients, sharp shapes in saturated colours, three thin lines and a little seeded grain. */
    private static BufferedImage picture(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 40 + 170 * x / w + grain.nextInt(9) - 4;
                int g = 60 + 150 * y / h + grain.nextInt(9) - 4;
                int b = 200 - 120 * (x + y) / (w + h) + grain.nextInt(9) - 4;
                double dx = x - w * 0.3;
                double dy = y - h * 0.6;
                if (dx * dx + dy * dy < h * h * 0.04) {
                    r = 230;
                    g = 30;
                    b = 50;
                }
                if (x > w * 0.6 && x < w * 0.85 && y > h * 0.15 && y < h * 0.45) {
                    r = 250;
                    g = 250;
                    b = 245;
                }
                if (x == w / 5 || x == w / 5 + 1 || y == h * 3 / 4 || x + y == w / 2) {
                    r = 20;
                    g = 20;
                    b = 90;
                }
                img.setRGB(x, y, clamp(r) << 16 | clamp(g) << 8 | clamp(b));
            }
        }
        return img;
    }

    /** Only smooth gradients: where a scaled IDCT and a box average agree, so the edges' handling shows. */
    private static BufferedImage gradient(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (40 + 60 * x / w) << 16 | (60 + 50 * y / h) << 8 | (200 - 40 * (x + y) / (w + h)));
            }
        }
        return img;
    }

    private static BufferedImage grayscale(BufferedImage img) {
        BufferedImage gray = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(img, 0, 0, null);
        return gray;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage img, Layout layout, int restartInterval) throws IOException {
        return jpeg(img, layout, restartInterval, tree -> { });
    }

    /** By ImageIO's writer at quality 0.9, its luma sampling factors and restart interval from the metadata. */
    private static byte[] jpeg(BufferedImage img, Layout layout, int restartInterval, Consumer<IIOMetadataNode> edit)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(FORMAT);
            IIOMetadataNode luma = (IIOMetadataNode) tree.getElementsByTagName("componentSpec").item(0);
            luma.setAttribute("HsamplingFactor", Integer.toString(layout.h));
            luma.setAttribute("VsamplingFactor", Integer.toString(layout.v));
            IIOMetadataNode markers = (IIOMetadataNode) tree.getElementsByTagName("markerSequence").item(0);
            if (restartInterval > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(restartInterval));
                markers.insertBefore(dri, markers.getFirstChild());
            }
            edit.accept(tree);
            metadata.setFromTree(FORMAT, tree);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** No JFIF marker; an Adobe one with transform 0: the writer stores R, G and B as they are. */
    private static void adobeRgb(IIOMetadataNode tree) {
        IIOMetadataNode variety = (IIOMetadataNode) tree.getElementsByTagName("JPEGvariety").item(0);
        while (variety.hasChildNodes()) {
            variety.removeChild(variety.getFirstChild());
        }
        IIOMetadataNode markers = (IIOMetadataNode) tree.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
        adobe.setAttribute("transform", "0");
        markers.insertBefore(adobe, markers.getFirstChild());
    }

    private static byte[] progressive(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, null), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage decode(byte[] jpeg, int scale) throws IOException {
        ScaledJpegDecoder decoder = ScaledJpegDecoder.open(jpeg);
        assertNotNull(decoder);
        BufferedImage image = decoder.newImage(scale);
        int[] last = {0};
        decoder.decode(scale, image, rows -> {
            assertTrue(rows > last[0]);
            last[0] = rows;
        });
        assertEquals(image.getHeight(), last[0]);
        return image;
    }

    /** ImageIO's full-size decode as ARGB pixels. */
    private static int[] imageIo(byte[] jpeg) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        if (img == null) {
            throw new IOException("no reader");
        }
        return pixels(img);
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /**
     * Each output pixel the rounded mean of its scale × scale source pixels; where that square
     * reaches past the right or bottom edge, the edge pixels repeated, as the JPEG writer pads its
     * blocks (which the scaled IDCT averages in).
     */
    private static int[] boxAverage(int[] argb, int w, int h, int scale) {
        int ow = ScaledJpegDecoder.scaledSize(w, scale);
        int oh = ScaledJpegDecoder.scaledSize(h, scale);
        int[] out = new int[ow * oh];
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int y = oy * scale; y < (oy + 1) * scale; y++) {
                    for (int x = ox * scale; x < (ox + 1) * scale; x++, n++) {
                        int p = argb[Math.min(y, h - 1) * w + Math.min(x, w - 1)];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                out[oy * ow + ox] = 0xFF000000 | (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n;
            }
        }
        return out;
    }

    private static void assertClose(String what, int[] expected, int[] actual, double meanBound, int maxBound) {
        assertEquals(expected.length, actual.length, what);
        long[] sum = new long[3];
        int max = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int c = 0; c < 3; c++) {
                int d = Math.abs(((expected[i] >> (8 * c)) & 0xFF) - ((actual[i] >> (8 * c)) & 0xFF));
                sum[c] += d;
                max = Math.max(max, d);
            }
        }
        for (int c = 0; c < 3; c++) {
            double mean = (double) sum[c] / expected.length;
            if (mean >= meanBound) {
                fail(what + ": mean difference " + mean + " in channel " + c);
            }
        }
        assertTrue(max <= maxBound, what + ": biggest difference " + max);
    }

    private static int countRestartMarkers(byte[] jpeg) {
        int n = 0;
        for (int i = jpeg.length - tail(jpeg).length; i < jpeg.length - 1; i++) {
            n += (jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xF8) == 0xD0 ? 1 : 0;
        }
        return n;
    }

    // ---- marker segments

    /** A marker segment before the entropy-coded data: its marker code and what follows the length. */
    private static final class Segment {
        int marker;
        byte[] payload;

        Segment(int marker, byte[] payload) {
            this.marker = marker;
            this.payload = payload;
        }
    }

    /** The segments from after SOI up to and with SOS. */
    private static List<Segment> segments(byte[] jpeg) {
        List<Segment> list = new ArrayList<>();
        int p = 2;
        while (true) {
            int marker = jpeg[p + 1] & 0xFF;
            int length = (jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF);
            list.add(new Segment(marker, Arrays.copyOfRange(jpeg, p + 4, p + 2 + length)));
            p += 2 + length;
            if (marker == 0xDA) {
                return list;
            }
        }
    }

    /** The entropy-coded data and what follows, after the scan header. */
    private static byte[] tail(byte[] jpeg) {
        int p = 2;
        while (true) {
            int marker = jpeg[p + 1] & 0xFF;
            p += 2 + ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF));
            if (marker == 0xDA) {
                return Arrays.copyOfRange(jpeg, p, jpeg.length);
            }
        }
    }

    private static byte[] assemble(List<Segment> segments, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        for (Segment s : segments) {
            out.write(0xFF);
            out.write(s.marker);
            out.write((s.payload.length + 2) >> 8);
            out.write(s.payload.length + 2);
            out.writeBytes(s.payload);
        }
        out.writeBytes(tail);
        return out.toByteArray();
    }

    private static Segment find(List<Segment> segments, int marker) {
        return segments.stream().filter(s -> s.marker == marker).findFirst().orElse(null);
    }

    private static List<Segment> edit(List<Segment> segments, int marker, Consumer<byte[]> change) {
        Segment s = find(segments, marker);
        s.payload = s.payload.clone();
        change.accept(s.payload);
        return segments;
    }

    private static byte[] withIds(List<Segment> segments, byte[] tail, int... ids) {
        List<Segment> copy = new ArrayList<>();
        for (Segment s : segments) {
            copy.add(new Segment(s.marker, s.payload.clone()));
        }
        byte[] sof = find(copy, 0xC0).payload;
        byte[] sos = find(copy, 0xDA).payload;
        for (int c = 0; c < 3; c++) {
            sof[6 + 3 * c] = (byte) ids[c];
            sos[1 + 2 * c] = (byte) ids[c];
        }
        return assemble(copy, tail);
    }

    private static byte[] adobe(int transform) {
        return new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
    }

    private static byte[] frame(int precision, int height, int width, int components, int sampling) {
        byte[] p = new byte[6 + 3 * components];
        p[0] = (byte) precision;
        p[2] = (byte) height;
        p[4] = (byte) width;
        p[5] = (byte) components;
        for (int c = 0; c < components; c++) {
            p[6 + 3 * c] = (byte) (c + 1);
            p[7 + 3 * c] = (byte) sampling;
        }
        return p;
    }

    private static byte[] scan(int components, int tables) {
        byte[] p = new byte[4 + 2 * components];
        p[0] = (byte) components;
        for (int c = 0; c < components; c++) {
            p[1 + 2 * c] = (byte) (c + 1);
            p[2 + 2 * c] = (byte) tables;
        }
        p[p.length - 2] = 63;
        return p;
    }

    /** Three codes of length 1: one would have to be all ones. */
    private static byte[] overfullTable() {
        byte[] p = new byte[17 + 3];
        p[0] = 0x00;
        p[1] = 3;
        return p;
    }

    /** A DC table (id 0, replacing the writer's) with a symbol above 15. */
    private static byte[] badDcTable() {
        byte[] p = new byte[17 + 2];
        p[0] = 0x00;
        p[2] = 2;
        p[17] = 3;
        p[18] = 16;
        return p;
    }
}
