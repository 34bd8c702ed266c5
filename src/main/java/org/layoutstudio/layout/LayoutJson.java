package org.layoutstudio.layout;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes JSON without losing anything a layout author wrote: key order, number
 * literals ({@code "17.50"} stays a string, {@code 1.50} stays {@code 1.50}), value types.
 * Hostile input is bounded: size, nesting depth and string length are capped, duplicate keys
 * are rejected rather than silently dropped.
 */
public final class LayoutJson {
    /** Larger than any real layout by two orders of magnitude; beyond it we refuse early. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_BYTES)
                    .maxNumberLength(1000)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LayoutJson() {
    }

    /** Parses UTF-8 JSON bytes (any JSON value) keeping every literal. */
    public static JsonNode parse(byte[] utf8) throws LayoutFormatException {
        if (utf8.length > MAX_BYTES) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, String.format(Locale.ROOT,
                    "The file is %.1f MB; a layout is at most %d MB (real ones are a few KB).",
                    utf8.length / 1048576.0, MAX_BYTES / 1048576));
        }
        if (utf8.length == 0 || new String(utf8, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file is empty; a layout is a JSON list of elements such as [].");
        }
        InputSniffer.check(utf8);
        try (JsonParser p = FACTORY.createParser(utf8)) {
            JsonNode root = read(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                        "There is more text after the end of the JSON value" + where(p) + ".");
            }
            return root;
        } catch (LayoutFormatException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, constraintMessage(e), e);
        } catch (JsonParseException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file is not valid JSON" + location(e) + ": " + firstLine(e.getOriginalMessage()), e);
        } catch (CharConversionException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file is not UTF-8 text: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file could not be read as JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** Reads a file as JSON (any value), refusing oversized files before reading them. */
    public static JsonNode read(Path file) throws LayoutFormatException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, file + " is a folder, not a layout file.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, String.format(Locale.ROOT,
                        "The file is %.1f MB; a layout is at most %d MB (real ones are a few KB).",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, "There is no file " + file + ".", e);
        } catch (AccessDeniedException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, "You may not read the file " + file + ".", e);
        } catch (IOException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    "The file " + file + " could not be read: " + firstLine(e.getMessage()), e);
        }
        return parse(bytes);
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
                    return new LiteralNumberNode(text, p.getDecimalValue());
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
                return new LiteralNumberNode(p.getText(), p.getDecimalValue());
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
            return "The JSON is nested more than " + MAX_DEPTH + " levels deep; a layout needs only 3 (list, element, colour).";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "The file holds a number with more than 1000 digits; that is no layout value.";
        }
        return "The JSON is larger than a layout can be (" + firstLine(m.replaceAll(" ?\\(from `[^`]*`\\)", "")) + ").";
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

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
