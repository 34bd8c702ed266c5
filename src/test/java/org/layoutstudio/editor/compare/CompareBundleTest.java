package org.layoutstudio.editor.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.ErrorReport;
import org.layoutstudio.ui.Texts;

/** The comparison's texts exist in English and German alike, and format as sentences. */
class CompareBundleTest {
    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CompareBundleTest.class.getResourceAsStream("/org/layoutstudio/app/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> compareKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("editor.compare.") || k.startsWith("error.render.")).forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        assertEquals(compareKeys(en), compareKeys(de));
        assertTrue(compareKeys(en).size() > 30);
        for (String k : compareKeys(en)) {
            assertFalse(en.getProperty(k).isBlank() || de.getProperty(k).isBlank(), k);
        }
        assertNotEquals(en.getProperty("editor.compare.status.asking"), de.getProperty("editor.compare.status.asking"));
    }

    @Test
    void patternsKeepTheirApostrophesAndNumbersFollowTheLanguage() {
        Texts en = Texts.forLocale(Locale.ENGLISH);
        Texts de = Texts.forLocale(Locale.GERMAN);
        assertEquals("pretix prints this attendee's ticket with the product's layout “Badge” (#12).",
                en.get("editor.compare.note.layout", "Badge", "12"));
        assertEquals("Layout Studio's ticket has one page, pretix's 2.", en.get("editor.compare.note.pages", 1, 2));
        assertEquals("Das Ticket von Layout Studio hat 2 Seiten, das von pretix eine.", de.get("editor.compare.note.pages", 2, 1));
        assertEquals("Ink agreement 98.76 %", en.get("editor.compare.figure", 98.76));
        assertEquals("Übereinstimmung des Druckbilds 98,76 %", de.get("editor.compare.figure", 98.76));
        assertEquals("pretix is preparing the ticket PDF… (3 s)", en.get("editor.compare.status.preparing", 3L));
        assertEquals("125 %", de.get("editor.compare.zoomLevel", 125.0));
    }

    @Test
    void aRenderingFailureIsExplainedInBothLanguages() {
        RenderException e = new RenderException("pretix's ticket PDF cannot be read: The background PDF is empty.");
        ErrorReport en = ErrorMessages.forLocale(Locale.ENGLISH).explain(e);
        assertEquals("The PDF cannot be used", en.title());
        assertTrue(en.details().contains(e.getMessage()), "the renderer's own sentence stays in the details");
        ErrorReport de = ErrorMessages.forLocale(Locale.GERMAN).explain(e);
        assertEquals("Das PDF ist nicht verwendbar", de.title());
        assertTrue(de.whatToDo().contains("technischen Details"), de.whatToDo());
        assertTrue(!de.whatHappened().contains("background PDF"), "no English in the German report: " + de.whatHappened());
    }
}
