package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundle in the language asked for, whatever the machine's language is. */
class TextsTest {
    @Test
    void englishOnAGermanMachineIsEnglish() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Undo", Texts.forLocale(Locale.ENGLISH).get("editor.undo"),
                    "Java's default fallback would answer a German machine's English user in German");
            assertEquals("Undo", Texts.forLocale(Locale.FRENCH).get("editor.undo"), "a language the bundle lacks gets English");
            assertEquals("Rückgängig", Texts.forLocale(Locale.GERMAN).get("editor.undo"));
            assertEquals("Undo", ErrorMessages.forLocale(Locale.ENGLISH).text("editor.undo"));
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void onlyPatternsWithPlaceholdersAreFormatted() {
        Texts en = Texts.forLocale(Locale.ENGLISH);
        assertEquals("Undo Move", en.get("editor.undoStep", "Move"));
        assertEquals("no.such.key", en.get("no.such.key"), "a missing key shows as itself");
    }
}
