package org.layoutstudio.editor.document;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * The connected event's ticket layouts: name, default flag and assigned products. Open one (with its
 * background), rename it or delete it on the server.
 */
public final class OpenFromServerDialog {
    private final LayoutRepository repository;
    private final BackgroundTasks tasks;
    private final TableView<LayoutSummary> table = new TableView<>();
    private final Label status = new Label();
    private final Dialog<LayoutSummary> dialog = new Dialog<>();

    private OpenFromServerDialog(Window owner, LayoutRepository repository, BackgroundTasks tasks) {
        this.repository = repository;
        this.tasks = tasks;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Open layout from pretix");
        dialog.setHeaderText("Ticket layouts of " + repository.describe());
        TableColumn<LayoutSummary, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<LayoutSummary, String> def = new TableColumn<>("Default");
        def.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isDefault() ? "✔" : ""));
        def.setPrefWidth(70);
        def.setStyle("-fx-alignment: CENTER;");
        TableColumn<LayoutSummary, String> products = new TableColumn<>("Products");
        products.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().productsText()));
        products.setPrefWidth(300);
        TableColumn<LayoutSummary, Long> id = new TableColumn<>("ID");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        id.setPrefWidth(60);
        table.getColumns().setAll(List.of(name, def, products, id));
        table.setId("server-layouts");
        table.setPlaceholder(new Label("Loading…"));
        table.setPrefHeight(300);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(table.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        Button rename = new Button("Rename…");
        rename.setOnAction(e -> rename());
        Button delete = new Button("Delete…");
        delete.setOnAction(e -> delete());
        rename.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        status.setWrapText(true);
        VBox box = new VBox(8, table, new HBox(6, rename, delete), status);
        box.setPadding(new Insets(6));
        dialog.getDialogPane().setContent(box);
        ButtonType open = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == open ? table.getSelectionModel().getSelectedItem() : null);
    }

    /** Shows the list; the chosen layout is fetched with its background and handed to {@code opened}. */
    public static void show(Window owner, LayoutRepository repository, BackgroundTasks tasks, Consumer<EditorDocument> opened,
                            Consumer<String> failed) {
        OpenFromServerDialog d = new OpenFromServerDialog(owner, repository, tasks);
        d.reload();
        d.dialog.setOnHidden(e -> {
            LayoutSummary chosen = d.dialog.getResult();
            if (chosen != null) {
                open(repository, tasks, chosen.id(), opened, failed);
            }
        });
        d.dialog.show();
    }

    /** Fetches a layout and its background, off the FX thread. */
    public static void open(LayoutRepository repository, BackgroundTasks tasks, long id, Consumer<EditorDocument> opened,
                            Consumer<String> failed) {
        tasks.run("Open layout", () -> {
            ServerLayout layout = repository.get(id);
            byte[] bg = repository.downloadBackground(layout.backgroundUrl());
            return new Object[] {layout, bg};
        }, r -> {
            try {
                opened.accept(Documents.fromServer((ServerLayout) r[0], (byte[]) r[1]));
            } catch (org.layoutstudio.layout.LayoutFormatException ex) {
                failed.accept("The layout on the server cannot be read: " + ex.getMessage());
            }
        }, e -> failed.accept(e instanceof RepositoryException re ? re.userMessage() : String.valueOf(e.getMessage())));
    }

    private void reload() {
        status.setText("Loading…");
        tasks.run("List layouts", repository::list, list -> {
            table.getItems().setAll(list);
            table.setPlaceholder(new Label("This event has no ticket layouts yet."));
            status.setText(list.size() + (list.size() == 1 ? " layout" : " layouts"));
        }, e -> {
            table.setPlaceholder(new Label("The layouts could not be loaded."));
            status.setText(e instanceof RepositoryException r ? r.userMessage() : String.valueOf(e.getMessage()));
        });
    }

    private void rename() {
        LayoutSummary s = table.getSelectionModel().getSelectedItem();
        TextInputDialog in = new TextInputDialog(s.name());
        in.initOwner(dialog.getDialogPane().getScene().getWindow());
        in.setTitle("Rename layout");
        in.setHeaderText("New name for “" + s.name() + "”");
        in.showAndWait().map(String::trim).filter(n -> !n.isEmpty() && !n.equals(s.name())).ifPresent(n ->
                tasks.run("Rename layout", () -> repository.patch(s.id(), n, null, null), r -> reload(),
                        e -> status.setText("Not renamed: " + e.getMessage())));
    }

    private void delete() {
        LayoutSummary s = table.getSelectionModel().getSelectedItem();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Products assigned to it will use the event's default layout."
                + (s.isDefault() ? " pretix makes another layout the default." : ""), ButtonType.YES, ButtonType.CANCEL);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setHeaderText("Delete “" + s.name() + "” on the server?");
        a.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b ->
                tasks.run("Delete layout", () -> {
                    repository.delete(s.id());
                    return null;
                }, r -> reload(), e -> status.setText("Not deleted: " + e.getMessage())));
    }
}
