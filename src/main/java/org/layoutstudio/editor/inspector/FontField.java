package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;

/** The font family: a list of known families, free typing allowed, and a warning when pretix may lack it. */
final class FontField extends InspectorField {
    private final ComboBox<String> combo = new ComboBox<>();
    private final Label warning = new Label();
    private final VBox box;
    private boolean loading;

    FontField(EditorDocument doc, FontChoices fonts, Set<ElementType> types) {
        super("Font", types);
        combo.getItems().setAll(fonts.families());
        combo.setEditable(true);
        combo.setId("inspector-font");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setOnAction(e -> {
            if (loading) {
                return;
            }
            String family = combo.getValue() == null ? "" : combo.getValue().trim();
            if (family.isEmpty()) {
                return;
            }
            Edits.apply(doc, "Change font", el -> el.withString("fontfamily", family));
            showWarning(family);
        });
        warning.setWrapText(true);
        warning.setId("inspector-font-warning");
        warning.setStyle("-fx-text-fill: #a15c00; -fx-font-size: 0.9em;");
        box = new VBox(2, combo, warning);
    }

    @Override
    Node editor() {
        return box;
    }

    @Override
    void load(List<Element> selection) {
        if (combo.getEditor().isFocused()) {
            return;
        }
        String family = Edits.common(selection, Element::fontFamily);
        loading = true;
        combo.setValue(family);
        combo.setPromptText(family == null ? "mixed" : "");
        loading = false;
        showWarning(family);
    }

    private void showWarning(String family) {
        String w = family == null ? null : FontChoices.warning(family);
        warning.setText(w == null ? "" : "⚠ " + w);
        warning.setVisible(w != null);
        warning.setManaged(w != null);
    }
}
