package org.layoutstudio.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;

/**
 * Stands in for the canvas when none is given: the elements as a list, clicking one selects it.
 * Enough to drive the inspector and the preview without the canvas.
 */
final class CanvasPlaceholder extends BorderPane {
    CanvasPlaceholder(EditorDocument doc) {
        ListView<Element> list = new ListView<>();
        list.setId("element-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Element e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.type().label() + (e.string("content", "").isEmpty() ? ""
                        : " · " + e.string("content", "")) + "  (" + org.layoutstudio.layout.Units.mmString(e.left())
                        + ", " + org.layoutstudio.layout.Units.mmString(e.bottom()) + " mm)");
            }
        });
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        boolean[] syncing = {false};
        Runnable fill = () -> {
            syncing[0] = true;
            list.getItems().setAll(doc.layout().elements());
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (doc.selection().contains(list.getItems().get(i).id())) {
                    list.getSelectionModel().select(i);
                }
            }
            syncing[0] = false;
        };
        doc.layout().addListener(d -> fill.run());
        doc.selection().addListener(() -> {
            if (!syncing[0]) {
                fill.run();
            }
        });
        list.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Element>) c -> {
            if (!syncing[0]) {
                doc.selection().set(list.getSelectionModel().getSelectedItems().stream().map(Element::id).toList());
            }
        });
        fill.run();
        Label title = new Label("Canvas (elements)");
        title.setPadding(new Insets(4, 6, 4, 6));
        title.setStyle("-fx-font-weight: bold;");
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        setTop(title);
        setCenter(list);
    }
}
