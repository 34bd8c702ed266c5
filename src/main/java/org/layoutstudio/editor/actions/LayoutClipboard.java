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

    /** Why clipboard text is no layout elements: a bundle key ({@code editor.paste.*}) and the item concerned. */
    public static final class NotElementsException extends Exception {
        private final String key;
        private final int item;

        NotElementsException(String key, int item) {
            super(key + (item > 0 ? " (item " + item + ")" : ""));
            this.key = key;
            this.item = item;
        }

        /** The sentence's key in the message bundle; its argument is {@link #item()}. */
        public String key() {
            return key;
        }

        /** The 1-based item of the clipboard's list concerned, 0 for the whole text. */
        public int item() {
            return item;
        }
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
     * @throws NotElementsException naming why the text is not a layout
     */
    public static List<Element> fromText(String text) throws NotElementsException {
        if (text == null || text.isBlank()) {
            throw new NotElementsException("editor.paste.noText", 0);
        }
        JsonNode root;
        try {
            root = LayoutJson.parse(text.strip());
        } catch (LayoutFormatException e) {
            throw new NotElementsException("editor.paste.notLayout", 0);
        }
        List<Element> out = new ArrayList<>();
        if (root.isObject()) {
            out.add(checked((ObjectNode) root, 1));
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                if (!root.get(i).isObject()) {
                    throw new NotElementsException("editor.paste.itemNotObject", i + 1);
                }
                out.add(checked((ObjectNode) root.get(i), i + 1));
            }
        } else {
            throw new NotElementsException("editor.paste.notLayout", 0);
        }
        if (out.isEmpty()) {
            throw new NotElementsException("editor.paste.empty", 0);
        }
        return out;
    }

    private static Element checked(ObjectNode o, int n) throws NotElementsException {
        JsonNode type = o.get("type");
        if (type == null || !type.isTextual()) {
            throw new NotElementsException("editor.paste.itemWithoutType", n);
        }
        return Element.of(o);
    }
}
