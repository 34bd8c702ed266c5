package org.layoutstudio.editor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.WindowPlacement;
import org.layoutstudio.ui.WindowSizing;

/**
 * The live preview in a window of its own (a second screen, or more room for the canvas): it shows
 * the current tab's preview and answers to the editor's shortcuts like the main window. It opens
 * where it was last (the first time at the right edge of the main window's screen, over the
 * inspector rather than the canvas). Closing it puts the preview back into the tab.
 */
final class PreviewWindow {
    /** The window's size when it first opens, px (smaller screens get less). */
    static final double WIDTH = 560;
    static final double HEIGHT = 820;

    private final Texts texts;
    private final EditorPanes panes;
    private final Runnable closedByUser;
    private final BorderPane root = new BorderPane();
    private Stage stage;

    PreviewWindow(Texts texts, EditorPanes panes, Runnable closedByUser) {
        this.texts = texts;
        this.panes = panes;
        this.closedByUser = closedByUser;
        root.setId("preview-window");
    }

    /** Shows {@code view}'s preview (the window opens next to {@code owner} the first time). */
    void show(Window owner, DocumentView view, List<AppAction> shortcuts) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            Scene scene = new Scene(root);
            for (AppAction a : shortcuts) {
                if (a.kind() == AppAction.Kind.COMMAND) {
                    for (KeyCombination k : a.shortcuts()) {
                        scene.getAccelerators().put(k, a::fire);
                    }
                }
            }
            stage.setScene(scene);
            stage.setOnCloseRequest(e -> {
                e.consume();
                closedByUser.run();
            });
            // however it goes (closed, docked, or with the main window), it opens there next time
            stage.setOnHidden(e -> panes.previewWindowBoundsProperty().set(
                    new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
        }
        root.setCenter(view.preview());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> texts.get("editor.panes.previewWindow.title", view.document().nameProperty().get()),
                view.document().nameProperty()));
        if (!stage.isShowing()) {
            Rectangle2D bounds = bounds(owner);
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.show();
        }
    }

    /** Where it was last, kept on a screen; the first time at the right edge of the owner's screen. */
    private Rectangle2D bounds(Window owner) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D last = panes.previewWindowBoundsProperty().get();
        if (last != null) {
            return WindowPlacement.onScreen(last, screens);
        }
        Rectangle2D screen = owner == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()))
                        .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double w = Math.min(WIDTH, screen.getWidth() - 2 * WindowSizing.SCREEN_MARGIN);
        double h = Math.min(HEIGHT, screen.getHeight() - 2 * WindowSizing.SCREEN_MARGIN);
        return new Rectangle2D(screen.getMaxX() - w - WindowSizing.SCREEN_MARGIN, screen.getMinY() + WindowSizing.SCREEN_MARGIN, w, h);
    }

    /** Hides the window and gives its preview back (the tab takes it again). */
    void hide() {
        root.setCenter(null);
        if (stage != null && stage.isShowing()) {
            stage.hide();
        }
    }

    /** The window, while it exists (tests). */
    Stage stage() {
        return stage;
    }
}
