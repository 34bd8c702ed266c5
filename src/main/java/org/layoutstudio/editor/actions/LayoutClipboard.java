package org.layoutstudio.editor.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/**
 * Elements as clipboard text: pretix layout JSON, a compact array of element objects — what pretix's
 * web editor's "Code" view shows, so copying works in both directions.
 */
public final class LayoutClipboard {
    private LayoutClipboard() {
    }

    public static String toText(List<Element> elements) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Element e : elements) {
            a.add(e.json());
        }
        return LayoutJson.writeCompact(a);
    }

    /**
     * Reads clipboard text: a JSON array of element objects or one element object. Each becomes a
     * new element (new identity).
     *
     * @throws LayoutFormatException with a sentence for the user when the text is not a layout
     */
    public static List<Element> fromText(String text) throws LayoutFormatException {
        if (text == null || text.isBlank()) {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT, "The clipboard holds no text to paste.");
        }
        JsonNode root;
        try {
            root = LayoutJson.parse(text.strip());
        } catch (LayoutFormatException e) {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT,
                    "The clipboard does not hold layout elements (pretix layout JSON).", e);
        }
        List<Element> out = new ArrayList<>();
        if (root.isObject()) {
            out.add(checked((ObjectNode) root, 1));
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                if (!root.get(i).isObject()) {
                    throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT,
                            "Item " + (i + 1) + " on the clipboard is not a layout element (a JSON object).");
                }
                out.add(checked((ObjectNode) root.get(i), i + 1));
            }
        } else {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT,
                    "The clipboard does not hold layout elements (pretix layout JSON).");
        }
        if (out.isEmpty()) {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT, "The clipboard holds an empty list of elements.");
        }
        return out;
    }

    private static Element checked(ObjectNode o, int n) throws LayoutFormatException {
        JsonNode type = o.get("type");
        if (type == null || !type.isTextual()) {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT,
                    "Item " + n + " on the clipboard has no \"type\", so it is not a layout element.");
        }
        return Element.of(o);
    }
}
