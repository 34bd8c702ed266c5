package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What came from outside is printed visibly escaped and capped: no terminal or BiDi control gets through. */
class SafeTextTest {
    /** Sets the terminal's title, rings the bell and clears the screen; then reverses what follows. */
    static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u202etxt.exe";

    @Test
    void terminalControlsAndBidiOverridesAreEscapedVisibly() {
        assertEquals("\\e]0;pwned\\u0007\\e[2J\\u202Etxt.exe", SafeText.line(HOSTILE));
        assertEquals("a\\nb\\r\\tc \\u009B \\u007F \\u2066x\\u2069 \\u2028", SafeText.line("a\nb\r\tc \u009b \u007f \u2066x\u2069 \u2028"));
    }

    @Test
    void ordinaryTextIsUntouched() {
        String s = "Ticket für Zoë — 中文 🎫 C:\\tickets\\ä.json";
        assertEquals(s, SafeText.line(s));
    }

    @Test
    void lengthIsCappedWithoutSplittingACharacterOrAnEscape() {
        assertEquals("abc…", SafeText.line("abcdef", 3));
        assertEquals("ab…", SafeText.line("ab\u001bc", 3), "an escape is not cut in half");
        assertEquals("a…", SafeText.line("a🎫", 2), "a surrogate pair is not cut in half");
        String huge = "x".repeat(10_000_000);
        assertEquals(SafeText.LINE_CHARS + 1, SafeText.line(huge).length());
        assertEquals("", SafeText.line(null));
    }

    @Test
    void findingsQuoteTheLayoutSafely() throws Exception {
        JsonNodeHolder h = new JsonNodeHolder("[{\"type\":" + jsonString(HOSTILE) + "}]");
        Finding f = LayoutValidator.pretix().validate(h.node).findings().get(0);
        for (String printed : new String[] {f.line(), f.toString(), f.where(), f.message()}) {
            assertFalse(printed.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), printed);
        }
        assertTrue(f.line().startsWith("element 1 (\\e]0;pwned\\u0007\\e[2J\\u202Etxt.exe): "), f.line());
    }

    @Test
    void jsonThatIsWrittenEscapesWhatATerminalWouldActOn() throws Exception {
        String written = LayoutDocument.parse("[{\"type\":" + jsonString(HOSTILE + "\u0085\u007f") + "}]").toPrettyJson();
        assertFalse(written.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x202e), written);
        assertTrue(written.contains("\\u001B]0;pwned\\u0007\\u001B[2J\\u202Etxt.exe\\u0085\\u007F"), written);
        assertEquals(LayoutDocument.parse("[{\"type\":" + jsonString(HOSTILE + "\u0085\u007f") + "}]").toCompactJson(),
                LayoutDocument.parse(written).toCompactJson(), "the escapes are the same text");
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.append('"').toString();
    }

    private static final class JsonNodeHolder {
        final com.fasterxml.jackson.databind.JsonNode node;

        JsonNodeHolder(String json) throws LayoutFormatException {
            node = LayoutJson.parse(json);
        }
    }
}
