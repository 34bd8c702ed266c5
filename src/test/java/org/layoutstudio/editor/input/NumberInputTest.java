package org.layoutstudio.editor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.layoutstudio.ui.Texts;

class NumberInputTest {
    private final NumberInput english = new NumberInput(Texts.forLocale(Locale.ENGLISH));
    private final NumberInput german = new NumberInput(Texts.forLocale(Locale.GERMAN));

    @Test
    void dotIsTheDecimalSeparatorAndACommaIsExplained() {
        assertEquals(1.5, english.parse("1.5", 0, 10, "X", "mm").value());
        assertEquals(-3.0, english.parse(" -3 ", -10, 10, "X", "mm").value());
        NumberInput.Result comma = english.parse("1,5", 0, 10, "X", "mm");
        assertFalse(comma.ok());
        assertEquals("Use a dot as the decimal separator: 1.5 instead of 1,5.", comma.problem());
        assertEquals("“abc” is not a number. Font size is a number like 12.5.", english.parse("abc", 0, 10, "Font size", "pt").problem());
        assertEquals("Font size must be between 1 pt and 1000 pt.", english.parse("0", 1, 1000, "Font size", "pt").problem());
        assertEquals("Font size needs a number.", english.parse("  ", 1, 1000, "Font size", "pt").problem());
    }

    @Test
    void theSentencesAreGermanInGermanWithTheFieldsGermanName() {
        assertEquals("Schriftgröße muss zwischen 1 pt und 1000 pt liegen.", german.parse("0", 1, 1000, "Schriftgröße", "pt").problem());
        assertEquals("Verwenden Sie einen Punkt als Dezimaltrennzeichen: 1.5 statt 1,5.", german.parse("1,5", 0, 10, "X", "mm").problem());
        assertEquals("„zwölf“ ist keine Zahl. Breite ist eine Zahl wie 12.5.", german.parse("zwölf", 0, 10, "Breite", "mm").problem());
    }

    @Test
    void whatWasTypedIsQuotedBackEscapedAndShort() {
        String pasted = "\u001b]0;evil\u0007" + "x".repeat(5000);
        String problem = english.parse(pasted, 0, 10, "X", "mm").problem();
        assertFalse(problem.contains("\u001b"), problem);
        assertTrue(problem.length() < 500, "cut: " + problem.length());
    }
}
