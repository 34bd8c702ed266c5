package org.layoutstudio.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.FontFacts.Availability;

class FontCatalogTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DEJAVU_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @Test
    void openSansIsPretixsVersion110InFourStyles() throws Exception {
        FontCatalog c = FontCatalog.builtInOnly();
        for (boolean bold : new boolean[] {false, true}) {
            for (boolean italic : new boolean[] {false, true}) {
                ResolvedFont f = c.resolve("Open Sans", bold, italic);
                assertEquals(bold, f.bold());
                assertEquals(italic, f.italic());
                assertFalse(f.fallback());
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(c.ttfBytes(f)));
                assertEquals(1.10, ttf.getHeader().getFontRevision(), 1e-4, "Open Sans 1.10, as pretix ships it");
                assertEquals(bold, (ttf.getHeader().getMacStyle() & 1) != 0);
            }
        }
        assertEquals("Open Sans|B|I", c.resolve("Open Sans", true, true).key());
        assertEquals("Open Sans B I", c.resolve("Open Sans", true, true).pretixName());
    }

    @Test
    void openSansMetricsAreTheFilesOwn() {
        FontCatalog c = FontCatalog.builtInOnly();
        FontMetrics m = c.metrics(c.resolve("Open Sans", false, false));
        assertEquals(1567 * 1000.0 / 2048, m.ascent(), 1e-9, "OS/2 typo ascender of 1.10");
        assertEquals(-492 * 1000.0 / 2048, m.descent(), 1e-9);
        assertEquals(532 * 1000.0 / 2048, m.advance(' '), 1e-9);
        assertEquals(1229 * 1000.0 / 2048, m.advance(0x05D0), 1e-9, "a missing character takes the .notdef advance");
        FontMetrics italic = c.metrics(c.resolve("Open Sans", false, true));
        assertEquals(1026 * 1000.0 / 2048, italic.advance('g'), 1e-9, "1.10's italic g (Open Sans 3's is 18 units/1000 em wider)");
        assertEquals(m.advance(' '), m.advance(0xa0), 1e-9, "reportlab draws a no-break space as a space");
    }

    @Test
    void openSansLacksHebrewArabicAndCjkButHasGreekAndCyrillic() {
        FontCatalog c = FontCatalog.builtInOnly();
        FontMetrics m = c.metrics(c.resolve("Open Sans", false, true));
        assertEquals("", m.missing("Ωμέγα Жёлтый"));
        assertEquals("שלום", m.missing("שלום"));
        assertEquals("漢字", m.missing("漢字 abc 漢"));
        java.awt.geom.Rectangle2D box = m.notdefOutline().getBounds2D();
        assertEquals(193 * 1000.0 / 2048, box.getMinX(), 1e-6, "the .notdef box of Open Sans 1.10");
        assertEquals(1462 * 1000.0 / 2048, box.getMaxY(), 1e-6);
    }

    @Test
    void anInstalledFamilyIsDrawnOnlyWhenTheEventOffersIt(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        Files.copy(DEJAVU, dir.resolve("DejaVuSans.ttf"));
        Files.copy(DEJAVU_BOLD, dir.resolve("DejaVuSans-Bold.ttf"));
        FontCatalog c = FontCatalog.builtInOnly();
        assertEquals(List.of("DejaVu Sans"), c.add(dir));
        assertEquals(List.of("DejaVu Sans"), c.installedFamilies());

        assertEquals(Availability.NOT_OFFERED, c.availability("DejaVu Sans"));
        ResolvedFont notOffered = c.resolve("DejaVu Sans", true, false);
        assertEquals("Open Sans", notOffered.family(), "never a font because it happens to be installed");
        assertTrue(notOffered.fallback());
        assertTrue(notOffered.bold());

        c.offer(Set.of("DejaVu Sans", "Roboto"));
        assertEquals(Availability.OFFERED, c.availability("DejaVu Sans"));
        ResolvedFont offered = c.resolve("DejaVu Sans", true, false);
        assertEquals("DejaVu Sans", offered.family());
        assertFalse(offered.fallback());
        assertTrue(c.metrics(offered).hasGlyph(0x0416), "DejaVu has Cyrillic");
        assertTrue(c.resolve("DejaVu Sans", false, true).key().startsWith("DejaVu Sans|"), "the nearest style stands in");

        assertEquals(Availability.OFFERED_NOT_INSTALLED, c.availability("Roboto"));
        assertEquals("Open Sans", c.resolve("Roboto", false, false).family());
        assertEquals(Availability.NOT_OFFERED, c.availability("dejavu sans"), "pretix matches the name exactly");
        assertEquals(Availability.BUILT_IN, c.availability("Open Sans"));

        assertEquals(List.of("DejaVu Sans"), c.familiesCovering("שלום"), "fonts here that have the characters");
        assertEquals(List.of(), c.familiesCovering("漢"));
        assertEquals("", c.missingGlyphs("DejaVu Sans", false, false, "שלום"));
        assertEquals("שלום", c.missingGlyphs("Arial", false, false, "שלום"), "Arial is not offered: Open Sans lacks them");

        c.remove(dir);
        assertEquals(List.of(), c.installedFamilies());
        assertEquals(Availability.OFFERED_NOT_INSTALLED, c.availability("DejaVu Sans"));
    }

    @Test
    void theIndexIsKeptOnDiskAndReadAgainOnlyForChangedFiles(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Path cache = dir.resolve("cache/font-index.json");
        Files.copy(DEJAVU, fonts.resolve("a.ttf"));
        Files.writeString(fonts.resolve("broken.ttf"), "not a font");

        FontIndex first = new FontIndex(List.of(fonts), cache);
        assertEquals(1, first.faces().size());
        assertEquals(2, first.parsedLastTime());
        assertTrue(Files.isRegularFile(cache));

        FontIndex again = new FontIndex(List.of(fonts), cache);
        assertEquals("DejaVu Sans", again.faces().get(0).family());
        assertEquals(0, again.parsedLastTime(), "nothing changed: nothing parsed, the broken file included");

        Files.copy(DEJAVU_BOLD, fonts.resolve("b.ttf"));
        Files.setLastModifiedTime(fonts.resolve("a.ttf"), FileTime.fromMillis(1_000_000));
        FontIndex changed = new FontIndex(List.of(fonts), cache);
        assertEquals(2, changed.faces().size());
        assertEquals(2, changed.parsedLastTime(), "the new file and the touched one");

        Files.delete(fonts.resolve("a.ttf"));
        FontIndex removed = new FontIndex(List.of(fonts), cache);
        assertEquals(1, removed.faces().size());
        assertTrue(removed.faces().get(0).bold());
        assertEquals(0, removed.parsedLastTime());
    }

    @Test
    void aFileOrFolderThatCannotBeUsedIsNamed(@TempDir Path dir) throws Exception {
        Path fake = Files.writeString(dir.resolve("Fancy.ttf"), "this is not a font");
        FontException e = assertThrows(FontException.class, () -> FontCatalog.builtInOnly().add(fake));
        assertTrue(e.getMessage().contains("Fancy.ttf is not a TrueType font file"), e.getMessage());
        FontException missing = assertThrows(FontException.class, () -> FontCatalog.builtInOnly().add(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }
}
