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
import org.layoutstudio.editor.input.NumberInput;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.Texts;

/**
 * A number in mm, pt, degrees or a factor. Commits on Enter or when the field loses focus (one undo
 * step per commit, never per keystroke); Escape goes back to the shown value. A wrong input stays in
 * the field with a sentence below it and changes nothing.
 */
final class NumberField extends InspectorField {
    /** Style class of a field whose input was not taken (its border shows it). */
    static final String INVALID = "invalid-input";
    private final EditorDocument doc;
    private final NumberInput numbers;
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

    /** @param unit the unit in words ("mm", "pt") or a sign ("°", "×"), or "" */
    NumberField(EditorDocument doc, Texts texts, String key, String unit, Set<ElementType> types, double min, double max,
                int decimals, Function<Element, Double> getter, BiFunction<Element, Double, Element> setter) {
        super(key, types, texts);
        this.doc = doc;
        this.numbers = new NumberInput(texts);
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.decimals = decimals;
        this.getter = getter;
        this.setter = setter;
        field.setId(id());
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
        problem.getStyleClass().addAll("inspector-problem", "message-error");
        problem.setId(field.getId() + "-problem");
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
        field.setPromptText(v == null && selection.size() > 1 ? mixed() : v == null ? absentHint : "");
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
        NumberInput.Result r = numbers.parse(text, min, max, label(), unit);
        if (!r.ok()) {
            problem.setText(r.problem());
            problem.setManaged(true);
            problem.setVisible(true);
            if (!field.getStyleClass().contains(INVALID)) {
                field.getStyleClass().add(INVALID);
            }
            return;
        }
        clearProblem();
        shown = text; // committed: the field shows the document's value again from now on
        double value = r.value();
        Edits.apply(doc, texts, step(), e -> setter.apply(e, value));
        load(doc.selection().elements());
    }

    private void clearProblem() {
        problem.setText("");
        problem.setManaged(false);
        problem.setVisible(false);
        field.getStyleClass().remove(INVALID);
    }

    /** The sentence shown under the field, or "" (for tests). */
    String problemText() {
        return problem.getText();
    }
}
