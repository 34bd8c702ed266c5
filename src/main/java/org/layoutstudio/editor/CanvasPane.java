package org.layoutstudio.editor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.layoutstudio.editor.actions.Alignment;
import org.layoutstudio.editor.actions.Distribution;
import org.layoutstudio.editor.actions.ElementTemplates;
import org.layoutstudio.editor.actions.ZOrder;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.model.EditorDocument;

/**
 * The canvas of a tab with its tool strip: add an element (the toolbox), arrange the selection
 * (align, distribute, layer order), zoom (fit page, fit width, 100 %, in, out), grid, snapping and
 * the page shown. The canvas and its actions are the canvas package's; this only hosts them.
 */
public final class CanvasPane extends BorderPane {
    private final EditorCanvas canvas;

    public CanvasPane(EditorDocument document) {
        this(new EditorCanvas(document));
    }

    public CanvasPane(EditorCanvas canvas) {
        this.canvas = canvas;
        var actions = canvas.actions();
        EditorDocument doc = canvas.document();

        MenuButton add = new MenuButton("Add");
        add.setId("canvas-add");
        add.setTooltip(new Tooltip("Add an element to the page"));
        for (ElementTemplates t : ElementTemplates.values()) {
            MenuItem m = new MenuItem(t.label());
            m.setOnAction(e -> {
                actions.add(t);
                canvas.requestFocus();
            });
            add.getItems().add(m);
        }

        MenuButton arrange = new MenuButton("Arrange");
        arrange.setId("canvas-arrange");
        for (Alignment a : Alignment.values()) {
            MenuItem m = new MenuItem(a.label());
            m.setOnAction(e -> actions.align(a));
            arrange.getItems().add(m);
        }
        arrange.getItems().add(new SeparatorMenuItem());
        for (Distribution d : Distribution.values()) {
            MenuItem m = new MenuItem(d.label());
            m.setOnAction(e -> actions.distribute(d));
            arrange.getItems().add(m);
        }
        arrange.getItems().add(new SeparatorMenuItem());
        for (ZOrder z : ZOrder.values()) {
            MenuItem m = new MenuItem(z.label());
            m.setOnAction(e -> actions.order(z));
            arrange.getItems().add(m);
        }
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> actions.duplicate());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> actions.delete());
        arrange.getItems().addAll(new SeparatorMenuItem(), duplicate, delete);

        Button out = small("−", "Zoom out", canvas::zoomOut);
        Button in = small("+", "Zoom in", canvas::zoomIn);
        Label zoom = new Label();
        zoom.setMinWidth(44);
        zoom.setAlignment(Pos.CENTER);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.getZoom() * 100) + " %", canvas.zoomProperty()));
        Button fitPage = small("Fit page", "Show the whole page", canvas::fitPage);
        Button fitWidth = small("Fit width", "Fill the width with the page", canvas::fitWidth);
        Button actual = small("100 %", "True physical size", canvas::actualSize);
        ToggleButton grid = new ToggleButton("Grid");
        grid.selectedProperty().bindBidirectional(canvas.gridVisibleProperty());
        ToggleButton snap = new ToggleButton("Snap");
        snap.setTooltip(new Tooltip("Snap to page, elements and grid (hold Alt to suspend)"));
        snap.selectedProperty().bindBidirectional(canvas.snapEnabledProperty());

        Spinner<Integer> page = new Spinner<>(1, 99, Math.max(1, doc.pageProperty().get()));
        page.setPrefWidth(64);
        page.valueProperty().addListener((o, a, b) -> doc.pageProperty().set(b));
        doc.pageProperty().addListener((o, a, b) -> page.getValueFactory().setValue(b.intValue()));
        HBox pageBox = new HBox(4, new Label("Page"), page);
        pageBox.setAlignment(Pos.CENTER_LEFT);
        pageBox.visibleProperty().bind(canvas.pageCountProperty().greaterThan(1));
        pageBox.managedProperty().bind(pageBox.visibleProperty());

        HBox zoomBox = new HBox(2, out, zoom, in);
        zoomBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(6, 4, add, arrange, zoomBox, fitPage, fitWidth, actual, grid, snap, pageBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        Label problem = new Label();
        problem.textProperty().bind(Bindings.createStringBinding(() -> canvas.problemProperty().get() == null ? ""
                : canvas.problemProperty().get(), canvas.problemProperty()));
        problem.setStyle("-fx-text-fill: #a15c00;");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.setPadding(new Insets(0, 6, 2, 6));
        setTop(new javafx.scene.layout.VBox(bar, problem));
        setCenter(canvas);
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public EditorCanvas canvas() {
        return canvas;
    }
}
