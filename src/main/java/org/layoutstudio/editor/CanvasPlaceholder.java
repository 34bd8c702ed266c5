package org.layoutstudio.editor;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.Texts;

/**
 * Stands in for the canvas when none is given: the elements as a list, clicking one selects it.
 * Enough to drive the inspector and the preview without the canvas.
 */
final class CanvasPlaceholder extends BorderPane {
    CanvasPlaceholder(EditorDocument doc, Texts texts) {
        ListView<Element> list = new ListView<>();
        list.setId("element-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Element e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e, texts));
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
        Label title = new Label(texts.get("editor.placeholder.title"));
        title.getStyleClass().add("canvas-placeholder-title");
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        setTop(title);
        setCenter(list);
    }

    /** "Text box · event_name  (10.00, 20.00 mm)". */
    private static String describe(Element e, Texts texts) {
        String type = texts.get("editor.elementType." + e.type().name());
        String content = e.string("content", "");
        String x = Units.mmString(e.left());
        String y = Units.mmString(e.bottom());
        return content.isEmpty() ? texts.get("editor.placeholder.element", type, x, y)
                : texts.get("editor.placeholder.elementWithContent", type, x, y, content);
    }
}
