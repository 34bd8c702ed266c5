package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndRasterCommandTest {
    private static final Path LAYOUT = Path.of("src/test/resources/layouts/ticket-default-current.json");
    private static final Path A4 = Path.of("src/test/resources/backgrounds/libpretixprint-bg-a4-empty.pdf");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void rendersSampleTicketsWithCopies() throws Exception {
        Path out = dir.resolve("t.pdf");
        Run r = run("render", LAYOUT.toString(), "--background", A4.toString(), "--sample", "--copies", "3", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 tickets"));
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertEquals(3, d.getNumberOfPages());
        }
    }

    @Test
    void rendersPdfDataFromTheApi() throws Exception {
        Path data = dir.resolve("positions.json");
        Files.writeString(data, "{\"results\":[{\"secret\":\"abc\",\"pdf_data\":{\"event_name\":\"DemoCon 2026\"}},"
                + "{\"secret\":\"def\",\"pdf_data\":{\"event_name\":\"Second\"}}]}");
        Path out = dir.resolve("t.pdf");
        assertEquals(0, run("render", LAYOUT.toString(), "--data", data.toString(), "-o", out.toString()).exit());
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertEquals(2, d.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(d).contains("DemoCon 2026"));
        }
    }

    @Test
    void clearErrorsAndExitCodes() throws Exception {
        Path out = dir.resolve("t.pdf");
        Path notLayout = dir.resolve("x.json");
        Files.writeString(notLayout, "{\"a\":1}");
        Run r = run("render", notLayout.toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        Run missing = run("render", dir.resolve("missing.json").toString(), "-o", out.toString());
        assertEquals(2, missing.exit());
        Path badPdf = dir.resolve("bg.pdf");
        Files.writeString(badPdf, "not a pdf");
        Run bg = run("render", LAYOUT.toString(), "--background", badPdf.toString(), "-o", out.toString());
        assertEquals(1, bg.exit());
        assertTrue(bg.err().contains("not a readable PDF"), bg.err());
        Path font = dir.resolve("font.ttf");
        Files.writeString(font, "nope");
        Run f = run("render", LAYOUT.toString(), "--font", font.toString(), "-o", out.toString());
        assertEquals(1, f.exit());
        assertTrue(f.err().contains("is not a TrueType font file"), f.err());
        assertEquals(2, run("render", LAYOUT.toString(), "--sample", "--data", "x.json", "-o", out.toString()).exit(),
                "--data and --sample exclude each other");
        assertEquals(2, run("render", LAYOUT.toString()).exit(), "-o is required");
    }

    @Test
    void rastersAPage() throws Exception {
        Path png = dir.resolve("p.png");
        Run r = run("raster", A4.toString(), "--dpi", "50", "-o", png.toString());
        assertEquals(0, r.exit(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(Math.round(210 / 25.4 * 50), img.getWidth(), 1);
        Run noPage = run("raster", A4.toString(), "--page", "2", "-o", png.toString());
        assertEquals(1, noPage.exit());
        assertTrue(noPage.err().contains("no page 2"), noPage.err());
        Path bad = dir.resolve("bad.pdf");
        Files.writeString(bad, "garbage");
        assertEquals(1, run("raster", bad.toString(), "-o", png.toString()).exit());
        assertEquals(2, run("raster", dir.resolve("none.pdf").toString(), "-o", png.toString()).exit());
    }
}
