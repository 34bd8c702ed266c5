package org.layoutstudio.editor.save;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.layoutstudio.editor.model.ElementTypeNames;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.SafeText;
import org.layoutstudio.ui.Texts;

/**
 * The differences between two layouts, element by element, as sentences of the bundle
 * ({@code editor.diff.*}: "Element 3 (Text box): left 12.50 here, 30.00 on the server."). Property
 * names and values are pretix's JSON, shown as they are (escaped and cut).
 */
public final class LayoutDiff {
    /** A value longer than this is cut with "…": the list shows which property differs, the JSON tab the whole. */
    static final int VALUE_CHARS = 40;

    private LayoutDiff() {
    }

    public static List<String> describe(LayoutDocument mine, LayoutDocument theirs, Texts texts) {
        List<String> out = new ArrayList<>();
        int n = Math.max(mine.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            Element a = i < mine.size() ? mine.get(i) : null;
            Element b = i < theirs.size() ? theirs.get(i) : null;
            if (a == null) {
                out.add(texts.get("editor.diff.onlyOnServer", i + 1, name(b, texts)));
            } else if (b == null) {
                out.add(texts.get("editor.diff.onlyHere", i + 1, name(a, texts)));
            } else if (!a.sameContent(b)) {
                out.add(texts.get("editor.diff.changed", i + 1, name(a, texts), differences(a, b, texts)));
            }
        }
        return out;
    }

    /** "Text box, attendee_name": the type in words and the content key (pretix's). */
    private static String name(Element e, Texts texts) {
        String type = ElementTypeNames.title(texts, e.type());
        String content = show(e.string("content", ""));
        return content.isEmpty() ? type : texts.get("editor.diff.elementWithContent", type, content);
    }

    private static String differences(Element mine, Element theirs, Texts texts) {
        Set<String> keys = new LinkedHashSet<>();
        mine.keys().forEach(keys::add);
        theirs.keys().forEach(keys::add);
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            JsonNode a = mine.get(k);
            JsonNode b = theirs.get(k);
            if (!Objects.equals(a, b)) {
                parts.add(texts.get("editor.diff.property", show(k), value(a, texts), value(b, texts)));
            }
        }
        return String.join("; ", parts);
    }

    private static String value(JsonNode n, Texts texts) {
        return n == null ? texts.get("editor.diff.none") : show(n.isTextual() ? n.asText() : n.toString());
    }

    private static String show(String s) {
        return SafeText.line(s, VALUE_CHARS);
    }
}
