package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --font FILE|DIR} on render and validate: the fonts the user's pretix offers; every other family prints in Open Sans. */
class FontOptionTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path layout(String family, String text) throws Exception {
        return Files.writeString(dir.resolve(family.replace(' ', '_') + ".json"), "[{\"type\":\"textcontainer\",\"left\":\"10\","
                + "\"bottom\":\"250\",\"width\":\"150\",\"height\":\"20\",\"fontsize\":\"16.0\",\"fontfamily\":\"" + family
                + "\",\"bold\":false,\"italic\":false,\"align\":\"left\",\"verticalalign\":\"top\",\"content\":\"other\","
                + "\"text\":\"" + text + "\",\"color\":[0,0,0,1]}]");
    }

    private static String fontsOf(Path pdf) throws Exception {
        StringBuilder names = new StringBuilder();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDResources res = d.getPage(0).getResources();
            for (COSName n : res.getFontNames()) {
                names.append(res.getFont(n).getName()).append(' ');
            }
        }
        return names.toString();
    }

    @Test
    void aFontGivenWithFontIsDrawnAndOthersPrintInOpenSans() throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.copy(DEJAVU, fonts.resolve("DejaVuSans.ttf"));
        Path layout = layout("DejaVu Sans", "Shalom");
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        assertEquals(0, run("render", layout.toString(), "--font", fonts.toString(), "-o", with.toString()).exit());
        assertEquals(0, run("render", layout.toString(), "-o", without.toString()).exit());
        assertTrue(fontsOf(with).contains("DejaVuSans"), fontsOf(with));
        assertFalse(fontsOf(without).contains("DejaVu"), "installed on this computer, but not given: " + fontsOf(without));
        assertTrue(fontsOf(without).contains("OpenSans"), fontsOf(without));
    }

    @Test
    void validateWarnsAboutFontsAndBoxes() throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        Path hebrew = layout("Open Sans", "\u05e9\u05dc\u05d5\u05dd");
        Run boxes = run("validate", hebrew.toString());
        assertEquals(0, boxes.exit(), boxes.err());
        assertTrue(boxes.out().contains("Open Sans has no glyphs for \u05e9, \u05dc, \u05d5, \u05dd; these print as boxes"), boxes.out());

        Path dejavu = layout("DejaVu Sans", "\u05e9\u05dc\u05d5\u05dd");
        assertTrue(run("validate", dejavu.toString()).out().contains("only when a font plugin offers it"));
        Run given = run("validate", dejavu.toString(), "--font", DEJAVU.toString());
        assertEquals("", given.out(), "DejaVu Sans is offered and has the letters");

        Run bad = run("validate", dejavu.toString(), "--font", dir.resolve("missing.ttf").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("does not exist"), bad.err());
    }
}
