package org.layoutstudio.editor.document;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.editor.inspector.NumberInput;
import org.layoutstudio.editor.model.EditorDocument;

/** "New layout": pretix's default ticket, or an empty page of a chosen size (ISO, Letter, badges, custom). */
public final class NewLayoutDialog {
    private NewLayoutDialog() {
    }

    public static void show(Window owner, Consumer<EditorDocument> created) {
        Dialog<EditorDocument> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("New layout");
        d.setHeaderText("Start from pretix's default ticket or from an empty page.");
        ToggleGroup g = new ToggleGroup();
        RadioButton ticket = new RadioButton("pretix's default ticket (A4, with QR code, texts and background)");
        RadioButton empty = new RadioButton("An empty page of this size:");
        ticket.setToggleGroup(g);
        empty.setToggleGroup(g);
        ticket.setSelected(true);
        ComboBox<PageFormat> size = new ComboBox<>();
        size.getItems().addAll(PageFormat.standard());
        PageFormat custom = new PageFormat("Custom size…", 0, 0);
        size.getItems().add(custom);
        size.setValue(PageFormat.standard().get(0));
        size.disableProperty().bind(empty.selectedProperty().not());
        TextField w = new TextField("100");
        TextField h = new TextField("50");
        w.setPrefColumnCount(5);
        h.setPrefColumnCount(5);
        HBox customBox = new HBox(4, new Label("Width"), w, new Label("Height"), h, new Label("mm"));
        customBox.setAlignment(Pos.CENTER_LEFT);
        customBox.visibleProperty().bind(size.valueProperty().isEqualTo(custom).and(empty.selectedProperty()));
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #c62828;");
        VBox box = new VBox(8, ticket, empty, size, customBox, problem);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (empty.isSelected() && size.getValue() == custom) {
                var rw = NumberInput.parse(w.getText(), 10, 5000, "The width", "mm");
                var rh = NumberInput.parse(h.getText(), 10, 5000, "The height", "mm");
                if (!rw.ok() || !rh.ok()) {
                    problem.setText(!rw.ok() ? rw.problem() : rh.problem());
                    e.consume();
                }
            }
        });
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            if (ticket.isSelected()) {
                return Documents.defaultTicket();
            }
            PageFormat f = size.getValue();
            if (f == custom) {
                f = PageFormat.custom(Double.parseDouble(w.getText().trim()), Double.parseDouble(h.getText().trim()));
            }
            return Documents.emptyPage(f);
        });
        d.setOnHidden(e -> Optional.ofNullable(d.getResult()).ifPresent(created));
        d.show();
    }
}
