package org.layoutstudio.layout;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes JSON without losing anything a layout author wrote: key order, number
 * literals ({@code "17.50"} stays a string, {@code 1.50} stays {@code 1.50}), value types.
 * Hostile input is bounded ({@link InputLimits}): size, nesting depth, string and number length,
 * exponents; duplicate keys are rejected rather than silently dropped. What is written is safe on
 * a terminal: control and BiDi characters inside strings are written as {@code \\uXXXX} escapes.
 */
public final class LayoutJson {
    private static final JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .characterEscapes(new UnsafeCharacterEscapes())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_DEPTH)
                    .maxStringLength((int) InputLimits.MAX_JSON_BYTES)
                    .maxNumberLength(InputLimits.MAX_NUMBER_CHARS)
                    .maxDocumentLength(InputLimits.MAX_JSON_BYTES)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LayoutJson() {
    }

    /** Parses UTF-8 JSON bytes (any JSON value, at most {@link InputLimits#MAX_JSON_BYTES}) keeping every literal. */
    public static JsonNode parse(byte[] utf8) throws LayoutFormatException {
        if (utf8.length > InputLimits.MAX_JSON_BYTES) {
            throw unreadable(InputLimits.jsonTooLarge(sizeOf(utf8)));
        }
        return parseChecked(utf8);
    }

    /** Parses a layout's bytes: like {@link #parse(byte[])}, within {@link InputLimits#MAX_LAYOUT_BYTES}. */
    static JsonNode parseLayout(byte[] utf8) throws LayoutFormatException {
        if (utf8.length > InputLimits.MAX_LAYOUT_BYTES) {
            throw unreadable(InputLimits.layoutTooLarge(sizeOf(utf8)));
        }
        return parseChecked(utf8);
    }

    private static JsonNode parseChecked(byte[] utf8) throws LayoutFormatException {
        if (utf8.length == 0 || new String(utf8, StandardCharsets.ISO_8859_1).isBlank()) {
            throw unreadable("The file is empty; a layout is a JSON list of elements such as [].");
        }
        InputSniffer.check(utf8);
        try (JsonParser p = FACTORY.createParser(utf8)) {
            JsonNode root = read(p, p.nextToken());
            if (p.nextToken() != null) {
                throw unreadable("There is more text after the end of the JSON value" + where(p) + ".");
            }
            return root;
        } catch (LayoutFormatException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, constraintMessage(e), e);
        } catch (JsonParseException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file is not valid JSON" + location(e) + ": " + jsonProblem(e.getOriginalMessage()), e);
        } catch (CharConversionException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file is not UTF-8 text: " + jsonProblem(e.getMessage()), e);
        } catch (IOException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file could not be read as JSON: " + jsonProblem(e.getMessage()), e);
        }
    }

    /** Reads a layout file as JSON (any value), refusing files over {@link InputLimits#MAX_LAYOUT_BYTES} unread. */
    public static JsonNode read(Path file) throws LayoutFormatException {
        try {
            return parseLayout(InputFiles.read(file, InputLimits.MAX_LAYOUT_BYTES));
        } catch (InputFiles.TooLarge e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, InputLimits.layoutTooLarge(e.whatIsRead()), e);
        } catch (IOException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, InputFiles.problem(file, e), e);
        }
    }

    /**
     * Reads any JSON file (ticket values, an API answer saved to disk), refusing files over
     * {@link InputLimits#MAX_JSON_BYTES} unread.
     */
    public static JsonNode readJson(Path file) throws LayoutFormatException {
        try {
            return parse(InputFiles.read(file, InputLimits.MAX_JSON_BYTES));
        } catch (InputFiles.TooLarge e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, InputLimits.jsonTooLarge(e.whatIsRead()), e);
        } catch (IOException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, InputFiles.problem(file, e), e);
        }
    }

    private static String sizeOf(byte[] bytes) {
        return String.format(Locale.ROOT, "The file is %.1f MB", bytes.length / 1048576.0);
    }

    private static LayoutFormatException unreadable(String message) {
        return new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, message);
    }

    public static JsonNode parse(String json) throws LayoutFormatException {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read(JsonParser p, JsonToken t) throws IOException, LayoutFormatException {
        if (t == null) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, "The JSON ends too early.");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, read(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                JsonToken v;
                while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(read(p, v));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT: {
                String text = p.getText();
                if (text.startsWith("-0")) {
                    return new LiteralNumberNode(text, decimal(p));
                }
                BigInteger big = p.getBigIntegerValue();
                if (big.bitLength() < 32) {
                    return NODES.numberNode(big.intValue());
                }
                if (big.bitLength() < 64) {
                    return NODES.numberNode(big.longValue());
                }
                return NODES.numberNode(big);
            }
            case VALUE_NUMBER_FLOAT:
                return new LiteralNumberNode(p.getText(), decimal(p));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                        "Unexpected " + t + where(p) + ".");
        }
    }

    /**
     * The exact value of a number literal. Exponents beyond {@link InputLimits#MAX_EXPONENT} are
     * refused: Java cannot hold {@code 1e78901234567890123} exactly, and one of a billion digits
     * would take minutes to print.
     */
    private static BigDecimal decimal(JsonParser p) throws IOException, LayoutFormatException {
        String text = p.getText();
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            String digits = text.substring(e + 1).replaceFirst("^[+-]?0*", "");
            if (digits.length() > 9 || !digits.isEmpty() && Integer.parseInt(digits) > InputLimits.MAX_EXPONENT) {
                throw unreadable(InputLimits.exponentTooLarge(text, where(p)));
            }
        }
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException ex) {
            throw unreadable("The number " + SafeText.line(text, 60) + where(p) + " cannot be read.");
        }
    }

    /** Compact JSON: no whitespace at all, non-ASCII characters as UTF-8. */
    public static String writeCompact(JsonNode node) {
        return write(node, false);
    }

    /** Pretty JSON for files kept in git: two-space indent, {@code "key": value}, a final newline. */
    public static String writePretty(JsonNode node) {
        return write(node, true) + "\n";
    }

    private static String write(JsonNode node, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCodec(MAPPER);
            if (pretty) {
                DefaultIndenter indent = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withObjectEmptySeparator("")
                                .withArrayEmptySeparator(""))
                        .withObjectIndenter(indent)
                        .withArrayIndenter(indent));
            }
            writeNode(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the tree ourselves: Jackson's own tree writer would normalise number literals. */
    private static void writeNode(JsonGenerator g, JsonNode n) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            var it = n.fields();
            while (it.hasNext()) {
                var e = it.next();
                g.writeFieldName(e.getKey());
                writeNode(g, e.getValue());
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode item : n) {
                writeNode(g, item);
            }
            g.writeEndArray();
        } else if (n instanceof LiteralNumberNode lit) {
            g.writeNumber(lit.literal());
        } else if (n.isNumber()) {
            g.writeNumber(n.numberValue().toString());
        } else if (n.isTextual()) {
            g.writeString(n.asText());
        } else if (n.isBoolean()) {
            g.writeBoolean(n.asBoolean());
        } else if (n.isNull() || n.isMissingNode()) {
            g.writeNull();
        } else {
            MAPPER.writeTree(g, n);
        }
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "The JSON is nested more than " + InputLimits.MAX_DEPTH + " levels deep; a layout needs only 3 (list, element, colour).";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "The file holds a number with more than " + InputLimits.MAX_NUMBER_CHARS + " digits; that is no layout value.";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "The file holds a text longer than " + InputFiles.megabytes(InputLimits.MAX_JSON_BYTES) + "; that is no layout value.";
        }
        return InputLimits.jsonTooLarge("The JSON is larger than " + InputFiles.megabytes(InputLimits.MAX_JSON_BYTES));
    }

    private static String location(JsonParseException e) {
        if (e.getLocation() == null) {
            return "";
        }
        return " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String where(JsonParser p) {
        return " at line " + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr();
    }

    /**
     * The parser's complaint without the parser's advice to its programmers (which option to
     * enable, its source description), escaped and on one line.
     */
    static String jsonProblem(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        int advice = indexOfAny(m, "Feature", "ALLOW_", "`", "[Source", "REDACTED");
        if (advice >= 0) {
            int cut = Math.max(Math.max(m.lastIndexOf(": ", advice), m.lastIndexOf(" (", advice)), m.lastIndexOf("; ", advice));
            m = m.substring(0, cut > 0 ? cut : advice).strip();
        }
        if (m.matches("Non-standard token '.*'")) {
            m += "; NaN and Infinity are not JSON numbers, write a number such as 12.5";
        }
        return SafeText.line(m, 200);
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Escapes what a terminal or a BiDi-aware screen would act on, beyond JSON's own escaping of
     * control characters below 0x20: DEL, C1 controls, BiDi controls, line separators.
     */
    private static final class UnsafeCharacterEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        UnsafeCharacterEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (Character.isSurrogate((char) ch) || !SafeText.isUnsafe(ch)) {
                return null;
            }
            return new SerializedString(String.format("\\u%04X", ch));
        }
    }
}
