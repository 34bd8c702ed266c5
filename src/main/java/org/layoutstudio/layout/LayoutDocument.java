package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pretix layout: the ordered list of its elements (array order is z-order). Loading and saving
 * without edits gives back the same JSON, byte for byte in compact form. Plain Java: the editor
 * changes it only through commands, and listeners hear of every change.
 */
public final class LayoutDocument {
    private final List<Element> elements = new ArrayList<>();
    private final List<LayoutListener> listeners = new CopyOnWriteArrayList<>();

    public LayoutDocument() {
    }

    public LayoutDocument(List<Element> elements) {
        this.elements.addAll(elements);
    }

    /** Parses a layout: a JSON array of objects, within {@link InputLimits}. */
    public static LayoutDocument parse(byte[] utf8) throws LayoutFormatException {
        return fromJson(LayoutJson.parseLayout(utf8));
    }

    public static LayoutDocument parse(String json) throws LayoutFormatException {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Reads a layout file within {@link InputLimits} (the editor's open and drop use it too); the
     * message of the exception names what is wrong, never a stack trace.
     */
    public static LayoutDocument read(Path file) throws LayoutFormatException {
        return fromJson(LayoutJson.read(file));
    }

    /** Wraps an already parsed JSON array (e.g. the {@code layout} field of an API response). */
    public static LayoutDocument fromJson(JsonNode root) throws LayoutFormatException {
        if (!root.isArray()) {
            throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT,
                    "A layout is a JSON list of elements ([…]), but this is " + describe(root) + ".");
        }
        if (root.size() > InputLimits.MAX_ELEMENTS) {
            throw new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE,
                    LayoutTexts.english().format(InputLimits.tooManyElements(root.size())));
        }
        List<Element> list = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                throw new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT,
                        "Element " + (i + 1) + " is " + describe(item) + "; every element is a JSON object ({…}).");
            }
            list.add(Element.of((ObjectNode) item));
        }
        return new LayoutDocument(list);
    }

    private static String describe(JsonNode n) {
        if (n.isObject()) {
            return "a JSON object";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return "a text";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a true/false value";
        }
        return "null";
    }

    // ----- reading -----

    public List<Element> elements() {
        return Collections.unmodifiableList(new ArrayList<>(elements));
    }

    public int size() {
        return elements.size();
    }

    public Element get(int index) {
        return elements.get(index);
    }

    /** Index of the element with this identity, or -1. */
    public int indexOf(long id) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public Element find(long id) {
        int i = indexOf(id);
        return i < 0 ? null : elements.get(i);
    }

    // ----- writing -----

    public ArrayNode toJson() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Element e : elements) {
            a.add(e.node().deepCopy());
        }
        return a;
    }

    /** Compact JSON, the form sent to pretix. */
    public String toCompactJson() {
        return LayoutJson.writeCompact(toJson());
    }

    /** Pretty JSON for files. */
    public String toPrettyJson() {
        return LayoutJson.writePretty(toJson());
    }

    /** Same elements in the same order with the same content (identities ignored). */
    public boolean sameContent(LayoutDocument other) {
        return other != null && toJson().equals(other.toJson());
    }

    /** An independent copy with the same identities (for snapshots). */
    public LayoutDocument copy() {
        return new LayoutDocument(elements);
    }

    // ----- changes -----

    public void add(Element e) {
        add(elements.size(), e);
    }

    public void add(int index, Element e) {
        elements.add(index, e);
        fire();
    }

    public Element remove(int index) {
        Element e = elements.remove(index);
        fire();
        return e;
    }

    public void set(int index, Element e) {
        elements.set(index, e);
        fire();
    }

    /** Puts the element in place of the one with the same identity. */
    public void replace(Element e) {
        int i = indexOf(e.id());
        if (i < 0) {
            throw new IllegalArgumentException("No element " + e.id() + " in this layout");
        }
        set(i, e);
    }

    /** Replaces several elements (same identities) with one notification. */
    public void replaceAll(List<Element> changed) {
        for (Element e : changed) {
            int i = indexOf(e.id());
            if (i < 0) {
                throw new IllegalArgumentException("No element " + e.id() + " in this layout");
            }
            elements.set(i, e);
        }
        fire();
    }

    /** Moves an element within the z-order. */
    public void move(int from, int to) {
        Element e = elements.remove(from);
        elements.add(to, e);
        fire();
    }

    /** Replaces every element (load, source view, take theirs). */
    public void setAll(List<Element> all) {
        elements.clear();
        elements.addAll(all);
        fire();
    }

    public void addListener(LayoutListener l) {
        listeners.add(l);
    }

    public void removeListener(LayoutListener l) {
        listeners.remove(l);
    }

    private void fire() {
        for (LayoutListener l : listeners) {
            l.layoutChanged(this);
        }
    }
}
