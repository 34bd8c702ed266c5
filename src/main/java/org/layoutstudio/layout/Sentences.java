package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns schema errors into sentences for people who edit layouts, not JSON schemas. */
final class Sentences {
    private static final int SHOW_MAX = 60;

    private Sentences() {
    }

    /** "a text box", "a QR code", … for "… is not a property of a QR code". */
    static String noun(String type) {
        switch (type) {
            case "textcontainer": return "a text box";
            case "textarea": return "a legacy text";
            case "barcodearea": return "a QR code";
            case "imagearea": return "an image";
            case "poweredby": return "the pretix logo";
            default: return "an element of type " + type;
        }
    }

    /** A JSON value as the user wrote it, shortened and safe to print. */
    static String show(JsonNode v) {
        if (v == null) {
            return "missing";
        }
        if (v.isTextual() && v.asText().length() > SHOW_MAX) {
            v = com.fasterxml.jackson.databind.node.TextNode.valueOf(v.asText().substring(0, SHOW_MAX + 1));
        }
        String s = LayoutJson.writeCompact(v);
        return s.length() > SHOW_MAX ? SafeText.line(s.substring(0, SHOW_MAX)) + "…" : SafeText.line(s);
    }

    static String notALayout(JsonNode root) {
        String s = "A layout must be a JSON list of elements ([{…}, {…}]), but this is " + describe(root) + ".";
        if (root != null && root.isObject() && root.path("layout").isArray()) {
            s += " It looks like a pretix API answer; its \"layout\" field holds the layout.";
        }
        return s;
    }

    static String notAnElement(JsonNode item) {
        return "it is " + describe(item) + ", but every element must be a JSON object such as {\"type\": \"textcontainer\", …}.";
    }

