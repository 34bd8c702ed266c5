package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutValidatorTest {
    static final String TEXT = "{\"type\":\"textcontainer\",\"page\":1,\"locale\":\"\",\"left\":\"10.00\",\"bottom\":\"20.00\","
            + "\"fontsize\":\"13.0\",\"lineheight\":\"1\",\"color\":[0,0,0,1],\"fontfamily\":\"Open Sans\",\"bold\":false,"
            + "\"italic\":false,\"width\":\"50.00\",\"height\":\"10.00\",\"content\":\"attendee_name\",\"text\":\"\","
            + "\"text_i18n\":{},\"rotation\":0,\"align\":\"left\",\"verticalalign\":\"middle\",\"autoresize\":true,\"splitlongwords\":false}";
    static final String LEGACY = "{\"type\":\"textarea\",\"left\":\"17.50\",\"bottom\":\"274.60\",\"fontsize\":\"16.0\",\"color\":[0,0,0,1],"
            + "\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"width\":\"175.00\",\"content\":\"event_name\",\"text\":\"\",\"align\":\"left\"}";
    static final String QR = "{\"type\":\"barcodearea\",\"page\":1,\"left\":\"130.40\",\"bottom\":\"204.50\",\"size\":\"64.00\","
            + "\"content\":\"secret\",\"text\":\"\",\"text_i18n\":{},\"nowhitespace\":false,\"color\":[0,0,0,1]}";
    static final String IMAGE = "{\"type\":\"imagearea\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"30\",\"height\":\"40\",\"content\":\"question_photo\"}";
    static final String LOGO = "{\"type\":\"poweredby\",\"page\":1,\"left\":\"88.72\",\"bottom\":\"10.00\",\"size\":\"20.00\",\"content\":\"dark\"}";

    private static List<String> sentences(String layout) throws Exception {
        return LayoutValidator.pretix().validate(LayoutJson.parse(layout)).findings().stream().map(Finding::toString).toList();
    }

    /** Replaces {@code "key":value} (value up to the next comma or brace) in a one-line element. */
    private static String set(String element, String key, String json) {
        String replaced = element.replaceFirst("\"" + key + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}]*)", "\"" + key + "\":" + json.replace("$", "\\$"));
        if (replaced.equals(element)) {
            throw new IllegalArgumentException("no key " + key);
        }
        return replaced;
    }

    private static String without(String element, String key) {
        return element.replaceFirst(",?\"" + key + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}]*)", "").replace("{,", "{");
    }

    private static String add(String element, String key, String json) {
        return element.substring(0, element.length() - 1) + ",\"" + key + "\":" + json + "}";
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("[" + LOGO + "," + QR + "," + set(TEXT, "left", "\"1,5\"") + "]",
                        "element 3 (textcontainer): \"left\" is \"1,5\", but it must be a number of millimetres such as 12.5 or \"12.50\" (a dot, no comma)."),
                Arguments.of("[" + LOGO + "," + without(QR, "size") + "]",
                        "element 2 (barcodearea): \"size\" is missing; a QR code needs its edge length in mm."),
                Arguments.of("[" + add(LEGACY, "height", "\"10.00\"") + "]",
                        "element 1 (textarea): \"height\" is not a property of a legacy text; allowed are type, page, left, bottom, width, content, text, text_i18n, locale, fontsize, lineheight, fontfamily, bold, italic, align, color, downward, rotation."),
                Arguments.of("[" + set(TEXT, "align", "\"middle\"") + "]",
                        "element 1 (textcontainer): \"align\" is \"middle\"; allowed are left, center, right."),
                Arguments.of("[" + set(TEXT, "color", "[0,0]") + "]",
                        "element 1 (textcontainer): \"color\" is [0,0], but it must be 3 or 4 numbers from 0 to 255 ([r, g, b, alpha]); it has 2."),
                Arguments.of("[" + set(QR, "color", "[0,0,300,1]") + "]",
                        "element 1 (barcodearea): \"color\" is [0,0,300,1], but it must be 3 or 4 numbers from 0 to 255 ([r, g, b, alpha]); 300 is more than 255."),
                Arguments.of("[" + set(TEXT, "color", "\"#ff0000\"") + "]",
                        "element 1 (textcontainer): \"color\" is \"#ff0000\", but it must be 3 or 4 numbers from 0 to 255 ([r, g, b, alpha])."),
                Arguments.of("[" + set(LEGACY, "color", "[0,\"0\",0]") + "]",
                        "element 1 (textarea): \"color\" is [0,\"0\",0], but it must be 3 or 4 numbers from 0 to 255 ([r, g, b, alpha]); \"0\" is not a number."),
                Arguments.of("[" + set(TEXT, "color", "[-1,0,0]") + "]",
                        "element 1 (textcontainer): \"color\" is [-1,0,0], but it must be 3 or 4 numbers from 0 to 255 ([r, g, b, alpha]); -1 is less than 0."),
                Arguments.of("[" + set(TEXT, "bold", "\"true\"") + "]",
                        "element 1 (textcontainer): \"bold\" is \"true\", but it must be true or false, without quotes."),
                Arguments.of("[" + set(TEXT, "page", "\"2\"") + "]",
                        "element 1 (textcontainer): \"page\" is \"2\", but it must be a page number such as 1 or 2, without quotes."),
                Arguments.of("[" + set(TEXT, "fontsize", "\"12pt\"") + "]",
                        "element 1 (textcontainer): \"fontsize\" is \"12pt\", but it must be a font size in points such as 13 or \"13.0\" (no unit)."),
                Arguments.of("[" + set(QR, "left", "\" 12\"") + "]",
                        "element 1 (barcodearea): \"left\" is \" 12\", but it must be a number of millimetres such as 12.5 or \"12.50\" (no spaces)."),
                Arguments.of("[" + set(IMAGE, "width", "\".5\"") + "]",
                        "element 1 (imagearea): \"width\" is \".5\", but it must be a number of millimetres such as 12.5 or \"12.50\" (digits on both sides of the dot)."),
                Arguments.of("[" + set(TEXT, "rotation", "\"1e3\"") + "]",
                        "element 1 (textcontainer): \"rotation\" is \"1e3\", but it must be an angle in degrees such as 90 or \"-12.5\" (no exponent)."),
                Arguments.of("[" + set(TEXT, "lineheight", "null") + "]",
                        "element 1 (textcontainer): \"lineheight\" is null, but it must be a line-height factor such as 1 or \"1.15\"."),
                Arguments.of("[" + set(TEXT, "verticalalign", "\"center\"") + "]",
                        "element 1 (textcontainer): \"verticalalign\" is \"center\"; allowed are top, middle, bottom."),
                Arguments.of("[" + set(LOGO, "content", "\"black\"") + "]",
                        "element 1 (poweredby): \"content\" is \"black\"; allowed are dark, white."),
                Arguments.of("[" + add(TEXT, "fontSize", "\"13.0\"") + "]",
                        "element 1 (textcontainer): \"fontSize\" is not a property of a text box (did you mean \"fontsize\"?); allowed are type, page, left, bottom, width, height, content, text, text_i18n, locale, fontsize, lineheight, fontfamily, bold, italic, autoresize, splitlongwords, align, verticalalign, color, rotation."),
                Arguments.of("[" + add(LOGO, "color", "[0,0,0]") + "]",
                        "element 1 (poweredby): \"color\" is not a property of the pretix logo; allowed are type, page, left, bottom, content, size."),
                Arguments.of("[" + without(TEXT, "verticalalign") + "]",
                        "element 1 (textcontainer): \"verticalalign\" is missing; a text box needs its vertical alignment: top, middle or bottom."),
                Arguments.of("[" + without(IMAGE, "content") + "]",
                        "element 1 (imagearea): \"content\" is missing; an image needs an image variable such as \"question_photo\", or \"\" for none."),
                Arguments.of("[" + without(LOGO, "size") + "]",
                        "element 1 (poweredby): \"size\" is missing; the pretix logo needs its height in mm."),
                Arguments.of("[" + set(TEXT, "text_i18n", "{\"1\":\"x\"}") + "]",
                        "element 1 (textcontainer): \"text_i18n\" has the key \"1\", but its keys must be language codes such as \"en\" or \"de-informal\"."),
                Arguments.of("[" + set(TEXT, "text_i18n", "{\"de\":3}") + "]",
                        "element 1 (textcontainer): \"text_i18n\" has 3 for \"de\", but every text must be in quotes."),
                Arguments.of("[" + set(TEXT, "text_i18n", "\"Hallo\"") + "]",
                        "element 1 (textcontainer): \"text_i18n\" is \"Hallo\", but it must be texts per language such as {\"en\": \"Hello\", \"de\": \"Hallo\"}."),
                Arguments.of("[" + set(TEXT, "content", "5") + "]",
                        "element 1 (textcontainer): \"content\" is 5, but it must be a variable name in quotes such as \"attendee_name\"."),
                Arguments.of("[" + set(TEXT, "locale", "5") + "]",
                        "element 1 (textcontainer): \"locale\" is 5, but it must be a language code in quotes such as \"de\", or \"\" or null for the order's language."),
                Arguments.of("[" + set(QR, "type", "\"qrcode\"") + "]",
                        "element 1 (qrcode): \"type\" is \"qrcode\"; allowed are barcodearea, imagearea, textcontainer, textarea, poweredby."),
                Arguments.of("[{\"foo\":\"bar\"}]",
                        "element 1: \"type\" is missing; it must be one of barcodearea, imagearea, textcontainer, textarea, poweredby."),
                Arguments.of("[" + LOGO + ",5]",
                        "element 2: it is a number (5), but every element must be a JSON object such as {\"type\": \"textcontainer\", …}."),
                Arguments.of("{\"layout\":[]}",
                        "A layout must be a JSON list of elements ([{…}, {…}]), but this is a JSON object. It looks like a pretix API answer; its \"layout\" field holds the layout."),
                Arguments.of("[" + set(QR, "nowhitespace", "1") + "]",
                        "element 1 (barcodearea): \"nowhitespace\" is 1, but it must be true or false."),
                Arguments.of("[" + set(TEXT, "fontfamily", "null") + "]",
                        "element 1 (textcontainer): \"fontfamily\" is null, but it must be a font name in quotes such as \"Open Sans\"."));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void eachMistakeHasItsSentence(String layout, String sentence) throws Exception {
        assertEquals(List.of(sentence), sentences(layout));
    }

    @Test
    void severalMistakesInOneElementFollowTheFileThenTheMissingOnes() throws Exception {
        String e = add(without(set(set(TEXT, "left", "\"1,5\""), "align", "\"middle\""), "fontsize"), "foo", "1");
        assertEquals(List.of(
                "element 1 (textcontainer): \"left\" is \"1,5\", but it must be a number of millimetres such as 12.5 or \"12.50\" (a dot, no comma).",
                "element 1 (textcontainer): \"align\" is \"middle\"; allowed are left, center, right.",
                "element 1 (textcontainer): \"foo\" is not a property of a text box; allowed are type, page, left, bottom, width, height, content, text, text_i18n, locale, fontsize, lineheight, fontfamily, bold, italic, autoresize, splitlongwords, align, verticalalign, color, rotation.",
                "element 1 (textcontainer): \"fontsize\" is missing; a text box needs its font size in points, such as \"13.0\"."),
                sentences("[" + e + "]"));
    }

    @Test
    void findingsCarryElementTypeAndProperty() throws Exception {
        ValidationReport r = LayoutValidator.pretix().validate(LayoutJson.parse("[" + LOGO + "," + without(QR, "size") + "]"));
        assertFalse(r.isValid());
        Finding f = r.findings().get(0);
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals(2, f.element());
        assertEquals("barcodearea", f.elementType());
        assertEquals("size", f.property());
        assertEquals(List.of(f), r.forElement(2));
    }

    @Test
    void validElementsOfEveryTypeAndNumbersAsNumbersPass() throws Exception {
        String numbers = set(set(set(QR, "left", "12.5"), "size", "30"), "bottom", "-3");
        assertTrue(LayoutValidator.pretix().validate(LayoutJson.parse("[" + TEXT + "," + LEGACY + "," + QR + "," + IMAGE + "," + LOGO + "," + numbers + "]")).isEmpty());
        assertTrue(LayoutValidator.pretix().validate(LayoutJson.parse("[]")).isValid());
    }

    @Test
    void everySampleLayoutIsValid() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/layouts"))) {
            for (Path f : files.toList()) {
                JsonNode root = LayoutJson.parse(Files.readAllBytes(f));
                assertEquals(List.of(), LayoutValidator.pretix().validate(root).findings(), f.toString());
                assertTrue(LayoutValidator.pretix().validate(LayoutDocument.fromJson(root)).isValid());
            }
        }
    }

    @Test
    void theSchemaNamesItsTypesAndProperties() {
        LayoutValidator v = LayoutValidator.pretix();
        assertEquals(List.of("barcodearea", "imagearea", "textcontainer", "textarea", "poweredby"), v.elementTypes());
        assertEquals(List.of("type", "left", "bottom", "size"), v.requiredProperties("barcodearea"));
        assertEquals(List.of(), v.properties("nope"));
    }
}
