package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Thousands of mutated layouts (keys, values, types, truncation, garbage bytes) through load,
 * validate, preflight and write: nothing escapes but {@link LayoutFormatException} with a
 * message; the validator agrees with the raw schema; what is written parses back to the same.
 */
class MutatedLayoutPropertyTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<byte[]> SEEDS = seeds();
    /** pretix's whole schema, unsplit: the oracle for the validator's verdict. */
    private static final Schema RAW_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(LayoutValidator.bundledSchema());
    private static final String[] TYPES = {"textcontainer", "textarea", "barcodearea", "imagearea", "poweredby", "ellipse", ""};
    private static final String[] KEYS = {"type", "page", "left", "bottom", "width", "height", "size", "content", "text",
        "text_i18n", "locale", "fontsize", "lineheight", "fontfamily", "bold", "italic", "align", "verticalalign", "color",
        "rotation", "downward", "nowhitespace", "autoresize", "splitlongwords", "fontSize", "x", "\u00fc", ""};

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String dir : List.of("src/test/resources/layouts", "src/test/resources/api-bodies")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    byte[] b = Files.readAllBytes(f);
                    seeds.add(b);
                    seeds.add(JsonMinifier.minify(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return seeds;
    }

    @Property(tries = 2000)
    void nothingEscapesButTheDocumentedError(@ForAll @IntRange(min = 0, max = 17) int seedIndex, @ForAll long randomSeed,
            @ForAll @IntRange(min = 1, max = 4) int mutations) throws Exception {
        Random random = new Random(randomSeed);
        byte[] input = SEEDS.get(seedIndex % SEEDS.size());
        for (int i = 0; i < mutations; i++) {
            input = mutate(input, random);
        }
        byte[] bytes = input;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check(bytes), "a hang guard, not a speed test");
    }

    private static void check(byte[] bytes) throws Exception {
        JsonNode root;
        try {
            root = LayoutJson.parse(bytes);
        } catch (LayoutFormatException e) {
            assertMessage(e);
            assertMessage(assertThrows(LayoutFormatException.class, () -> LayoutDocument.parse(bytes)));
            return;
        }
        ValidationReport report = LayoutValidator.pretix().validate(root);
        report.findings().forEach(f -> assertFalse(f.message().isBlank()));
        boolean expected = RAW_SCHEMA.validate(root, com.networknt.schema.OutputFormat.BOOLEAN) && withinLimits(root);
        assertEquals(expected, report.isValid(), () -> "verdict differs for " + LayoutJson.writeCompact(root) + "\n" + report);
        new Preflight().check(root, PageGeometry.A4_PORTRAIT).findings().forEach(f -> assertFalse(f.isError()));

        String compact = LayoutJson.writeCompact(root);
        JsonNode again = LayoutJson.parse(compact);
        assertEquals(root, again);
        assertEquals(compact, LayoutJson.writeCompact(again));
        assertEquals(root, LayoutJson.parse(LayoutJson.writePretty(root)));

        boolean isLayout = root.isArray();
        for (JsonNode item : root) {
            isLayout &= item.isObject();
        }
        if (!isLayout) {
            LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutDocument.parse(bytes));
            assertEquals(LayoutFormatException.Kind.NOT_A_LAYOUT, e.kind());
            assertMessage(e);
            return;
        }
        LayoutDocument doc = LayoutDocument.parse(bytes);
        assertEquals(compact, doc.toCompactJson());
        assertTrue(doc.sameContent(LayoutDocument.parse(doc.toPrettyJson())));
        assertEquals(report.isValid(), LayoutValidator.pretix().validate(doc).isValid());
        new Preflight().check(doc, null);
    }

    /**
     * The second half of the oracle: pretix's schema allows numbers like 1e400 and texts of any
     * length, the validator does not ({@link InputLimits}). Decided here from the raw tree.
     */
    private static boolean withinLimits(JsonNode root) {
        if (!root.isArray()) {
            return true;
        }
        for (JsonNode item : root) {
            for (var it = item.fields(); it.hasNext(); ) {
                var field = it.next();
                JsonNode v = field.getValue();
                InputLimits.NumberRange range = InputLimits.rangeOf(field.getKey());
                if (range != null && (v.isNumber() || v.isTextual() && v.asText().matches("-?[0-9]+(\\.[0-9]+)?"))) {
                    double d = v.isNumber() ? v.doubleValue() : Double.parseDouble(v.asText());
                    if (!(Double.isFinite(d) && d >= range.min() && d <= range.max())) {
                        return false;
                    }
                }
                if (field.getKey().startsWith("text") && v.toString().length() > InputLimits.MAX_TEXT_CHARS) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void assertMessage(LayoutFormatException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message");
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    // ----- mutations -----

    static byte[] mutate(byte[] in, Random r) {
        switch (r.nextInt(8)) {
            case 0: return truncate(in, r);
            case 1: return insertGarbage(in, r);
            case 2: return deleteRange(in, r);
            case 3: return flipByte(in, r);
            default: return mutateTree(in, r);
        }
    }

    private static byte[] truncate(byte[] in, Random r) {
        return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
    }

    private static byte[] insertGarbage(byte[] in, Random r) {
        byte[] garbage = new byte[1 + r.nextInt(6)];
        String tokens = "{}[]\",:\\ 0-.eE\u0000";
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = r.nextBoolean() ? (byte) tokens.charAt(r.nextInt(tokens.length())) : (byte) r.nextInt(256);
        }
        int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
        byte[] out = new byte[in.length + garbage.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(garbage, 0, out, at, garbage.length);
        System.arraycopy(in, at, out, at + garbage.length, in.length - at);
        return out;
    }

    private static byte[] deleteRange(byte[] in, Random r) {
        if (in.length < 2) {
            return in;
        }
        int from = r.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + r.nextInt(20));
        byte[] out = new byte[in.length - (to - from)];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, to, out, from, in.length - to);
        return out;
    }

    private static byte[] flipByte(byte[] in, Random r) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        return out;
    }

    /** Structural mutations on the parsed tree; unparseable input gets garbage instead. */
    private static byte[] mutateTree(byte[] in, Random r) {
        JsonNode root;
        try {
            root = LayoutJson.parse(in);
        } catch (LayoutFormatException e) {
            return insertGarbage(in, r);
        }
        if (!root.isArray() || root.isEmpty()) {
            ArrayNode a = NODES.arrayNode();
            a.add(randomValue(r, 0));
            return LayoutJson.writeCompact(r.nextBoolean() ? a : root.isArray() ? randomElement(r) : a).getBytes(StandardCharsets.UTF_8);
        }
        ArrayNode a = (ArrayNode) root;
        int i = r.nextInt(a.size());
        JsonNode item = a.get(i);
        switch (r.nextInt(7)) {
            case 0:
                a.set(i, randomValue(r, 0));
                break;
            case 1:
                a.insert(r.nextInt(a.size() + 1), randomElement(r));
                break;
            case 2:
                a.remove(i);
                break;
            default:
                if (item.isObject()) {
                    mutateObject((ObjectNode) item, r);
                } else {
                    a.set(i, randomElement(r));
                }
        }
        String json = r.nextBoolean() ? LayoutJson.writeCompact(a) : LayoutJson.writePretty(a);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void mutateObject(ObjectNode o, Random r) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        String key = keys.isEmpty() ? KEYS[r.nextInt(KEYS.length)] : keys.get(r.nextInt(keys.size()));
        switch (r.nextInt(6)) {
            case 0:
                o.remove(key);
                break;
            case 1: {
                JsonNode v = o.remove(key);
                o.set(r.nextBoolean() ? KEYS[r.nextInt(KEYS.length)] : randomString(r), v == null ? randomValue(r, 0) : v);
                break;
            }
            case 2:
                o.put("type", TYPES[r.nextInt(TYPES.length)]);
                break;
            default:
                o.set(r.nextInt(4) == 0 ? KEYS[r.nextInt(KEYS.length)] : key, randomValue(r, 0));
        }
    }

    private static ObjectNode randomElement(Random r) {
        ObjectNode o = NODES.objectNode();
        o.put("type", TYPES[r.nextInt(TYPES.length)]);
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            o.set(KEYS[r.nextInt(KEYS.length)], randomValue(r, 1));
        }
        return o;
    }

    private static final String[] LITERALS = {"0", "-0", "1.50", "1e3", "-1E-7", "1e400", "12345678901234567890123", "-3",
        "255", "256", "0.0", "2.5e-3"};
    private static final String[] STRINGS = {"17.50", "1,5", "1.", ".5", " 1", "1e3", "-3", "", "left", "center", "middle",
        "dark", "other", "{attendee_name} {x}", "Open Sans", "Roboto", "\u00e9\u4e2d\ud83c\udfab", "\\\"", "true", "\u0000\n\t"};

    private static JsonNode randomValue(Random r, int depth) {
        int pick = r.nextInt(depth > 3 ? 4 : 7);
        switch (pick) {
            case 0: {
                String lit = LITERALS[r.nextInt(LITERALS.length)];
                try {
                    return LayoutJson.parse(lit);
                } catch (LayoutFormatException e) {
                    throw new IllegalStateException(e);
                }
            }
            case 1: return NODES.textNode(r.nextBoolean() ? STRINGS[r.nextInt(STRINGS.length)] : randomString(r));
            case 2: return r.nextBoolean() ? NODES.booleanNode(r.nextBoolean()) : NODES.nullNode();
            case 3: return NODES.numberNode(r.nextInt(600) - 100);
            case 4: {
                ArrayNode a = NODES.arrayNode();
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    a.add(r.nextInt(3) == 0 ? randomValue(r, depth + 1) : NODES.numberNode(r.nextInt(300)));
                }
                return a;
            }
            default: {
                ObjectNode o = NODES.objectNode();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    o.set(r.nextBoolean() ? randomString(r) : "de", randomValue(r, depth + 1));
                }
                return o;
            }
        }
    }

    private static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            b.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? (char) (0x20 + r.nextInt(0x5f)) : kind == 2 ? (char) r.nextInt(0xFFFF) : 'a');
        }
        return b.toString();
    }
}
