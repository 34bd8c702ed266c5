package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.Units;

/**
 * A number in mm, pt, degrees or a factor. Commits on Enter or when the field loses focus (one undo
 * step per commit, never per keystroke); Escape goes back to the shown value. A wrong input stays in
 * the field with a sentence below it and changes nothing.
 */
final class NumberField extends InspectorField {
    private final EditorDocument doc;
    private final String what;
    private final String unit;
    private final double min;
    private final double max;
    private final int decimals;
    private final Function<Element, Double> getter;
    private final BiFunction<Element, Double, Element> setter;
    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final VBox box;
    private String shown = "";
    private String absentHint = "";
    private boolean loading;

    NumberField(EditorDocument doc, String label, String unit, Set<ElementType> types, double min, double max, int decimals,
                Function<Element, Double> getter, BiFunction<Element, Double, Element> setter) {
        super(label, types);
        this.doc = doc;
        this.what = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.decimals = decimals;
        this.getter = getter;
        this.setter = setter;
        field.setId("inspector-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        field.setPrefColumnCount(7);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(shown);
                clearProblem();
            }
        });
        problem.getStyleClass().add("inspector-problem");
        problem.setId(field.getId() + "-problem");
        problem.setStyle("-fx-text-fill: #c62828; -fx-font-size: 0.9em;");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        Label unitLabel = new Label(unit);
        unitLabel.setMinWidth(18);
        HBox row = new HBox(4, field, unitLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        box = new VBox(2, row, problem);
    }

    @Override
    Node editor() {
        return box;
    }

    /** The hint shown when the property is missing ("legacy" for a textarea's line height). */
    NumberField absentHint(String hint) {
        absentHint = hint;
        return this;
    }

    TextField textField() {
        return field;
    }

    @Override
    void load(List<Element> selection) {
        if (field.isFocused() && !field.getText().equals(shown)) {
            return; // the user is typing
        }
        Double v = Edits.common(selection, getter);
        loading = true;
        shown = v == null ? "" : format(v);
        field.setText(shown);
        field.setPromptText(v == null && selection.size() > 1 ? "mixed" : v == null ? absentHint : "");
        loading = false;
        clearProblem();
    }

    private String format(double v) {
        return decimals < 0 ? Units.plain(v) : java.math.BigDecimal.valueOf(v)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private void commit() {
        if (loading) {
            return;
        }
        String text = field.getText();
        if (text.equals(shown)) {
            clearProblem();
            return;
        }
        if (text.isBlank() && shown.isEmpty()) {
            clearProblem();
            return; // a mixed value left alone
        }
        NumberInput.Result r = NumberInput.parse(text, min, max, what, unit);
        if (!r.ok()) {
            problem.setText(r.problem());
            problem.setManaged(true);
            problem.setVisible(true);
            field.setStyle("-fx-border-color: #c62828;");
            return;
        }
        clearProblem();
        shown = text; // committed: the field shows the document's value again from now on
        double value = r.value();
        Edits.apply(doc, "Change " + what.replaceAll(" \\(.*\\)", "").toLowerCase(java.util.Locale.ROOT),
                e -> setter.apply(e, value));
        load(doc.selection().elements());
    }

    private void clearProblem() {
        problem.setText("");
        problem.setManaged(false);
        problem.setVisible(false);
        field.setStyle("");
    }

    /** The sentence shown under the field, or "" (for tests). */
    String problemText() {
        return problem.getText();
    }
}
