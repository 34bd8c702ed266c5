package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.LayoutDocument;

class ValidateAndFormatCommandTest {
    private static final Path SAMPLES = Path.of("src/test/resources/layouts");
    private static final Path BACKGROUNDS = Path.of("src/test/resources/backgrounds");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(out.toString().contains("\tat "), "no stack trace: " + out);
        return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void validSamplesExitZeroWithoutOutput() {
        Run r = run("validate", SAMPLES.resolve("ticket-default-current.json").toString(),
                SAMPLES.resolve("ticket-default-legacy-textarea.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void anInvalidFileExitsOneWithOneLinePerFinding() throws Exception {
        Path f = file("bad.json", "[{\"type\":\"poweredby\",\"left\":\"1,5\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"dark\"},"
                + "{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"8\"}]");
        Run r = run("validate", f.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(
                f + ": element 1 (poweredby): \"left\" is \"1,5\", but it must be a number of millimetres such as 12.5 or \"12.50\" (a dot, no comma).",
                f + ": element 2 (barcodearea): warning: the QR code is 8.00 mm wide; below 10 mm scanners may fail to read it."), r.lines());
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Path f = file("warn.json", "[{\"type\":\"imagearea\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"30\",\"height\":\"40\",\"content\":\"\"}]");
        Run r = run("validate", f.toString());
        assertEquals(0, r.exit());
        assertEquals(List.of(f + ": element 1 (imagearea): warning: \"content\" is empty; the image area stays blank."), r.lines());
        assertEquals(List.of(), run("validate", "--errors-only", f.toString()).lines());
    }

    @Test
    void aNonListRootIsInvalidNotUnreadable() throws Exception {
        Path f = file("object.json", "{\"type\":\"poweredby\"}");
        Run r = run("validate", f.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(f + ": A layout must be a JSON list of elements ([{…}, {…}]), but this is a JSON object."), r.lines());
    }

    @Test
    void anUnreadableFileExitsTwoAndTheOthersAreStillChecked() throws Exception {
        Path broken = file("broken.json", "[{\"type\": ");
        Path bad = file("bad.json", "[{\"foo\":1}]");
        Path missing = dir.resolve("missing.json");
        Run r = run("validate", broken.toString(), bad.toString(), missing.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of(bad + ": element 1: \"type\" is missing; it must be one of barcodearea, imagearea, textcontainer, textarea, poweredby."), r.lines());
        assertTrue(r.err().startsWith(broken + ": error: The file is not valid JSON at line 1, column 11: "), r.err());
        assertTrue(r.err().contains(missing + ": error: There is no file " + missing + ".\n"), r.err());
    }

    @Test
    void theBackgroundDecidesWhatIsOffThePage() throws Exception {
        Path layout = SAMPLES.resolve("ticket-default-current.json");
        Run a4 = run("validate", "--background", BACKGROUNDS.resolve("pretix-ticket_default_a4.pdf").toString(), layout.toString());
        assertEquals(0, a4.exit(), a4.err());
        assertEquals(List.of(), a4.lines());

        Run badge = run("validate", "-b", BACKGROUNDS.resolve("pretix-badge_default_a6l.pdf").toString(), layout.toString());
        assertEquals(0, badge.exit(), badge.err());
        assertTrue(badge.lines().contains(layout + ": element 1 (barcodearea): warning: it lies entirely outside the 148.00 × 105.00 mm page; it will not be printed."),
                badge.out());
    }

    @Test
    void anElementOnAPageTheBackgroundLacks() throws Exception {
        Path bg = dir.resolve("two-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A5));
            doc.addPage(new PDPage(PDRectangle.A5));
            doc.save(bg.toFile());
        }
        Path f = file("pages.json", "[{\"type\":\"poweredby\",\"page\":2,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"10\",\"content\":\"dark\"},"
                + "{\"type\":\"poweredby\",\"page\":3,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"10\",\"content\":\"dark\"}]");
        Run r = run("validate", "--background", bg.toString(), f.toString());
        assertEquals(0, r.exit());
        assertEquals(List.of(f + ": element 2 (poweredby): warning: it is on page 3, but the background has 2 pages; pretix never prints it."), r.lines());
    }

    @Test
    void aCorruptBackgroundExitsOneAsInRenderAndAMissingOneTwo() throws Exception {
        Path bg = file("bg.pdf", "%PDF-1.4\nthis is not really a pdf\n");
        Path layout = SAMPLES.resolve("ticket-default-current.json");
        Run r = run("validate", "--background", bg.toString(), layout.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: " + bg + ": The background is not a readable PDF file ("), r.err());
        Path out = dir.resolve("t.pdf");
        assertEquals(1, run("render", layout.toString(), "--background", bg.toString(), "-o", out.toString()).exit(), "the same code");
        assertEquals(1, run("raster", bg.toString(), "-o", dir.resolve("p.png").toString()).exit(), "the same code");
        Run missing = run("validate", "--background", dir.resolve("none.pdf").toString(), layout.toString());
        assertEquals(2, missing.exit());
        assertEquals("error: There is no file " + dir.resolve("none.pdf") + ".\n", missing.err());
        assertEquals(2, run("render", layout.toString(), "--background", dir.resolve("none.pdf").toString(), "-o", out.toString()).exit());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("validate").exit());
        assertEquals(2, run("validate", "--nope", "x.json").exit());
        assertEquals(2, run("format").exit());
    }

    @Test
    void helpListsBothCommands() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("validate") && r.out().contains("format"), r.out());
    }

    @Test
    void formatPrintsThePrettyLayoutToStandardOutput() throws Exception {
        Path in = SAMPLES.resolve("ticket-default-legacy-textarea.json");
        Run r = run("format", in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(LayoutDocument.read(in).toPrettyJson(), r.out());
    }

    @Test
    void formatWritesAFileThatDiffersOnlyInWhitespace() throws Exception {
        String original = "[{\"type\":\"textcontainer\",\"left\":\"17.50\",\"x\":1.50,\"n\":-0,\"e\":1e3,\"text\":\"Caf\u00e9 \\\"{x}\\\"\"}]";
        Path in = file("in.json", original);
        Path out = dir.resolve("out.json");
        Run r = run("format", in.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("[\n  {\n    \"type\": \"textcontainer\",\n    \"left\": \"17.50\",\n    \"x\": 1.50,\n    \"n\": -0,\n    \"e\": 1e3,\n"
                + "    \"text\": \"Caf\u00e9 \\\"{x}\\\"\"\n  }\n]\n", written);
        assertEquals(0, run("format", "--check", out.toString()).exit());
        assertEquals(1, run("format", "--check", in.toString()).exit());
        assertEquals(0, run("format", in.toString(), "-o", in.toString()).exit(), "in place");
        assertEquals(written, Files.readString(in, StandardCharsets.UTF_8));
    }

    @Test
    void formatRefusesWhatIsNotALayout() throws Exception {
        Run notLayout = run("format", file("o.json", "{\"a\":1}").toString());
        assertEquals(1, notLayout.exit());
        assertTrue(notLayout.err().contains("A layout is a JSON list of elements"), notLayout.err());
        Run unreadable = run("format", file("b.json", "\u0000\u0001\u0002binary").toString());
        assertEquals(2, unreadable.exit());
        assertTrue(unreadable.err().contains("error: The file is binary data, not a layout"), unreadable.err());
        Run unwritable = run("format", SAMPLES.resolve("ticket-default-current.json").toString(), "-o", dir.resolve("no/such/dir/x.json").toString());
        assertEquals(2, unwritable.exit());
        assertTrue(unwritable.err().contains("error: could not write the file"), unwritable.err());
    }
}