    static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return "a JSON object";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return "a text (" + show(n) + ")";
        }
        if (n.isNumber()) {
            return "a number (" + show(n) + ")";
        }
        if (n.isBoolean()) {
            return "a true/false value (" + show(n) + ")";
        }
        return "something else";
    }

    /** A key as the user wrote it, shortened and safe to print. */
    static String name(String key) {
        return SafeText.line(key, SHOW_MAX);
    }

    static String unknownProperty(String type, String key, List<String> allowed) {
        String near = nearest(key, allowed);
        return "\"" + name(key) + "\" is not a property of " + noun(type)
                + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                + "; allowed are " + String.join(", ", allowed) + ".";
    }

    static String missing(String type, String key) {
        return "\"" + key + "\" is missing; " + purpose(type, key) + ".";
    }

    /** Why an element needs a required property, for "… is missing; …". */
    private static String purpose(String type, String key) {
        String n = noun(type);
        switch (key) {
            case "left": return "every element needs its distance from the left edge of the page in mm";
            case "bottom": return "every element needs its distance from the bottom edge of the page in mm";
            case "size": return "poweredby".equals(type) ? "the pretix logo needs its height in mm" : n + " needs its edge length in mm";
            case "width": return "textarea".equals(type) ? "a legacy text needs the width it wraps at, in mm" : n + " needs its width in mm";
            case "height": return n + " needs its height in mm";
            case "content":
                if ("imagearea".equals(type)) {
                    return "an image needs an image variable such as \"question_photo\", or \"\" for none";
                }
                if ("poweredby".equals(type)) {
                    return "the pretix logo needs its style, dark or white";
                }
                return n + " needs a variable such as \"attendee_name\", or \"other\" with a \"text\"";
            case "fontsize": return n + " needs its font size in points, such as \"13.0\"";
            case "fontfamily": return n + " needs a font family such as \"Open Sans\"";
            case "bold": case "italic": return n + " needs \"" + key + "\": true or false";
            case "align": return n + " needs its alignment: left, center or right";
            case "verticalalign": return n + " needs its vertical alignment: top, middle or bottom";
            case "color": return n + " needs its colour as [r, g, b, alpha], such as [0, 0, 0, 1]";
            default: return n + " needs it";
        }
    }

    /** The sentence for a property whose value breaks the schema, chosen by the shape of its schema. */
    static String wrongValue(String key, JsonNode value, JsonNode schema, List<Error> errors) {
        String is = "\"" + key + "\" is " + show(value);
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(v -> allowed.add(v.asText()));
            return is + "; allowed are " + String.join(", ", allowed) + ".";
        }
        if (schema.has("oneOf")) {
            return is + ", but it must be " + numberKind(key) + numberHint(value) + ".";
        }
        String type = schema.path("type").isTextual() ? schema.path("type").asText() : "";
        switch (type) {
            case "number":
                return is + ", but it must be a page number such as 1 or 2"
                        + (value.isTextual() ? ", without quotes" : "") + ".";
            case "boolean":
                return is + ", but it must be true or false"
                        + (value.isTextual() ? ", without quotes" : "") + ".";
            case "array":
                return is + ", but it must be 3 or 4 numbers from 0 to 255 ([r, g, b, alpha])" + colourDetail(value) + ".";
            case "object":
                return i18nSentence(key, value, is);
            case "string":
                return is + ", but it must be " + textKind(key) + ".";
            default:
                break;
        }
        if ("locale".equals(key)) {
            return is + ", but it must be a language code in quotes such as \"de\", or \"\" or null for the order's language.";
        }
        return is + ": " + errors.get(0).getMessage() + ".";
    }

    private static String numberKind(String key) {
        switch (key) {
            case "left": case "bottom": case "width": case "height": case "size":
                return "a number of millimetres such as 12.5 or \"12.50\"";
            case "fontsize": return "a font size in points such as 13 or \"13.0\"";
            case "lineheight": return "a line-height factor such as 1 or \"1.15\"";
            case "rotation": return "an angle in degrees such as 90 or \"-12.5\"";
            default: return "a number such as 12.5 or \"12.50\"";
        }
    }

    /** What is probably wrong with a number written as text. */
    private static String numberHint(JsonNode value) {
        if (!value.isTextual()) {
            return "";
        }
        String s = value.asText();
        if (s.contains(",")) {
            return " (a dot, no comma)";
        }
        if (!s.equals(s.strip()) || s.contains(" ")) {
            return " (no spaces)";
        }
        if (s.matches("[+-]?[0-9.]+[eE][+-]?[0-9]+")) {
            return " (no exponent)";
        }
        if (s.startsWith("+")) {
            return " (no plus sign)";
        }
        if (s.matches("-?[0-9]*\\.[0-9]*")) {
            return " (digits on both sides of the dot)";
        }
        if (s.matches("-?[0-9]+(\\.[0-9]+)?\\s*[a-zA-Z]+")) {
            return " (no unit)";
        }
        return "";
    }

    private static String colourDetail(JsonNode value) {
        if (!value.isArray()) {
            return "";
        }
        if (value.size() < 3 || value.size() > 4) {
            return "; it has " + value.size();
        }
        for (JsonNode c : value) {
            if (!c.isNumber()) {
                return "; " + show(c) + " is not a number";
            }
            if (c.decimalValue().signum() < 0) {
                return "; " + show(c) + " is less than 0";
            }
            if (c.decimalValue().compareTo(java.math.BigDecimal.valueOf(255)) > 0) {
                return "; " + show(c) + " is more than 255";
            }
        }
        return "";
    }

    private static String i18nSentence(String key, JsonNode value, String is) {
        String shape = "texts per language such as {\"en\": \"Hello\", \"de\": \"Hallo\"}";
        if (!value.isObject()) {
            return is + ", but it must be " + shape + ".";
        }
        for (var it = value.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getKey().matches(".*[a-zA-Z-].*")) {
                return "\"" + key + "\" has the key \"" + name(e.getKey()) + "\", but its keys must be language codes such as \"en\" or \"de-informal\".";
            }
            if (!e.getValue().isTextual()) {
                return "\"" + key + "\" has " + show(e.getValue()) + " for \"" + name(e.getKey()) + "\", but every text must be in quotes.";
            }
        }
        return is + ", but it must be " + shape + ".";
    }

    private static String textKind(String key) {
        switch (key) {
            case "content": return "a variable name in quotes such as \"attendee_name\"";
            case "fontfamily": return "a font name in quotes such as \"Open Sans\"";
            case "type": return "one of the element types in quotes";
            default: return "text in quotes";
        }
    }

    /** The allowed name closest to a misspelt one (case, underscores, one or two typos), or null. */
    static String nearest(String key, List<String> allowed) {
        String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            int d = distance(k, a.replace("_", ""));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best != null && (bestDistance == 0 || k.length() > 3) ? best : null;
    }

    /** Levenshtein distance, capped by the length of short words. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 99;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return "The element is not valid";
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
