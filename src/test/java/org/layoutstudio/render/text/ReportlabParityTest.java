package org.layoutstudio.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.layoutstudio.layout.Element;

/**
 * Compares the text engine with what reportlab (pretix's renderer) made of 420 texts: line breaks,
 * line widths, x offsets (alignment), baselines, word spacing, wrap height and auto-resized font
 * size. The expectations were produced by {@code make_reportlab_cases.py} next to the JSON file.
 */
class ReportlabParityTest {
    private static final double TOL = 1e-4;
    private static final FontCatalog FONTS = FontCatalog.builtInOnly();
    private static final TextLayoutEngine ENGINE = new TextLayoutEngine(FONTS);

    static List<JsonNode> cases() throws Exception {
        try (InputStream in = ReportlabParityTest.class.getResourceAsStream("reportlab-cases.json")) {
            List<JsonNode> all = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(all::add);
            return all;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesReportlab() throws Exception {
        List<JsonNode> cases = cases();
        return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(
                "case " + i + ": " + cases.get(i).get("type").asText() + " " + cases.get(i).get("text").asText().replace('\n', '|'),
                () -> check(cases.get(i))));
    }

    @Test
    void coversAllFourStylesAndEveryAlignment() throws Exception {
        long styles = cases().stream().map(c -> c.get("bold").asBoolean() + "/" + c.get("italic").asBoolean()).distinct().count();
        long aligns = cases().stream().map(c -> c.get("align").asText()).distinct().count();
        assertEquals(4, styles);
        assertEquals(3, aligns);
    }

    static Element element(JsonNode c) throws Exception {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("type", c.get("type").asText());
        o.put("left", "0");
        o.put("bottom", "0");
        o.put("width", c.get("width_mm").asText());
        if (c.has("height_mm")) {
            o.put("height", c.get("height_mm").asText());
            o.put("autoresize", c.get("autoresize").asBoolean());
            o.put("verticalalign", "top");
        } else {
            o.put("downward", true);
        }
        if (c.has("lineheight")) {
            o.put("lineheight", c.get("lineheight").asText());
        }
        o.put("fontsize", c.get("fontsize").asText());
        o.put("fontfamily", "Open Sans");
        o.put("bold", c.get("bold").asBoolean());
        o.put("italic", c.get("italic").asBoolean());
        o.put("align", c.get("align").asText());
        o.put("splitlongwords", c.get("splitlongwords").asBoolean());
        o.put("content", "other");
        o.put("text", c.get("text").asText());
        return Element.parse(o.toString());
    }

    private static void check(JsonNode c) throws Exception {
        Element e = element(c);
        TextBlock b = ENGINE.layout(e, c.get("text").asText());
        JsonNode exp = c.get("expected");
        assertEquals(exp.get("fontsize").asDouble(), b.fontSize(), 1e-9, "font size after auto-resize");
        JsonNode widths = exp.get("widths");
        List<String> got = new ArrayList<>();
        b.lines().forEach(l -> got.add(l.text()));
        List<String> want = new ArrayList<>();
        exp.get("lines").forEach(l -> want.add(l.get("text").asText()));
        // reportlab draws nothing for a paragraph of empty lines; compare the widths' count then
        assertEquals(widths.size(), b.lines().size(), "line count; got " + got + " want " + want);
        assertEquals(exp.get("height").asDouble(), b.height(), TOL, "wrap height");
        for (int i = 0; i < widths.size(); i++) {
            assertEquals(widths.get(i).asDouble(), b.lines().get(i).width(), TOL, "width of line " + i);
        }
        double top = 0;
        if (!c.has("height_mm")) {
            top = FONTS.metrics(b.font()).descent() * b.fontSize() / 1000.0 / 2.5;
        }
        int j = 0;
        for (TextLine line : b.lines()) {
            if (j < want.size() && line.text().replace("\u00a0", " ").strip().isEmpty() && !want.get(j).strip().isEmpty()) {
                continue;
            }
            if (j >= want.size()) {
                break;
            }
            JsonNode w = exp.get("lines").get(j);
            if (line.text().isEmpty() && !w.get("text").asText().isEmpty()) {
                continue; // reportlab shows no text for an empty line
            }
            assertEquals(w.get("text").asText().strip(), line.text().strip(), "text of line " + j);
            assertEquals(w.get("x").asDouble(), line.x(), TOL, "x of line " + j + " '" + line.text() + "'");
            assertEquals(top + w.get("below_top").asDouble(), line.baseline(), TOL, "baseline of line " + j);
            assertEquals(w.get("wordSpace").asDouble(), line.wordSpace(), TOL, "word space of line " + j);
            j++;
        }
    }
}
