package org.layoutstudio.editor.document;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.WindowSizing;

/**
 * The connected event's ticket layouts: name, default flag and assigned products. The chosen one is
 * handed to the caller (which opens it, or shows its tab when it is open already); rename and delete
 * go to the server through pretix's client.
 */
public final class OpenFromServerDialog {
    private final LayoutRepository repository;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final TableView<LayoutSummary> table = new TableView<>();
    private final Label status = new Label();
    private final Dialog<LayoutSummary> dialog = new Dialog<>();
    private final ButtonType open;

    private OpenFromServerDialog(Window owner, LayoutRepository repository, String where, BackgroundTasks tasks, Texts texts) {
        this.repository = repository;
        this.tasks = tasks;
        this.texts = texts;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(texts.get("editor.open.title"));
        dialog.setHeaderText(texts.get("editor.open.header", where));
        WindowSizing.fitToContent(dialog);
        TableColumn<LayoutSummary, String> name = new TableColumn<>(texts.get("editor.open.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<LayoutSummary, String> def = new TableColumn<>(texts.get("editor.open.column.default"));
        def.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isDefault() ? "✔" : ""));
        def.setPrefWidth(100); // room for the header in German too ("Standard")
        def.getStyleClass().add("centered-column");
        TableColumn<LayoutSummary, String> products = new TableColumn<>(texts.get("editor.open.column.products"));
        products.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().productsText()));
        products.setPrefWidth(300);
        TableColumn<LayoutSummary, Long> id = new TableColumn<>(texts.get("editor.open.column.id"));
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        id.setPrefWidth(60);
        table.getColumns().setAll(List.of(name, def, products, id));
        table.setId("server-layouts");
        table.setPlaceholder(new Label(texts.get("editor.open.loading")));
        table.setPrefHeight(300);
        table.setMinHeight(160);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button rename = new Button(texts.get("editor.open.rename"));
        rename.setOnAction(e -> rename());
        Button delete = new Button(texts.get("editor.open.delete"));
        delete.setOnAction(e -> delete());
        rename.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, table, new HBox(6, rename, delete), status);
        box.setPadding(new Insets(6));
        box.setPrefWidth(680);
        dialog.getDialogPane().setContent(box);
        open = new ButtonType(texts.get("editor.open.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, new ButtonType(texts.get("editor.save.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(open).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == open ? table.getSelectionModel().getSelectedItem() : null);
        // A double click chooses like the Open button: one result, one close (the dialog hands it over once).
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && table.getSelectionModel().getSelectedItem() != null && dialog.isShowing()) {
                ((Button) dialog.getDialogPane().lookupButton(open)).fire();
            }
        });
    }

    /**
     * Shows the list; the chosen layout goes to {@code chosen} once, after the dialog closed.
     *
     * @param where the event in words, for the header
     */
    public static void show(Window owner, LayoutRepository repository, String where, BackgroundTasks tasks, Texts texts,
                            Consumer<LayoutSummary> chosen) {
        OpenFromServerDialog d = new OpenFromServerDialog(owner, repository, where, tasks, texts);
        d.reload();
        d.dialog.setOnHidden(e -> {
            LayoutSummary s = d.dialog.getResult();
            if (s != null) {
                chosen.accept(s);
            }
        });
        d.dialog.show();
    }

    private void reload() {
        status.setText(texts.get("editor.open.loading"));
        tasks.run(texts.get("editor.open.task.list"), repository::list, list -> {
            table.getItems().setAll(list);
            table.setPlaceholder(new Label(texts.get("editor.open.none")));
            status.setText(texts.get("editor.open.count", list.size()));
        }, e -> {
            table.setPlaceholder(new Label(texts.get("editor.open.failed")));
            status.setText(explain(e));
        });
    }

    private String explain(Throwable e) {
        return new org.layoutstudio.ui.ErrorMessages(texts.bundle()).explain(e).whatHappened();
    }

    private void rename() {
        LayoutSummary s = table.getSelectionModel().getSelectedItem();
        TextInputDialog in = new TextInputDialog(s.name());
        in.initOwner(dialog.getDialogPane().getScene().getWindow());
        in.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(texts.bundle()), DialogButtons.cancel(texts.bundle()));
        in.setTitle(texts.get("editor.open.rename.title"));
        WindowSizing.fitToContent(in);
        in.setHeaderText(texts.get("editor.open.rename.header", s.name()));
        in.showAndWait().map(String::trim).filter(n -> !n.isEmpty() && !n.equals(s.name())).ifPresent(n ->
                tasks.run(texts.get("editor.open.rename.title"),
                        () -> repository.client().updateLayout(s.layout(), s.layout().withName(n)), r -> reload(),
                        e -> status.setText(texts.get("editor.open.rename.failed", explain(e)))));
    }

    private void delete() {
        LayoutSummary s = table.getSelectionModel().getSelectedItem();
        ButtonType yes = new ButtonType(texts.get("editor.open.delete.confirm"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.get("editor.save.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, texts.get("editor.open.delete.text")
                + (s.isDefault() ? " " + texts.get("editor.open.delete.default") : ""), yes, no);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setTitle(texts.get("editor.open.delete.title"));
        a.setHeaderText(texts.get("editor.open.delete.header", s.name()));
        WindowSizing.fitToContent(a);
        a.showAndWait().filter(b -> b == yes).ifPresent(b ->
                tasks.run(texts.get("editor.open.delete.task"), () -> {
                    repository.client().deleteLayout(s.id());
                    return null;
                }, r -> reload(), e -> status.setText(texts.get("editor.open.delete.failed", explain(e)))));
    }
}
