package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.ui.Texts;

/**
 * One of a few values (alignment, logo style) as a row of toggle buttons; none pressed when they
 * differ. Each button's words are {@code editor.inspector.KEY.VALUE}, its id the field's id and the value.
 */
final class ChoiceField extends InspectorField {
    private final ToggleGroup group = new ToggleGroup();
    private final HBox row = new HBox();
    private final Function<Element, String> getter;
    private boolean loading;

    /** {@code values}: the JSON values, in the order of the buttons. */
    ChoiceField(EditorDocument doc, Texts texts, String key, Set<ElementType> types, List<String> values,
                Function<Element, String> getter, BiFunction<Element, String, Element> setter) {
        super(key, types, texts);
        this.getter = getter;
        row.getStyleClass().add("segmented");
        for (String value : values) {
            ToggleButton b = new ToggleButton(texts.get("editor.inspector." + key + "." + value));
            b.setUserData(value);
            b.setToggleGroup(group);
            b.setId(id() + "-" + value);
            b.setMinWidth(Control.USE_PREF_SIZE);
            row.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (loading) {
                return;
            }
            if (b == null) {
                // a pressed button cannot be released: keep the value
                loading = true;
                group.selectToggle(a);
                loading = false;
                return;
            }
            String value = (String) b.getUserData();
            Edits.apply(doc, texts, step(), e -> setter.apply(e, value));
        });
    }

    @Override
    Node editor() {
        return row;
    }

    @Override
    void load(List<Element> selection) {
        String v = Edits.common(selection, getter);
        loading = true;
        group.selectToggle(null);
        group.getToggles().stream().filter(t -> t.getUserData().equals(v)).findFirst().ifPresent(group::selectToggle);
        loading = false;
    }
}
