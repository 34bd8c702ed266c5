package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample layout and every layout body of pretix's API tests survives load and save: the
 * compact output is the original minified, byte for byte; the pretty output parses to the same
 * JSON with the same number literals and value types.
 */
class RoundTripTest {
    static Stream<Path> samples() throws Exception {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("src/test/resources/layouts", "src/test/resources/api-bodies")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @Test
    void thereAreSamplesOfBothKinds() throws Exception {
        assertEquals(9, samples().count());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void compactWriteIsTheMinifiedOriginal(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        String minified = JsonMinifier.minify(new String(original, StandardCharsets.UTF_8));
        assertEquals(minified, LayoutDocument.parse(original).toCompactJson());
        assertEquals(minified, LayoutDocument.read(file).toCompactJson());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void prettyWriteChangesOnlyWhitespace(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        String pretty = LayoutDocument.parse(original).toPrettyJson();
        JsonNode before = LayoutJson.parse(original);
        JsonNode after = LayoutJson.parse(pretty);
        assertEquals(before, after);
        assertSameTypes(before, after, "$");
        assertEquals(JsonMinifier.minify(new String(original, StandardCharsets.UTF_8)), JsonMinifier.minify(pretty));
        assertEquals(pretty, LayoutDocument.parse(pretty).toPrettyJson(), "formatting twice changes nothing");
        assertTrue(pretty.endsWith("\n"));
    }

    @Test
    void prettyFormIsTwoSpacesAndKeyColonSpace() throws Exception {
        String pretty = LayoutDocument.parse("[{\"type\":\"poweredby\",\"left\":\"0\",\"color\":[0,1.50],\"text_i18n\":{}},[]]".replace(",[]", ""))
                .toPrettyJson();
        assertEquals("[\n  {\n    \"type\": \"poweredby\",\n    \"left\": \"0\",\n    \"color\": [\n      0,\n      1.50\n    ],\n"
                + "    \"text_i18n\": {}\n  }\n]\n", pretty);
    }

    /** Node classes compared recursively: a numeric string stays a string, 1.50 stays a decimal literal. */
    static void assertSameTypes(JsonNode a, JsonNode b, String path) {
        assertEquals(a.getNodeType(), b.getNodeType(), path);
        assertEquals(a.getClass(), b.getClass(), path);
        if (a.isNumber() || a.isTextual()) {
            assertEquals(a.asText(), b.asText(), path);
        }
        if (a.isObject()) {
            Iterator<String> ka = a.fieldNames();
            Iterator<String> kb = b.fieldNames();
            while (ka.hasNext()) {
                String k = ka.next();
                assertEquals(k, kb.next(), path + " key order");
                assertSameTypes(a.get(k), b.get(k), path + "." + k);
            }
            assertTrue(!kb.hasNext(), path);
        } else if (a.isArray()) {
            assertEquals(a.size(), b.size(), path);
            for (int i = 0; i < a.size(); i++) {
                assertSameTypes(a.get(i), b.get(i), path + "[" + i + "]");
            }
        }
    }
}
