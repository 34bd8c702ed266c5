package org.layoutstudio.editor;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.ui.ActionButtons;
import org.layoutstudio.ui.ActionMenus;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.Tooltips;

/**
 * The canvas of a tab with its tool strip: add an element, arrange the selection, zoom, grid,
 * snapping and the page shown. The strip's buttons and menus are the editor's actions from the
 * actions table ({@link WorkspaceActions}), the same as in the menus; only the zoom level and the page
 * are the canvas's own. The strip wraps when the window is narrow, so that nothing is out of reach.
 */
public final class CanvasPane extends BorderPane {
    /** The page chooser offers this many pages at most (pretix's backgrounds have a few). */
    static final int MAX_PAGES = 99;

    private final EditorCanvas canvas;

    public CanvasPane(EditorDocument document, WorkspaceActions actions) {
        this(new EditorCanvas(document, actions.texts()), actions);
    }

    public CanvasPane(EditorCanvas canvas, WorkspaceActions actions) {
        this.canvas = canvas;
        Texts texts = actions.texts();
        ResourceBundle bundle = texts.bundle();
        getStyleClass().add("canvas-pane");

        MenuButton add = ActionMenus.menuButton(texts.get("editor.strip.insert"), actions.inMenu("insert"), bundle, "strip-");
        add.setId("canvas-add");
        add.setGraphic(Icon.PLUS_BOX_OUTLINE.view());
        Tooltips.set(add, texts.get("editor.strip.insert.tooltip"));
        MenuButton arrange = ActionMenus.menuButton(texts.get("editor.strip.arrange"), actions.inMenu("arrange"), bundle, "strip-");
        arrange.setId("canvas-arrange");
        arrange.setGraphic(Icon.VECTOR_ARRANGE_ABOVE.view());
        Tooltips.set(arrange, texts.get("editor.strip.arrange.tooltip"));

        Label zoom = new Label();
        zoom.setId("canvas-zoom");
        zoom.getStyleClass().add("canvas-zoom-level");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> texts.get("editor.canvas.zoom", canvas.getZoom() * 100),
                canvas.zoomProperty()));
        HBox zoomBox = new HBox(2, button(actions, "view.zoomOut", false), zoom, button(actions, "view.zoomIn", false));
        zoomBox.setAlignment(Pos.CENTER_LEFT);

        ButtonBase grid = button(actions, "view.grid", true);
        grid.setText(texts.get("editor.strip.grid"));
        ButtonBase snap = button(actions, "view.snap", true);
        snap.setText(texts.get("editor.strip.snap"));
        canvas.gridVisibleProperty().bindBidirectional(actions.get("view.grid").selectedProperty());
        canvas.snapEnabledProperty().bindBidirectional(actions.get("view.snap").selectedProperty());

        FlowPane bar = new FlowPane(6, 4, add, arrange, zoomBox, button(actions, "view.fitPage", true),
                button(actions, "view.fitWidth", true), button(actions, "view.actualSize", false), grid, snap, pages(canvas, texts));
        bar.getStyleClass().add("canvas-strip");
        bar.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("canvas-problem");
        problem.getStyleClass().addAll("canvas-problem", "message-warning");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> canvas.problemProperty().get() == null ? ""
                : canvas.problemProperty().get(), canvas.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        setTop(new VBox(bar, problem));
        setCenter(canvas);
    }

    private static ButtonBase button(WorkspaceActions actions, String id, boolean withText) {
        ButtonBase b = ActionButtons.button(actions.get(id), actions.texts().bundle(), withText);
        b.getStyleClass().add("flat");
        return b;
    }

    /** "Page [n]" for a background with more than one page. */
    private static HBox pages(EditorCanvas canvas, Texts texts) {
        EditorDocument doc = canvas.document();
        Spinner<Integer> page = new Spinner<>(1, MAX_PAGES, Math.max(1, doc.pageProperty().get()));
        page.setId("canvas-page");
        page.getStyleClass().add("canvas-page-spinner");
        page.valueProperty().addListener((o, a, b) -> doc.pageProperty().set(b));
        doc.pageProperty().addListener((o, a, b) -> page.getValueFactory().setValue(b.intValue()));
        HBox box = new HBox(4, new Label(texts.get("editor.canvas.pageLabel")), page);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(canvas.pageCountProperty().greaterThan(1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public EditorCanvas canvas() {
        return canvas;
    }
}
