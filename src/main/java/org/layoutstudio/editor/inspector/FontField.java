package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.ui.Texts;

/**
 * The font family: the families as pretix resolves them, each marked (built in, offered by the
 * event and installed here, offered but not installed, not offered); free typing allowed; below it
 * what the preview draws with, and a warning when pretix will not print the family as named.
 */
final class FontField extends InspectorField {
    private final ComboBox<String> combo = new ComboBox<>();
    private final Label preview = new Label();
    private final Label warning = new Label();
    private final FontChoices fonts;
    private final VBox box;
    private boolean loading;

    FontField(EditorDocument doc, Texts texts, FontChoices fonts, Set<ElementType> types) {
        super("font", types, texts);
        this.fonts = fonts;
        combo.getItems().setAll(fonts.families());
        combo.setEditable(true);
        combo.setId(id());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(list -> new FamilyCell());
        combo.setOnShowing(e -> combo.getItems().setAll(fonts.families())); // folders added in the settings since
        combo.setOnAction(e -> {
            if (loading) {
                return;
            }
            String family = combo.getValue() == null ? "" : combo.getValue().trim();
            if (family.isEmpty()) {
                return;
            }
            Edits.apply(doc, texts, step(), el -> el.withString("fontfamily", family));
            show(family);
        });
        preview.setId("inspector-font-preview");
        preview.getStyleClass().add("font-preview");
        warning.setWrapText(true);
        warning.setId("inspector-font-warning");
        warning.getStyleClass().add("font-warning");
        box = new VBox(2, combo, preview, warning);
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
        combo.setPromptText(family == null ? mixed() : "");
        loading = false;
        show(family);
    }

    private void show(String family) {
        preview.setText(family == null ? "" : fonts.preview(family));
        String w = family == null ? null : fonts.warning(family);
        warning.setText(w == null ? "" : "⚠ " + w);
        warning.setVisible(w != null);
        warning.setManaged(w != null);
    }

    /** A family with its status underneath ("Offered by the event · installed here"). */
    private final class FamilyCell extends ListCell<String> {
        private final Label name = new Label();
        private final Label status = new Label();
        private final VBox lines = new VBox(name, status);

        FamilyCell() {
            status.getStyleClass().add("font-status");
        }

        @Override
        protected void updateItem(String family, boolean empty) {
            super.updateItem(family, empty);
            if (empty || family == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(family);
            status.setText(fonts.status(family));
            getStyleClass().removeAll("font-offered", "font-not-offered");
            getStyleClass().add(fonts.availability(family) == org.layoutstudio.layout.FontFacts.Availability.NOT_OFFERED
                    ? "font-not-offered" : "font-offered");
            setText(null);
            setGraphic(lines);
        }
    }
}
