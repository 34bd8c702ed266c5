package org.layoutstudio.editor.inspector;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.ui.Texts;

/**
 * One row of the inspector: a label, an editor control, the element types it applies to. It shows
 * the value the selected elements share (empty when they differ) and commits edits to all of them.
 * Its words are the bundle's {@code editor.inspector.KEY} (the label) and {@code editor.inspector.KEY.step}
 * (the undo step); its controls' ids are {@code inspector-} and the key in dashes ("fontSize" → "inspector-font-size").
 */
abstract class InspectorField {
    private final String key;
    private final Set<ElementType> types;
    final Texts texts;

    InspectorField(String key, Set<ElementType> types, Texts texts) {
        this.key = key;
        this.types = EnumSet.copyOf(types);
        this.texts = texts;
    }

    /** The label beside the control; "" when the control carries its own words (a check box). */
    String label() {
        return texts.get("editor.inspector." + key);
    }

    /** Whether the control takes the inspector's whole width, under its label (long entries). */
    boolean wide() {
        return false;
    }

    /** The name of an edit of this field in the undo menu ("Change font size"). */
    String step() {
        return texts.get("editor.inspector." + key + ".step");
    }

    /** The id of the field's control. */
    String id() {
        return "inspector-" + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A word for the value the selected elements do not share (the prompt of an empty field). */
    String mixed() {
        return texts.get("editor.inspector.mixed");
    }

    /** True when every selected type has this property. */
    boolean appliesTo(Set<ElementType> selected) {
        return !selected.isEmpty() && types.containsAll(selected);
    }

    abstract Node editor();

    /** Shows the current values; a control the user is typing in keeps its text. */
    abstract void load(List<Element> selection);
}
