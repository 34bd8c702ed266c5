package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One element of a layout: its own JSON object, kept exactly as it was read, with typed views of
 * the properties pretix knows. Immutable: every {@code with…} returns a new element with the same
 * {@link #id()} (so that a selection survives edits) and only the touched key changed, in place.
 * Values are written the way pretix's editor writes them (PRETIX.md §4.6).
 */
public final class Element {
    private static final AtomicLong IDS = new AtomicLong();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final long id;
    private final ObjectNode json;

    private Element(long id, ObjectNode json) {
        this.id = id;
        this.json = json;
    }

    /** Wraps a copy of the given JSON object as a new element with a fresh id. */
    public static Element of(ObjectNode json) {
        return new Element(IDS.incrementAndGet(), json.deepCopy());
    }

    /** Parses one element from JSON text ({@code {"type": …}}). */
    public static Element parse(String json) throws LayoutFormatException {
        JsonNode node = LayoutJson.parse(json);
        if (!node.isObject()) {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT, "An element is a JSON object.");
        }
        return new Element(IDS.incrementAndGet(), (ObjectNode) node);
    }

    /** Identity within this run of the program; not saved. */
    public long id() {
        return id;
    }

    /** The same content under a new identity (duplicate, paste). */
    public Element withNewId() {
        return new Element(IDS.incrementAndGet(), json);
    }

    /** A copy of the JSON object. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** Read-only access for writers inside the package (no copy). */
    ObjectNode node() {
        return json;
    }

    public String compactJson() {
        return LayoutJson.writeCompact(json);
    }

    // ----- type -----

    public ElementType type() {
        return ElementType.of(typeName());
    }

    /** The raw {@code type} value ("" when missing or not a string). */
    public String typeName() {
        JsonNode t = json.get("type");
        return t != null && t.isTextual() ? t.asText() : "";
    }

    // ----- generic accessors -----

    public boolean has(String key) {
        return json.has(key);
    }

    /** The keys in their order. */
    public Iterable<String> keys() {
        return () -> json.fieldNames();
    }

    public JsonNode get(String key) {
        JsonNode n = json.get(key);
        return n == null ? null : n.deepCopy();
    }

    /** A number or numeric string as a double; {@code fallback} when missing or not numeric. */
    public double number(String key, double fallback) {
        Double d = numberOrNull(key);
        return d == null ? fallback : d;
    }

    /** A number or numeric string as a double, or null. */
    public Double numberOrNull(String key) {
        JsonNode n = json.get(key);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        return n.isTextual() ? Units.parse(n.asText()) : null;
    }

    public String string(String key, String fallback) {
        JsonNode n = json.get(key);
        return n != null && n.isTextual() ? n.asText() : fallback;
    }

    public boolean bool(String key, boolean fallback) {
        JsonNode n = json.get(key);
        return n != null && n.isBoolean() ? n.asBoolean() : fallback;
    }

    // ----- typed views (renderer defaults where a key is missing) -----

    public int page() {
        return (int) number("page", 1);
    }

    public double left() {
        return number("left", 0);
    }

    public double bottom() {
        return number("bottom", 0);
    }

    public double width() {
        return number("width", 0);
    }

    public double height() {
        return number("height", 0);
    }

    /** Edge length of square elements (QR code) and height of the logo, in mm. */
    public double size() {
        return number("size", 0);
    }

    public double fontSize() {
        return number("fontsize", 13);
    }

    public boolean hasLineHeight() {
        return numberOrNull("lineheight") != null;
    }

    public double lineHeight() {
        return number("lineheight", 1);
    }

    public double rotation() {
        return number("rotation", 0);
    }

    public String fontFamily() {
        return string("fontfamily", "Open Sans");
    }

    public boolean bold() {
        return bool("bold", false);
    }

    public boolean italic() {
        return bool("italic", false);
    }

    public HorizontalAlign align() {
        return HorizontalAlign.of(string("align", "left"));
    }

    public VerticalAlign verticalAlign() {
        return VerticalAlign.of(string("verticalalign", "top"));
    }

    public boolean autoresize() {
        return bool("autoresize", false);
    }

    public boolean splitLongWords() {
        return bool("splitlongwords", true);
    }

    public boolean downward() {
        return bool("downward", false);
    }

    public boolean noWhitespace() {
        return bool("nowhitespace", false);
    }

    /** The content key; a QR code without one shows the ticket secret, as pretix does. */
    public String content() {
        return string("content", type() == ElementType.BARCODEAREA ? "secret" : "");
    }

    public String text() {
        return string("text", "");
    }

    public String locale() {
        return string("locale", "");
    }

    /** Custom texts per language, in their order. */
    public Map<String, String> textI18n() {
        JsonNode n = json.get("text_i18n");
        if (n == null || !n.isObject()) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                m.put(e.getKey(), e.getValue().asText());
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** Text colour or QR colour; black when missing or malformed. */
    public Rgba color() {
        JsonNode n = json.get("color");
        if (n == null || !n.isArray() || n.size() < 3) {
            return Rgba.BLACK;
        }
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isNumber()) {
                return Rgba.BLACK;
            }
        }
        double a = n.size() > 3 ? n.get(3).asDouble() : 1;
        return new Rgba(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble(), a);
    }

    // ----- edits, written as pretix's editor writes them -----

    /** A length in mm, as a string with two decimals ({@code "17.50"}). */
    public Element withMm(String key, double mm) {
        return with(key, NODES.textNode(Units.mmString(mm)));
    }

    public Element withLeft(double mm) {
        return withMm("left", mm);
    }

    public Element withBottom(double mm) {
        return withMm("bottom", mm);
    }

    public Element withPosition(double leftMm, double bottomMm) {
        return withMm("left", leftMm).withMm("bottom", bottomMm);
    }

    /** The font size in pt, as a string with one decimal ({@code "13.0"}). */
    public Element withFontSize(double pt) {
        return with("fontsize", NODES.textNode(Units.ptString(pt)));
    }

    /** Line height factor, as a plain string ({@code "1"}, {@code "1.5"}), as the editor's input gives it. */
    public Element withLineHeight(double factor) {
        return with("lineheight", NODES.textNode(Units.plain(factor)));
    }

    /** Rotation in degrees, a JSON number. */
    public Element withRotation(double degrees) {
        return with("rotation", number(degrees));
    }

    public Element withPage(int page) {
        return with("page", NODES.numberNode(page));
    }

    public Element withColor(Rgba c) {
        ArrayNode a = NODES.arrayNode();
        a.add(Math.round(c.r())).add(Math.round(c.g())).add(Math.round(c.b())).add(number(c.a()));
        return with("color", a);
    }

    public Element withString(String key, String value) {
        return with(key, NODES.textNode(value));
    }

    public Element withBool(String key, boolean value) {
        return with(key, NODES.booleanNode(value));
    }

    public Element withTextI18n(Map<String, String> texts) {
        ObjectNode o = NODES.objectNode();
        texts.forEach(o::put);
        return with("text_i18n", o);
    }

    /** Sets a key to a copy of the given JSON; an existing key keeps its place, a new one goes last. */
    public Element with(String key, JsonNode value) {
        ObjectNode copy = json.deepCopy();
        copy.set(key, value == null ? NODES.nullNode() : value.deepCopy());
        return new Element(id, copy);
    }

    public Element without(String key) {
        if (!json.has(key)) {
            return this;
        }
        ObjectNode copy = json.deepCopy();
        copy.remove(key);
        return new Element(id, copy);
    }

    /** A JSON number for a double: an integer when whole, else a plain decimal literal. */
    static JsonNode number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return NODES.numberNode((long) v);
        }
        String plain = Units.plain(v);
        return new LiteralNumberNode(plain, new BigDecimal(plain));
    }

    /** Whether a key is a size of this element type (legacy texts have no height, only QR codes and the logo a size). */
    static boolean isDimensionOf(ElementType type, String key) {
        switch (key) {
            case "size": return type.isSquare();
            case "width": return type.isText() || type == ElementType.IMAGEAREA;
            case "height": return type == ElementType.TEXTCONTAINER || type == ElementType.IMAGEAREA;
            case "fontsize": return type.isText();
            default: return false;
        }
    }

    /** Equal content (JSON text), whatever the identity. */
    public boolean sameContent(Element other) {
        return other != null && json.equals(other.json);
    }

    @Override
    public String toString() {
        return "Element#" + id + compactJson();
    }

    /** Keys in order, for tests and diagnostics. */
    public String keyOrder() {
        StringBuilder b = new StringBuilder();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            b.append(it.next()).append(it.hasNext() ? "," : "");
        }
        return b.toString();
    }
}
