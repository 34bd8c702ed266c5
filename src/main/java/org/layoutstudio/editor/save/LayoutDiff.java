package org.layoutstudio.editor.save;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/** The differences between two layouts, element by element, as sentences ("Element 3 (Text box): left 12.50 → 30.00."). */
public final class LayoutDiff {
    private LayoutDiff() {
    }

    public static List<String> describe(LayoutDocument mine, LayoutDocument theirs) {
        List<String> out = new ArrayList<>();
        int n = Math.max(mine.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            Element a = i < mine.size() ? mine.get(i) : null;
            Element b = i < theirs.size() ? theirs.get(i) : null;
            if (a == null) {
                out.add("Element " + (i + 1) + " (" + name(b) + ") is only on the server.");
            } else if (b == null) {
                out.add("Element " + (i + 1) + " (" + name(a) + ") is only in your version.");
            } else if (!a.sameContent(b)) {
                out.add("Element " + (i + 1) + " (" + name(a) + "): " + differences(a, b) + ".");
            }
        }
        return out;
    }

    private static String name(Element e) {
        String content = e.string("content", "");
        return e.type().label() + (content.isEmpty() ? "" : ", " + content);
    }

    private static String differences(Element mine, Element theirs) {
        Set<String> keys = new LinkedHashSet<>();
        mine.keys().forEach(keys::add);
        theirs.keys().forEach(keys::add);
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            JsonNode a = mine.get(k);
            JsonNode b = theirs.get(k);
            if (!Objects.equals(a, b)) {
                parts.add(k + " " + show(a) + " here, " + show(b) + " on the server");
            }
        }
        return String.join("; ", parts);
    }

    private static String show(JsonNode n) {
        if (n == null) {
            return "(none)";
        }
        String s = n.isTextual() ? n.asText() : n.toString();
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
