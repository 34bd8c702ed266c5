package org.layoutstudio.editor.document;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.WindowSizing;

/** "New layout": pretix's default ticket, or an empty page of a chosen size (ISO, Letter, badges, custom). */
public final class NewLayoutDialog {
    /** What the custom size fields start with: a common badge label. */
    private static final double CUSTOM_WIDTH_MM = 100;
    private static final double CUSTOM_HEIGHT_MM = 50;

    private NewLayoutDialog() {
    }

    /** Shows the dialog without blocking; the new document goes to {@code created} after it closed with OK. */
    public static Dialog<EditorDocument> show(Window owner, Texts texts, Consumer<EditorDocument> created) {
        Dialog<EditorDocument> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(texts.get("editor.newLayout.title"));
        d.setHeaderText(texts.get("editor.newLayout.header"));
        ToggleGroup g = new ToggleGroup();
        RadioButton ticket = new RadioButton(texts.get("editor.newLayout.defaultTicket"));
        RadioButton empty = new RadioButton(texts.get("editor.newLayout.emptyPage"));
        ticket.setId("new-layout-default");
        empty.setId("new-layout-empty");
        ticket.setToggleGroup(g);
        empty.setToggleGroup(g);
        ticket.setSelected(true);
        PageSizeChooser size = new PageSizeChooser(texts, CUSTOM_WIDTH_MM, CUSTOM_HEIGHT_MM);
        size.disableProperty().bind(empty.selectedProperty().not());
        Label problem = new Label();
        problem.setId("new-layout-problem");
        problem.getStyleClass().add("message-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, ticket, empty, size, problem);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("new-layout-dialog");
        ButtonType ok = DialogButtons.ok(texts.bundle());
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(texts.bundle()));
        PageFormat[] chosen = new PageFormat[1];
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (empty.isSelected()) {
                PageSizeChooser.Choice c = size.chosen();
                problem.setText(c.problem() == null ? "" : c.problem());
                chosen[0] = c.format();
                if (c.format() == null) {
                    e.consume();
                    grow(d);
                }
            }
        });
        d.setResultConverter(b -> b != ok ? null : ticket.isSelected() ? Documents.defaultTicket(texts)
                : Documents.emptyPage(chosen[0], texts));
        d.setOnHidden(e -> Optional.ofNullable(d.getResult()).ifPresent(created));
        WindowSizing.fitToContent(d);
        // the custom size's fields and a problem sentence make the content taller: the window follows
        size.heightProperty().addListener((o, was, now) -> grow(d));
        d.show();
        return d;
    }

    private static void grow(Dialog<?> d) {
        if (d.getDialogPane().getScene() != null) {
            WindowSizing.growToContent(d.getDialogPane().getScene().getWindow());
        }
    }
}
