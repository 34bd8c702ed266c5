package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;

/** A yes/no property; indeterminate when the selected elements differ. */
final class CheckField extends InspectorField {
    private final CheckBox box;
    private final Function<Element, Boolean> getter;
    private boolean loading;

    CheckField(EditorDocument doc, String text, Set<ElementType> types, String description,
               Function<Element, Boolean> getter, BiFunction<Element, Boolean, Element> setter) {
        super("", types);
        this.getter = getter;
        box = new CheckBox(text);
        box.setWrapText(true);
        box.setId("inspector-" + description.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        box.selectedProperty().addListener((o, a, b) -> {
            if (!loading) {
                box.setIndeterminate(false);
                Edits.apply(doc, description, e -> setter.apply(e, b));
            }
        });
    }

    @Override
    Node editor() {
        return box;
    }

    @Override
    void load(List<Element> selection) {
        Boolean v = Edits.common(selection, getter);
        loading = true;
        box.setIndeterminate(v == null);
        box.setSelected(Boolean.TRUE.equals(v));
        loading = false;
    }
}
