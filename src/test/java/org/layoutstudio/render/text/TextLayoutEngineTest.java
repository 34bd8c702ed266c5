package org.layoutstudio.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.Units;

/** Positions from the text engine for every align, valign, rotation, autoresize, lineheight and textarea case. */
class TextLayoutEngineTest {
    private static final FontCatalog FONTS = FontCatalog.builtInOnly();
    private static final TextLayoutEngine ENGINE = new TextLayoutEngine(FONTS);
    private static final double EPS = 1e-9;

    static Element box(String extra) throws Exception {
        return merged("{\"type\":\"textcontainer\",\"left\":\"10.00\",\"bottom\":\"20.00\",\"width\":\"50.00\","
                + "\"height\":\"20.00\",\"fontsize\":\"12.0\",\"lineheight\":\"1\",\"fontfamily\":\"Open Sans\",\"bold\":false,"
                + "\"italic\":false,\"align\":\"left\",\"verticalalign\":\"top\",\"content\":\"other\",\"text\":\"\"}", extra);
    }

    static Element area(String extra) throws Exception {
        return merged("{\"type\":\"textarea\",\"left\":\"10.00\",\"bottom\":\"20.00\",\"width\":\"50.00\","
                + "\"fontsize\":\"10.0\",\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"align\":\"left\","
                + "\"content\":\"other\",\"text\":\"\"}", extra);
    }

