package org.layoutstudio.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FontCatalogTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @Test
    void openSansIsBuiltInWithFourStyles() {
        FontCatalog c = FontCatalog.builtInOnly();
        assertEquals(java.util.List.of("Open Sans"), c.families());
        for (boolean bold : new boolean[] {false, true}) {
            for (boolean italic : new boolean[] {false, true}) {
                ResolvedFont f = c.resolve("Open Sans", bold, italic);
                assertEquals(bold, f.bold());
                assertEquals(italic, f.italic());
                assertFalse(f.fallback());
                byte[] ttf = c.ttfBytes(f);
                assertEquals(0x00010000, java.nio.ByteBuffer.wrap(ttf).getInt(), "a TrueType file");
            }
        }
        assertEquals("Open Sans|B|I", c.resolve("Open Sans", true, true).key());
        assertEquals("Open Sans B I", c.resolve("Open Sans", true, true).pretixName());
    }

    @Test
    void unknownFamilyIsOpenSansMarkedAsFallback() {
        ResolvedFont f = FontCatalog.builtInOnly().resolve("Baloo Bhaijaan", false, true);
        assertTrue(f.fallback());
        assertEquals("Open Sans", f.family());
        assertTrue(f.italic());
    }

    @Test
    void pretixsOpenSansVerticalMetrics() {
        FontCatalog c = FontCatalog.builtInOnly();
        FontMetrics m = c.metrics(c.resolve("Open Sans", false, false));
        assertEquals(765.1367, m.ascent(), 1e-3);
        assertEquals(-240.2344, m.descent(), 1e-3);
        assertEquals(259.765625, m.advance(' '), 1e-6);
    }

    @Test
    void systemFontsByFamilyName() {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        FontCatalog c = FontCatalog.standard();
        assertTrue(c.families().contains("DejaVu Sans"), c.families().toString());
        ResolvedFont f = c.resolve("DejaVu Sans", true, false);
        assertFalse(f.fallback());
        assertTrue(f.bold());
        assertTrue(c.metrics(f).hasGlyph(0x0416), "DejaVu has Cyrillic");
    }

    @Test
    void addedFileIsUsedByItsFamilyName() throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        FontCatalog c = FontCatalog.builtInOnly();
        assertFalse(c.knows("DejaVu Sans"));
        ResolvedFont f = c.addFile(DEJAVU);
        assertEquals("DejaVu Sans", f.family());
        assertTrue(c.knows("DejaVu Sans"));
        ResolvedFont regular = c.resolve("DejaVu Sans", false, false);
        assertTrue(regular.bold(), "the only face of the family stands in for the missing styles");
    }
}
