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
import org.layoutstudio.ui.WindowSizing;

/**
 * The live preview in a window of its own (a second screen, or more room for the canvas): it shows
 * the current tab's preview and answers to the editor's shortcuts like the main window. Closing it
 * puts the preview back into the tab.
 */
final class PreviewWindow {
    /** The window's size when it first opens, px (smaller screens get less). */
    static final double WIDTH = 560;
    static final double HEIGHT = 820;

    private final Texts texts;
    private final Runnable closedByUser;
    private final BorderPane root = new BorderPane();
    private Stage stage;

    PreviewWindow(Texts texts, Runnable closedByUser) {
        this.texts = texts;
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
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(WIDTH, screen.getWidth() - 2 * WindowSizing.SCREEN_MARGIN));
            stage.setHeight(Math.min(HEIGHT, screen.getHeight() - 2 * WindowSizing.SCREEN_MARGIN));
        }
        root.setCenter(view.preview());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> texts.get("editor.panes.previewWindow.title", view.document().nameProperty().get()),
                view.document().nameProperty()));
        if (!stage.isShowing()) {
            stage.show();
        }
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