    /** The base element with the extra keys (a JSON fragment starting with a comma) set over it. */
    static Element merged(String base, String extra) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) om.readTree(base);
        if (!extra.isEmpty()) {
            o.setAll((com.fasterxml.jackson.databind.node.ObjectNode) om.readTree("{" + extra.substring(1) + "}"));
        }
        return Element.of(o);
    }

    private static double width(String s, double size) {
        return FONTS.metrics(FONTS.resolve("Open Sans", false, false)).stringWidth(s, size);
    }

    @ParameterizedTest
    @CsvSource({"left", "center", "right"})
    void horizontalAlignment(String align) throws Exception {
        TextBlock b = ENGINE.layout(box(",\"align\":\"" + align + "\""), "Hello");
        double extra = Units.mmToPt(50) - width("Hello", 12);
        double expected = switch (align) {
            case "center" -> extra / 2;
            case "right" -> extra;
            default -> 0;
        };
        assertEquals(expected, b.lines().get(0).x(), EPS);
        assertEquals(width("Hello", 12), b.lines().get(0).width(), EPS);
    }

    @ParameterizedTest
    @CsvSource({"top", "middle", "bottom"})
    void verticalAlignment(String valign) throws Exception {
        TextBlock b = ENGINE.layout(box(",\"verticalalign\":\"" + valign + "\""), "Hello");
        double h = 12 * 1.15; // one line, leading = 1 × 1.15 × size
        double height = Units.mmToPt(20);
        double top = switch (valign) {
            case "middle" -> (height - h) / 2;
            case "bottom" -> height - h;
            default -> 0;
        };
        assertEquals(h, b.height(), EPS);
        assertEquals(top + 12, b.lines().get(0).baseline(), EPS, "reportlab's first baseline is one font size below the top");
        assertEquals(Units.mmToPt(10), b.originX(), EPS);
        assertEquals(Units.mmToPt(40), b.originY(), EPS, "origin = top-left corner of the box");
    }

    @ParameterizedTest
    @CsvSource({"0", "90", "-45", "180", "12.5"})
    void rotationIsAboutTheTopLeftCornerClockwise(double rotation) throws Exception {
        TextBlock b = ENGINE.layout(box(",\"rotation\":" + rotation), "Hello");
        assertEquals(rotation, b.rotation(), EPS);
        double[] origin = b.toPage(0, 0);
        assertEquals(b.originX(), origin[0], 1e-9);
        assertEquals(b.originY(), origin[1], 1e-9);
        double[] right = b.toPage(10, 0); // 10 pt along the first line
        double r = Math.toRadians(rotation);
        assertEquals(b.originX() + 10 * Math.cos(r), right[0], 1e-9);
        assertEquals(b.originY() - 10 * Math.sin(r), right[1], 1e-9, "clockwise on the page");
    }

    @Test
    void autoresizeShrinksWithPretixsStepsUntilTheTextFits() throws Exception {
        String text = "Large Text Way to Long for this Field being resized";
        TextBlock fixed = ENGINE.layout(box(",\"fontsize\":\"30.0\""), text);
        assertEquals(30, fixed.fontSize(), EPS);
        assertTrue(fixed.height() > Units.mmToPt(20), "without autoresize the text overflows");
        TextBlock b = ENGINE.layout(box(",\"fontsize\":\"30.0\",\"autoresize\":true"), text);
        // replay pretix's loop: −max(1, 10 %) while too high, −max(0.25, 2.5 %) while too wide
        double size = 30;
        while (true) {
            TextBlock t = ENGINE.layout(box(",\"fontsize\":\"" + size + "\""), text);
            boolean fits = t.height() <= Units.mmToPt(20) && t.maxLineWidth() <= Units.mmToPt(50);
            if (fits || size <= 1) {
                break;
            }
            size -= t.height() > Units.mmToPt(20) ? Math.max(1, size * 0.1) : Math.max(0.25, size * 0.025);
        }
        assertEquals(size, b.fontSize(), EPS);
        assertTrue(b.fontSize() < 30);
        assertTrue(b.height() <= Units.mmToPt(20));
        assertTrue(b.maxLineWidth() <= Units.mmToPt(50));
    }

    @Test
    void autoresizeAlsoShrinksAWordThatMayNotBeSplit() throws Exception {
        TextBlock b = ENGINE.layout(box(",\"width\":\"20.00\",\"fontsize\":\"16.0\",\"autoresize\":true,\"splitlongwords\":false"),
                "Vielzulangernamedernichtpasst");
        assertEquals(1, b.lines().size());
        assertTrue(b.lines().get(0).width() <= Units.mmToPt(20) + 1e-9);
        TextBlock unsplit = ENGINE.layout(box(",\"width\":\"20.00\",\"fontsize\":\"16.0\",\"splitlongwords\":false"),
                "Vielzulangernamedernichtpasst");
        assertTrue(unsplit.lines().get(0).width() > Units.mmToPt(20), "the word overflows the box");
        TextBlock split = ENGINE.layout(box(",\"width\":\"20.00\",\"fontsize\":\"16.0\""), "Vielzulangernamedernichtpasst");
        assertTrue(split.lines().size() > 1, "splitlongwords (default true) breaks the word");
    }

    @ParameterizedTest
    @CsvSource({"1, 13.8", "1.5, 20.7", "0.8, 11.04"})
    void lineHeightTimes115TimesSize(double lineHeight, double leading) throws Exception {
        TextBlock b = ENGINE.layout(box(",\"lineheight\":\"" + lineHeight + "\""), "one\ntwo");
        assertEquals(leading, b.leading(), 1e-9);
        assertEquals(leading, b.lines().get(1).baseline() - b.lines().get(0).baseline(), 1e-9);
        assertEquals(2 * leading, b.height(), 1e-9);
    }

    @Test
    void legacyTextareaUsesLeadingOneWithAutoLeadingMax() throws Exception {
        FontMetrics m = FONTS.metrics(FONTS.resolve("Open Sans", false, false));
        double a = m.ascent() / 100;
        double d = m.descent() / 100;
        TextBlock one = ENGINE.layout(area(",\"downward\":true"), "one line");
        assertEquals(Math.max(10, a - d), one.leading(), 1e-9, "simple paragraph: max(leading, ascent − descent)");
        TextBlock two = ENGINE.layout(area(",\"downward\":true"), "one\ntwo");
        double step = Math.max(10 * 5 / 6.0, a) + Math.max(10 / 6.0, -d);
        assertEquals(step, two.lines().get(1).baseline() - two.lines().get(0).baseline(), 1e-9,
                "reportlab's line-fragment path steps by max(5/6 L, ascent) + max(1/6 L, −descent)");
    }

    @Test
    void textareaDownwardHangsFromBottomAndUpwardSitsOnIt() throws Exception {
        FontMetrics m = FONTS.metrics(FONTS.resolve("Open Sans", false, false));
        double d = m.descent() / 100;
        TextBlock down = ENGINE.layout(area(",\"downward\":true"), "Hello");
        assertEquals(Units.mmToPt(20), down.originY(), 1e-9, "downward: bottom is the top edge");
        assertEquals(d / 2.5 + 10, down.lines().get(0).baseline(), 1e-9);
        TextBlock up = ENGINE.layout(area(""), "Hello");
        double h = up.height();
        assertEquals(Units.mmToPt(20) + h, up.originY(), 1e-9, "upward: the origin is h above bottom");
        assertEquals(d + 10, up.lines().get(0).baseline(), 1e-9);
        // the baseline of the last line lies (about) on `bottom`: origin − baseline
        assertEquals(Units.mmToPt(20) + h - (d + 10), up.originY() - up.lines().get(0).baseline(), 1e-9);
        TextBlock lh = ENGINE.layout(area(",\"lineheight\":\"1.5\""), "Hello");
        double adjusted = d + (1.5 * 1.15 - 1) * 10 * 1.05;
        assertEquals(adjusted + 10, lh.lines().get(0).baseline(), 1e-9, "lineheight adds pretix's empirical offset");
    }

    @Test
    void explicitLineBreaksAndHyphens() throws Exception {
        TextBlock b = ENGINE.layout(box(""), "a\n\nb");
        assertEquals(3, b.lines().size());
        assertEquals("", b.lines().get(1).text());
        TextBlock h = ENGINE.layout(box(",\"width\":\"45.00\""), "Leutheusser-Schnarrenberger");
        assertEquals("Leutheusser-", h.lines().get(0).text(), "a line may break after a hyphen");
        TextBlock same = ENGINE.layout(box(",\"width\":\"150.00\""), "Leutheusser-Schnarrenberger");
        assertEquals("Leutheusser-Schnarrenberger", same.lines().get(0).text(), "no space is added after the hyphen");
    }

    @Test
    void textIsNfcNormalised() throws Exception {
        TextBlock b = ENGINE.layout(box(""), "e\u0301te\u0301");
        assertEquals("\u00e9t\u00e9", b.lines().get(0).text());
    }

    @Test
    void rightToLeftScriptsAreShapedAndReordered() throws Exception {
        TextBlock hebrew = ENGINE.layout(box(""), "\u05e9\u05dc\u05d5\u05dd");
        assertEquals("\u05dd\u05d5\u05dc\u05e9", hebrew.lines().get(0).text(), "visual order");
        TextBlock arabic = ENGINE.layout(box(""), "\u0633\u0644\u0627\u0645");
        String t = arabic.lines().get(0).text();
        assertTrue(t.chars().allMatch(c -> c >= 0xFE70 && c <= 0xFEFF), "presentation forms: " + t);
        assertNotEquals("\u0633\u0644\u0627\u0645", t);
        // what pretix's get_display(reshaper.reshape(line)) gives (arabic_reshaper without ligatures, harakat deleted)
        assertEquals(hex("FEE1 FE8E FEE0 FEB3"), ENGINE.layout(box(""), "\u0633\u0644\u0627\u0645").lines().get(0).text());
        assertEquals(hex("FEDD FEEE FEA7 FEAA FEDF FE8D 0020 FE93 FEAE FEDB FEAC FE97"),
                ENGINE.layout(box(""), "\u062a\u0630\u0643\u0631\u0629 \u0627\u0644\u062f\u062e\u0648\u0644").lines().get(0).text());
        assertEquals(hex("FEE1 FE8E FEE0 FEB4 FEDF FE8D"),
                ENGINE.layout(box(""), "\u0627\u0644\u0633\u0651\u064e\u0644\u064e\u0627\u0645\u064f").lines().get(0).text());
        TextBlock mixed = ENGINE.layout(box(""), "Ticket \u05e9\u05dc\u05d5\u05dd 42");
        assertTrue(mixed.lines().get(0).text().startsWith("Ticket "), "left-to-right text stays in front");
    }

    @Test
    void unknownFamilyFallsBackToOpenSans() throws Exception {
        TextBlock b = ENGINE.layout(box(",\"fontfamily\":\"No Such Font\",\"bold\":true"), "x");
        assertTrue(b.font().fallback());
        assertEquals("Open Sans", b.font().family());
        assertTrue(b.font().bold());
        assertFalse(ENGINE.layout(box(""), "x").font().fallback());
    }

    @Test
    void emptyTextGivesNoLines() throws Exception {
        assertTrue(ENGINE.layout(box(""), "").lines().isEmpty());
        assertTrue(ENGINE.layout(box(""), "   ").lines().isEmpty());
        assertTrue(ENGINE.layout(box(",\"width\":\"0\""), "x").lines().isEmpty());
    }

    private static String hex(String codes) {
        StringBuilder b = new StringBuilder();
        for (String c : codes.split(" ")) {
            b.appendCodePoint(Integer.parseInt(c, 16));
        }
        return b.toString();
    }
}
