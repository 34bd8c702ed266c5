package org.layoutstudio.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutTexts;
import org.layoutstudio.layout.Preflight;

/** Preflight with the renderer's fonts: families pretix would not draw, and characters that print as boxes. */
class FontPreflightTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static List<String> warnings(FontCatalog fonts, String family, String text) throws Exception {
        return findings(fonts, family, text).stream().map(Finding::toString).toList();
    }

    private static List<Finding> findings(FontCatalog fonts, String family, String text) throws Exception {
        String json = "[{\"type\":\"textcontainer\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"80\",\"height\":\"10\","
                + "\"fontsize\":\"13.0\",\"fontfamily\":\"" + family + "\",\"bold\":false,\"italic\":false,\"align\":\"left\","
                + "\"verticalalign\":\"top\",\"content\":\"other\",\"text\":\"" + text + "\",\"color\":[0,0,0,1]}]";
        return new Preflight(fonts).check(LayoutDocument.parse(json), null).findings();
    }

    @Test
    void namesTheCharactersOpenSansLacksAndTheFontsHereThatHaveThem(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        FontCatalog fonts = FontCatalog.builtInOnly();
        fonts.add(Files.copy(DEJAVU, dir.resolve("DejaVuSans.ttf")));
        assertEquals(List.of("element 1 (textcontainer): \"Ωμέγα שלום\" — Open Sans has no glyphs for ש, ל, ו, ם; these print"
                + " as boxes; of your fonts, DejaVu Sans has them (the event does not offer it: Settings → Fonts)."),
                warnings(fonts, "Open Sans", "Ωμέγα שלום"));

        assertEquals(List.of("Element 1 (textcontainer): \"Ωμέγα שלום\" — Open Sans hat keine Glyphen für ש, ל, ו, ם; sie werden als"
                + " Kästchen gedruckt; von Ihren Schriftarten hat DejaVu Sans sie (die Veranstaltung bietet sie nicht an:"
                + " Einstellungen → Schriftarten)."), findings(fonts, "Open Sans", "Ωμέγα שלום").stream()
                .map(LayoutTexts.forLocale(Locale.GERMAN)::withWhere).toList(), "the same in German");

        fonts.offer(Set.of("DejaVu Sans"));
        assertEquals(List.of(), warnings(fonts, "DejaVu Sans", "Ωμέγα שלום"), "DejaVu Sans has them and is offered");
        assertEquals(List.of("element 1 (textcontainer): \"Ωμέγα שלום\" — Open Sans has no glyphs for ש, ל, ו, ם; these print"
                + " as boxes; of your fonts, DejaVu Sans has them (the event offers it)."), warnings(fonts, "Open Sans", "Ωμέγα שלום"));
    }

    @Test
    void aFamilyTheEventDoesNotOfferIsPrintedInOpenSans() throws Exception {
        FontCatalog fonts = FontCatalog.builtInOnly();
        fonts.offer(Set.of("Roboto"));
        assertEquals(List.of("element 1 (textcontainer): pretix prints the font \"roboto\" only when a font plugin offers it, and"
                + " none known here does (did you mean \"Roboto\"?); the preview shows Open Sans, as pretix prints it then"
                + " (font plugins: Settings → Fonts, or --font)."),
                warnings(fonts, "roboto", "Hello"));
        assertEquals(List.of("element 1 (textcontainer): pretix prints the font \"Roboto\", but it is not installed here, so the"
                + " preview shows Open Sans; add its files in Settings → Fonts."), warnings(fonts, "Roboto", "Hello"));
        assertEquals(List.of("element 1 (textcontainer): \"漢字 and more\" — Open Sans has no glyphs for 漢, 字; these print as boxes."),
                warnings(FontCatalog.builtInOnly(), "Open Sans", "漢字 and more"));
        assertEquals(List.of(), warnings(FontCatalog.builtInOnly(), "Open Sans", "Ωμέγα Жёлтый Ünïcödé"));
    }
}
