package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns schema errors into sentences for people who edit layouts, not JSON schemas: each is a
 * {@link Message} of the bundle's {@code layout.*} keys, worded by {@link LayoutTexts}. What the
 * author wrote (keys, values) is quoted as data: shortened and safe to print, never translated.
 */
final class Sentences {
    private static final int SHOW_MAX = 60;
    /** Examples of JSON, the same in every language: arguments, so that no pattern has to quote braces. */
    private static final String LAYOUT_EXAMPLE = "[{…}, {…}]";
    private static final String ELEMENT_EXAMPLE = "{\"type\": \"textcontainer\", …}";
    private static final String I18N_EXAMPLE = "{\"en\": \"Hello\", \"de\": \"Hallo\"}";

    private Sentences() {
    }

    /** "a text box", "a QR code", … for "… needs its width in mm". */
    static Message noun(String type) {
        return switch (type) {
            case "textcontainer" -> Message.of("layout.noun.textcontainer");
            case "textarea" -> Message.of("layout.noun.textarea");
            case "barcodearea" -> Message.of("layout.noun.barcodearea");
            case "imagearea" -> Message.of("layout.noun.imagearea");
            case "poweredby" -> Message.of("layout.noun.poweredby");
            default -> Message.of("layout.noun.other", name(type));
        };
    }

    /** The same for "… is not a property of a QR code" (German needs the genitive there). */
    static Message nounOf(String type) {
        return switch (type) {
            case "textcontainer" -> Message.of("layout.nounOf.textcontainer");
            case "textarea" -> Message.of("layout.nounOf.textarea");
            case "barcodearea" -> Message.of("layout.nounOf.barcodearea");
            case "imagearea" -> Message.of("layout.nounOf.imagearea");
            case "poweredby" -> Message.of("layout.nounOf.poweredby");
            default -> Message.of("layout.nounOf.other", name(type));
        };
    }

    /** A JSON value as the user wrote it, shortened and safe to print; a message when there is none. */
    static Object show(JsonNode v) {
        if (v == null) {
            return Message.of("layout.value.missing");
        }
        if (v.isTextual() && v.asText().length() > SHOW_MAX) {
            v = com.fasterxml.jackson.databind.node.TextNode.valueOf(v.asText().substring(0, SHOW_MAX + 1));
        }
        String s = LayoutJson.writeCompact(v);
        return s.length() > SHOW_MAX ? SafeText.line(s.substring(0, SHOW_MAX)) + "…" : SafeText.line(s);
    }

    static Message notALayout(JsonNode root) {
        boolean apiAnswer = root != null && root.isObject() && root.path("layout").isArray();
        return Message.of(apiAnswer ? "layout.schema.notALayout.apiAnswer" : "layout.schema.notALayout", LAYOUT_EXAMPLE, describe(root));
    }

    static Message notAnElement(JsonNode item) {
        return Message.of("layout.schema.notAnElement", describe(item), ELEMENT_EXAMPLE);
    }

