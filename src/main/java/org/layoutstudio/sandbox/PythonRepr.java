package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes JSON values the way Python's {@code repr} and {@code pprint.pformat(width=72,
 * sort_dicts=False)} print the equivalent dicts and lists: the sandbox's schema errors then read
 * like the ones pretix's {@code jsonschema} produces.
 */
final class PythonRepr {
    private static final int WIDTH = 72;
    private static final Pattern CHUNKS = Pattern.compile("\\S*\\s*");

    private PythonRepr() {
    }

    static String repr(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "None";
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? "True" : "False";
        }
        if (n.isTextual()) {
            return string(n.asText());
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue();
            String s = Double.toString(d.doubleValue());
            return s.replace("E", "e");
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(v -> parts.add(repr(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        List<String> parts = new ArrayList<>();
        n.fields().forEachRemaining(e -> parts.add(string(e.getKey()) + ": " + repr(e.getValue())));
        return "{" + String.join(", ", parts) + "}";
    }

    /** {@code pprint.pformat(n, width=72, sort_dicts=False)}. */
    static String pformat(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        format(n, sb, 0, 0);
        return sb.toString();
    }

    private static void format(JsonNode n, StringBuilder out, int indent, int allowance) {
        String rep = repr(n);
        if (rep.length() <= WIDTH - indent - allowance) {
            out.append(rep);
            return;
        }
        if (n.isObject() && n.size() > 0) {
            out.append('{');
            int inner = indent + 1;
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                boolean last = !it.hasNext();
                String key = string(e.getKey());
                out.append(key).append(": ");
                format(e.getValue(), out, inner + key.length() + 2, last ? allowance + 1 : 1);
                if (!last) {
                    out.append(",\n").append(" ".repeat(inner));
                }
            }
            out.append('}');
        } else if (n.isArray() && n.size() > 0) {
            out.append('[');
            int inner = indent + 1;
            for (int i = 0; i < n.size(); i++) {
                boolean last = i == n.size() - 1;
                format(n.get(i), out, inner, last ? allowance + 1 : 1);
                if (!last) {
                    out.append(",\n").append(" ".repeat(inner));
                }
            }
            out.append(']');
        } else if (n.isTextual()) {
            List<String> lines = splitString(n.asText(), WIDTH - indent, allowance);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    out.append('\n').append(" ".repeat(indent));
                }
                out.append(string(lines.get(i)));
            }
        } else {
            out.append(rep);
        }
    }

    /**
     * pprint splits long strings at word ends into adjacent literals that fit the width; only
     * the last piece must leave room for the closing brackets ({@code allowance}).
     */
    private static List<String> splitString(String s, int room, int allowance) {
        List<String> chunks = new ArrayList<>();
        Matcher m = CHUNKS.matcher(s);
        while (m.find()) {
            if (!m.group().isEmpty()) {
                chunks.add(m.group());
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            String chunk = chunks.get(i);
            int max = i == chunks.size() - 1 ? room - allowance : room;
            if (string(current + chunk).length() > max) {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                current.setLength(0);
            }
            current.append(chunk);
        }
        if (current.length() > 0 || out.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Python's str repr: single quotes unless the text holds a single quote and no double quote. */
    static String string(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == quote) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(quote).toString();
    }
}
