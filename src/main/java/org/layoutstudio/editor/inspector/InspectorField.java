package org.layoutstudio.editor.inspector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;

/**
 * One row of the inspector: a label, an editor control, the element types it applies to. It shows
 * the value the selected elements share (empty when they differ) and commits edits to all of them.
 */
abstract class InspectorField {
    private final String label;
    private final Set<ElementType> types;

    InspectorField(String label, Set<ElementType> types) {
        this.label = label;
        this.types = EnumSet.copyOf(types);
    }

    String label() {
        return label;
    }

    /** True when every selected type has this property. */
    boolean appliesTo(Set<ElementType> selected) {
        return !selected.isEmpty() && types.containsAll(selected);
    }

    abstract Node editor();

    /** Shows the current values; a control the user is typing in keeps its text. */
    abstract void load(List<Element> selection);
}