    static Message describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return Message.of("layout.value.null");
        }
        if (n.isObject()) {
            return Message.of("layout.value.object");
        }
        if (n.isArray()) {
            return Message.of("layout.value.list");
        }
        if (n.isTextual()) {
            return Message.of("layout.value.text", show(n));
        }
        if (n.isNumber()) {
            return Message.of("layout.value.number", show(n));
        }
        if (n.isBoolean()) {
            return Message.of("layout.value.boolean", show(n));
        }
        return Message.of("layout.value.other");
    }

    /** A key as the user wrote it, shortened and safe to print. */
    static String name(String key) {
        return SafeText.line(key, SHOW_MAX);
    }

    /** "a, b, c": names from the schema or pretix, the same in every language. */
    static String list(List<String> names) {
        return String.join(", ", names);
    }

    static Message unknownProperty(String type, String key, List<String> allowed) {
        String near = nearest(key, allowed);
        return near == null ? Message.of("layout.schema.unknownProperty", name(key), nounOf(type), list(allowed))
                : Message.of("layout.schema.unknownProperty.near", name(key), nounOf(type), list(allowed), near);
    }

    static Message missing(String type, String key) {
        return Message.of("layout.schema.missing", key, purpose(type, key));
    }

    /** Why an element needs a required property, for "… is missing; …". */
    private static Message purpose(String type, String key) {
        Message n = noun(type);
        return switch (key) {
            case "left" -> Message.of("layout.need.left");
            case "bottom" -> Message.of("layout.need.bottom");
            case "size" -> "poweredby".equals(type) ? Message.of("layout.need.size.poweredby") : Message.of("layout.need.size", n);
            case "width" -> "textarea".equals(type) ? Message.of("layout.need.width.textarea") : Message.of("layout.need.width", n);
            case "height" -> Message.of("layout.need.height", n);
            case "content" -> "imagearea".equals(type) ? Message.of("layout.need.content.imagearea")
                    : "poweredby".equals(type) ? Message.of("layout.need.content.poweredby") : Message.of("layout.need.content", n);
            case "fontsize" -> Message.of("layout.need.fontsize", n);
            case "fontfamily" -> Message.of("layout.need.fontfamily", n);
            case "bold", "italic" -> Message.of("layout.need.flag", n, key);
            case "align" -> Message.of("layout.need.align", n);
            case "verticalalign" -> Message.of("layout.need.verticalalign", n);
            case "color" -> Message.of("layout.need.color", n);
            default -> Message.of("layout.need.other", n);
        };
    }

    /** The sentence for a property whose value breaks the schema, chosen by the shape of its schema. */
    static Message wrongValue(String key, JsonNode value, JsonNode schema, List<Error> errors) {
        Object shown = show(value);
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(v -> allowed.add(v.asText()));
            return Message.of("layout.schema.notAllowed", key, shown, list(allowed));
        }
        if (schema.has("oneOf")) {
            Message hint = numberHint(value);
            return hint == null ? mustBe(key, shown, numberKind(key))
                    : Message.of("layout.schema.mustBe.hint", key, shown, numberKind(key), hint);
        }
        String type = schema.path("type").isTextual() ? schema.path("type").asText() : "";
        switch (type) {
            case "number":
                return value.isTextual() ? Message.of("layout.schema.mustBe.unquoted", key, shown, Message.of("layout.kind.page"))
                        : mustBe(key, shown, Message.of("layout.kind.page"));
            case "boolean":
                return value.isTextual() ? Message.of("layout.schema.mustBe.unquoted", key, shown, Message.of("layout.kind.boolean"))
                        : mustBe(key, shown, Message.of("layout.kind.boolean"));
            case "array":
                Message detail = colourDetail(value);
                return detail == null ? mustBe(key, shown, Message.of("layout.kind.colour"))
                        : Message.of("layout.schema.mustBe.detail", key, shown, Message.of("layout.kind.colour"), detail);
            case "object":
                return i18nSentence(key, value, shown);
            case "string":
                return mustBe(key, shown, textKind(key));
            default:
                break;
        }
        if ("locale".equals(key)) {
            return mustBe(key, shown, Message.of("layout.kind.locale"));
        }
        // Cannot happen with pretix's schema: the validator's own words, as data.
        return Message.of("layout.schema.wrongValue", key, shown, errors.get(0).getMessage());
    }

    /** "\"key\" is VALUE, but it must be KIND." */
    private static Message mustBe(String key, Object shown, Message kind) {
        return Message.of("layout.schema.mustBe", key, shown, kind);
    }

    private static Message numberKind(String key) {
        return switch (key) {
            case "left", "bottom", "width", "height", "size" -> Message.of("layout.kind.mm");
            case "fontsize" -> Message.of("layout.kind.fontsize");
            case "lineheight" -> Message.of("layout.kind.lineheight");
            case "rotation" -> Message.of("layout.kind.rotation");
            default -> Message.of("layout.kind.number");
        };
    }

    /** What is probably wrong with a number written as text, or null. */
    private static Message numberHint(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String s = value.asText();
        if (s.contains(",")) {
            return Message.of("layout.hint.comma");
        }
        if (!s.equals(s.strip()) || s.contains(" ")) {
            return Message.of("layout.hint.spaces");
        }
        if (s.matches("[+-]?[0-9.]+[eE][+-]?[0-9]+")) {
            return Message.of("layout.hint.exponent");
        }
        if (s.startsWith("+")) {
            return Message.of("layout.hint.plus");
        }
        if (s.matches("-?[0-9]*\\.[0-9]*")) {
            return Message.of("layout.hint.digits");
        }
        if (s.matches("-?[0-9]+(\\.[0-9]+)?\\s*[a-zA-Z]+")) {
            return Message.of("layout.hint.unit");
        }
        return null;
    }

    /** What is wrong inside a colour list, or null. */
    private static Message colourDetail(JsonNode value) {
        if (!value.isArray()) {
            return null;
        }
        if (value.size() < 3 || value.size() > 4) {
            return Message.of("layout.colour.count", value.size());
        }
        for (JsonNode c : value) {
            if (!c.isNumber()) {
                return Message.of("layout.colour.notANumber", show(c));
            }
            if (c.decimalValue().signum() < 0) {
                return Message.of("layout.colour.belowZero", show(c));
            }
            if (c.decimalValue().compareTo(java.math.BigDecimal.valueOf(255)) > 0) {
                return Message.of("layout.colour.above255", show(c));
            }
        }
        return null;
    }

    private static Message i18nSentence(String key, JsonNode value, Object shown) {
        Message shape = Message.of("layout.kind.i18n", I18N_EXAMPLE);
        if (!value.isObject()) {
            return mustBe(key, shown, shape);
        }
        for (var it = value.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getKey().matches(".*[a-zA-Z-].*")) {
                return Message.of("layout.schema.i18n.key", key, name(e.getKey()));
            }
            if (!e.getValue().isTextual()) {
                return Message.of("layout.schema.i18n.unquoted", key, show(e.getValue()), name(e.getKey()));
            }
        }
        return mustBe(key, shown, shape);
    }

    private static Message textKind(String key) {
        return switch (key) {
            case "content" -> Message.of("layout.kind.variable");
            case "fontfamily" -> Message.of("layout.kind.font");
            case "type" -> Message.of("layout.kind.type");
            default -> Message.of("layout.kind.text");
        };
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
}
