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
import org.layoutstudio.ui.Texts;

/** A yes/no property; indeterminate when the selected elements differ. The box carries the field's words. */
final class CheckField extends InspectorField {
    private final CheckBox box;
    private final Function<Element, Boolean> getter;
    private boolean loading;

    CheckField(EditorDocument doc, Texts texts, String key, Set<ElementType> types,
               Function<Element, Boolean> getter, BiFunction<Element, Boolean, Element> setter) {
        super(key, types, texts);
        this.getter = getter;
        box = new CheckBox(super.label());
        box.setWrapText(true);
        box.setId(id());
        box.selectedProperty().addListener((o, a, b) -> {
            if (!loading) {
                box.setIndeterminate(false);
                Edits.apply(doc, texts, step(), e -> setter.apply(e, b));
            }
        });
    }

    @Override
    String label() {
        return "";
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
