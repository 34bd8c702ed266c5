package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.raster.Pdfs;

/**
 * Backgrounds made to exhaust memory or time are refused with a sentence before PDFBox decodes
 * them, wherever they enter: reading the file, opening, rendering tickets, rasterising.
 */
class HostilePdfTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static String refusal(byte[] pdf) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(RenderException.class, () -> Pdfs.open(pdf).close()).getMessage());
    }

    @Test
    void aPageThatInflatesBeyondTheLimitIsRefusedUnreadEverywhere() {
        byte[] bomb = HostilePdfs.bomb(100);
        assertTrue(bomb.length < 1024 * 1024, bomb.length + " bytes that inflate to 100 MB");
        String expected = "Page 1 of the PDF holds a stream that inflates to more than 64 MB; no real background needs that much"
                + " (it may be a decompression bomb).";
        assertEquals(expected, refusal(bomb));
        assertEquals(expected, assertThrows(RenderException.class,
                () -> TicketRendererTest.RENDERER.render(TicketRendererTest.layout(), TicketValues.sample(), bomb)).getMessage());
        try (BackgroundRaster raster = new BackgroundRaster(1, 0)) {
            assertEquals(expected, assertThrows(RenderException.class, () -> raster.render(bomb, 0, 1)).getMessage());
        }
    }

    /**
     * PDFBox decodes object and cross-reference streams while it loads, before the page guard can
     * look: a document whose catalog sits in an object stream of 1.5 GB took 1.6 GB of heap and opened.
     */
    @Test
    void anObjectStreamThatInflatesBeyondTheLimitIsRefusedBeforePdfBoxLoadsIt() {
        byte[] bomb = HostilePdfs.objectStreamBomb(1500);
        assertTrue(bomb.length < 3 * 1024 * 1024, bomb.length + " bytes that inflate to 1.5 GB");
        assertEquals("The PDF holds an object or cross-reference stream that inflates to more than 64 MB; no real background"
                + " needs that much (it may be a decompression bomb).", refusal(bomb));
    }

    @Test
    void namesSpelledWithEscapesAreTheSameNames() throws Exception {
        assertEquals("The PDF holds an object or cross-reference stream that inflates to more than 64 MB; no real background"
                + " needs that much (it may be a decompression bomb).", refusal(HostilePdfs.objectStreamBomb(100, true)));
        try (var doc = Pdfs.open(HostilePdfs.objectStreamBomb(1, true))) {
            assertEquals(1, doc.getNumberOfPages(), "PDFBox reads /Obj#53tm as /ObjStm");
        }
    }

    @Test
    void objectStreamsOfRealSizeOpen() throws Exception {
        try (var doc = Pdfs.open(HostilePdfs.objectStreamBomb(1))) {
            assertEquals(1, doc.getNumberOfPages(), "the catalog in the object stream was read");
        }
        // PDFBox's own compressed saving writes object streams and a cross-reference stream
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var made = new org.apache.pdfbox.pdmodel.PDDocument()) {
            made.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            made.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            made.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION);
        }
        assertTrue(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("/ObjStm"), "written with object streams");
        try (var doc = Pdfs.open(out.toByteArray())) {
            assertEquals(2, doc.getNumberOfPages());
        }
    }

    @Test
    void imagesOfTooManyPixelsAndTooManyPagesAreRefused() {
        assertEquals("Page 1 of the PDF draws images of 400 million pixels; a background page may have at most 40 million"
                + " (a full A4 page at 600 dpi has 35 million).", refusal(HostilePdfs.hugeImage(20_000, 20_000)));
        assertEquals("Page 1 of the PDF draws images of 400 million pixels; a background page may have at most 40 million"
                + " (a full A4 page at 600 dpi has 35 million).", refusal(HostilePdfs.hugeDeflatedImage(20_000, 20_000, 100)),
                "refused for what it declares, before its data is inflated");
        assertEquals("The PDF has 1,001 pages; Layout Studio opens at most 1,000 (a long real background has 20).",
                refusal(HostilePdfs.pages(RenderLimits.MAX_PAGES + 1)));
    }

    @Test
    void aJpegLargerThanItsDictionarySaysIsCountedAtItsFramesSize() {
        String refused = "Page 1 of the PDF draws images of 4,294 million pixels; a background page may have at most 40 million"
                + " (a full A4 page at 600 dpi has 35 million).";
        assertEquals(refused, refusal(HostilePdfs.jpegLargerThanDeclared(65_535, 65_535, 0)));
        assertEquals(refused, refusal(HostilePdfs.jpegLargerThanDeclared(65_535, 65_535, 20_000)),
                "a frame behind 80 KB of empty segments");
        // what decoders forgive on the way to the frame hides nothing from the count
        byte[] header = HostilePdfs.jpegHeader(65_535, 65_535, new byte[0]);
        byte[] lineFeedFirst = new byte[header.length + 1];
        lineFeedFirst[0] = '\n'; // PDFBox skips one before a JPEG
        System.arraycopy(header, 0, lineFeedFirst, 1, header.length);
        assertEquals(refused, refusal(HostilePdfs.imageDeclared100(lineFeedFirst, "/DCTDecode")), "a line feed first");
        for (byte[] before : List.of(new byte[] {0x12, 0x34}, new byte[] {(byte) 0xFF, (byte) 0xD0},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, new byte[] {(byte) 0xFF, 0})) {
            assertEquals(refused, refusal(HostilePdfs.imageDeclared100(HostilePdfs.jpegHeader(65_535, 65_535, before),
                    "/DCTDecode")), "stray bytes, a restart marker, a length of 0, a stuffed zero: "
                            + java.util.Arrays.toString(before));
        }
        assertEquals(refused, refusal(HostilePdfs.imageDeclared100(HostilePdfs.deflate(header), "[/FlateDecode/DCTDecode]")),
                "a deflated JPEG");
    }

    @Test
    void realBackgroundsPass() throws Exception {
        Pdfs.open(PretixDefaults.ticketBackgroundPdf()).close();
        Pdfs.open(HostilePdfs.pages(RenderLimits.MAX_PAGES)).close();
        Pdfs.open(HostilePdfs.hugeImage(6000, 6000)).close();
        for (String name : List.of("pretix-badge_default_a6l.pdf", "libpretixprint-bg-qrcode-test.pdf")) {
            Pdfs.open(Files.readAllBytes(Path.of("src/test/resources/backgrounds", name))).close();
        }
    }

    @Test
    void filesAreReadOnlyUpToTheLimit() throws Exception {
        Path random = Path.of("/dev/urandom");
        Assumptions.assumeTrue(Files.exists(random), "a system with /dev/urandom");
        assertEquals("/dev/urandom: The file is larger than 50 MB; a background PDF is at most 50 MB (pretix itself takes at most 10 MB).",
                assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(RenderException.class, () -> Pdfs.read(random)).getMessage()));
        assertEquals(dir + " is a folder, not a file.", assertThrows(RenderException.class, () -> Pdfs.read(dir)).getMessage());
        assertEquals("There is no file " + dir.resolve("none.pdf") + ".",
                assertThrows(RenderException.class, () -> Pdfs.read(dir.resolve("none.pdf"))).getMessage());
    }

    @Test
    void aBrokenPdfIsOneSentenceWithOneFullStop() {
        byte[] broken = "%PDF-1.4\nthis is not the rest of a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String m = refusal(broken);
        assertTrue(m.startsWith("The background is not a readable PDF file ("), m);
        assertTrue(m.endsWith(").") && !m.contains(".)."), m);
    }
}
