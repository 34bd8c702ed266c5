package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The binary style sheets the build writes say what their text says, rule by rule and value by
 * value, and the app's theme has its binary form too.
 */
class BinaryStylesheetsTest {
    @Test
    void eachBinarySheetHasTheRulesOfItsText() throws Exception {
        for (String css : BinaryStylesheets.SHEETS) {
            URL text = getClass().getResource("/" + css);
            URL binary = getClass().getResource("/" + BinaryStylesheets.binaryName(css));
            assertNotNull(text, css);
            assertNotNull(binary, "the build writes " + BinaryStylesheets.binaryName(css));
            List<String> parsed = rules(new CssParser().parse(text), text);
            List<String> read = rules(Stylesheet.loadBinary(binary), binary);
            assertTrue(parsed.size() > 0, css);
            assertEquals(parsed, read, css);
        }
    }

    @Test
    void theThemeComesInBinaryFormToo() throws Exception {
        for (Theme theme : Theme.values()) {
            String css = theme.stylesheet();
            assertTrue(css.endsWith(".css"), css);
            // AtlantaFX ships it beside the text; were it missing, SHEETS should name the theme
            new URL(BinaryStylesheets.binaryName(css)).openStream().close();
        }
    }

    /** Each rule as selectors and declarations; the sheet's own address (kept for relative URLs) masked. */
    private static List<String> rules(Stylesheet sheet, URL own) {
        return sheet.getRules().stream().map(r -> rule(r).replace(own.toExternalForm(), "<sheet>")).toList();
    }

    private static String rule(Rule r) {
        StringBuilder b = new StringBuilder(r.getSelectors().toString()).append(" {");
        for (Declaration d : r.getDeclarations()) {
            b.append(d.getProperty()).append(": ").append(value(d.getParsedValue())).append(d.isImportant() ? " !important" : "").append("; ");
        }
        return b.append('}').toString();
    }

    /** A parsed value spelled out (its own toString prints nested arrays by identity). */
    private static String value(Object v) {
        if (v instanceof ParsedValue<?, ?> p) {
            return "(" + value(p.getValue()) + (p.getConverter() == null ? "" : " as " + p.getConverter().getClass().getName())
                    + (p.isContainsLookups() ? ", looked up" : "") + ")";
        }
        if (v instanceof Object[] values) {
            StringBuilder b = new StringBuilder("[");
            for (Object o : values) {
                b.append(value(o)).append(", ");
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }
}
