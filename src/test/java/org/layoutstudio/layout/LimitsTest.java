package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers no ticket can use and texts longer than the renderer takes: named with element and property. */
class LimitsTest {
    private static final String TEXT = "{\"type\":\"textcontainer\",\"page\":1,\"left\":\"10.00\",\"bottom\":\"10.00\","
            + "\"width\":\"100.00\",\"height\":\"20.00\",\"content\":\"other\",\"text\":%s,\"fontsize\":\"13.0\","
            + "\"lineheight\":\"1.0\",\"color\":[0,0,0,1],\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,"
            + "\"align\":\"left\",\"verticalalign\":\"top\",\"autoresize\":false,\"splitlongwords\":true,\"rotation\":0}";

    private static String text(String textJson) {
        return String.format(TEXT, textJson);
    }

    @Test
    void overflowingNumbersAreErrorsWithElementAndProperty() throws Exception {
        String digits = "9".repeat(400);
        String json = "[" + text("\"ok\"").replace("\"left\":\"10.00\"", "\"left\":1e400")
                .replace("\"bottom\":\"10.00\"", "\"bottom\":\"" + digits + "\"") + "]";
        ValidationReport report = LayoutValidator.pretix().validate(LayoutJson.parse(json));
        assertFalse(report.isValid());
        List<String> lines = report.errors().stream().map(Finding::line).toList();
        assertEquals(List.of(
                "element 1 (textcontainer): \"left\" is 1e400, which no ticket can use; it must be a number between -10000 and 10000 mm.",
                "element 1 (textcontainer): \"bottom\" is \"" + "9".repeat(59) + "…, which no ticket can use; it must be a number between -10000 and 10000 mm."),
                lines);
        LayoutDocument doc = LayoutDocument.parse(json);
        assertEquals(2, LayoutValidator.beyondLimits(doc).size());
        assertTrue(new Preflight().check(doc, PageGeometry.A4_PORTRAIT).isEmpty(), "no placement to judge, and no crash");
        assertEquals(LayoutJson.writeCompact(LayoutJson.parse(json)), doc.toCompactJson(), "kept losslessly for format");
    }

    @Test
    void ordinaryAndBorderlineNumbersPass() throws Exception {
        String json = "[" + text("\"ok\"").replace("\"left\":\"10.00\"", "\"left\":-10000").replace("\"rotation\":0", "\"rotation\":720.5") + "]";
        assertTrue(LayoutValidator.pretix().validate(LayoutJson.parse(json)).isValid());
        assertTrue(LayoutValidator.beyondLimits(LayoutDocument.parse(json)).isEmpty());
    }

    @Test
    void textsWarnLongBeforeTheRendererRefuses() throws Exception {
        LayoutDocument longText = LayoutDocument.parse("[" + text("\"" + "x".repeat(5_000) + "\"") + "]");
        assertTrue(LayoutValidator.pretix().validate(longText).isValid());
        List<Finding> warnings = new Preflight().check(longText, null).warnings();
        assertEquals(List.of("element 1 (textcontainer): warning: \"text\" has 5,000 characters; no ticket shows that much"
                + " text legibly (Layout Studio renders at most 20,000)."), warnings.stream().map(Finding::line).toList());

        LayoutDocument newlines = LayoutDocument.parse("[" + text("\"" + "\\n".repeat(1_000_000) + "\"") + "]");
        List<Finding> errors = LayoutValidator.beyondLimits(newlines);
        assertEquals(List.of("element 1 (textcontainer): \"text\" has 1,000,000 characters; Layout Studio renders at most 20,000 per text."),
                errors.stream().map(Finding::line).toList());
        assertFalse(LayoutValidator.pretix().validate(newlines).isValid());

        String i18n = text("\"\"").replace("\"content\":\"other\"", "\"content\":\"other_i18n\"")
                .replace("\"text\":\"\"", "\"text_i18n\":{\"en\":\"hi\",\"de\":\"" + "y".repeat(20_001) + "\"}");
        assertEquals(List.of("text_i18n"), LayoutValidator.beyondLimits(LayoutDocument.parse("[" + i18n + "]"))
                .stream().map(Finding::property).toList());
    }
}
