package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;

/** One of a few values (alignment, logo style) as a row of toggle buttons; none pressed when they differ. */
final class ChoiceField extends InspectorField {
    private final ToggleGroup group = new ToggleGroup();
    private final HBox row = new HBox();
    private final Function<Element, String> getter;
    private boolean loading;

    /** {@code choices}: JSON value → button text, in order. */
    ChoiceField(EditorDocument doc, String label, Set<ElementType> types, Map<String, String> choices,
                Function<Element, String> getter, BiFunction<Element, String, Element> setter) {
        super(label, types);
        this.getter = getter;
        row.getStyleClass().add("segmented");
        choices.forEach((value, text) -> {
            ToggleButton b = new ToggleButton(text);
            b.setUserData(value);
            b.setToggleGroup(group);
            b.setId("inspector-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + value);
            b.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            row.getChildren().add(b);
        });
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
            Edits.apply(doc, "Change " + label.toLowerCase(java.util.Locale.ROOT), e -> setter.apply(e, value));
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
