package org.layoutstudio.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a new window at the size of its scene until the user first touches it. Under openbox (and
 * with GTK generally) a new window is first given a passing 200 × 200, and while another window of
 * the app is maximized it keeps that size, or the smallest its minimum allows (seen on a real
 * desktop: the batch download window with one letter per line). Before the user has clicked or
 * typed in it, any such shrink is the window manager's doing: the window goes back to its scene's
 * size.
 */
public final class OpeningSize {
    private OpeningSize() {
    }

    /**
     * Call after {@code stage.setScene(…)} and before {@code stage.show()}; the scene must ask for the
     * size wanted (its content's, or a size it was made with).
     */
    public static void hold(Stage stage) {
        ChangeListener<Number> restore = (o, before, now) -> {
            if (stage.isShowing() && stage.getScene() != null && shrunk(stage)) {
                Platform.runLater(() -> {
                    stage.sizeToScene();
                    center(stage); // placed for the small size, it would now hang off the screen
                });
            }
        };
        // The scene follows the window's size a moment later: both are watched.
        var scene = stage.getScene();
        stage.widthProperty().addListener(restore);
        stage.heightProperty().addListener(restore);
        scene.widthProperty().addListener(restore);
        scene.heightProperty().addListener(restore);
        EventHandler<InputEvent> touched = new EventHandler<>() {
            @Override
            public void handle(InputEvent e) {
                stage.widthProperty().removeListener(restore);
                stage.heightProperty().removeListener(restore);
                scene.widthProperty().removeListener(restore);
                scene.heightProperty().removeListener(restore);
                stage.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                stage.removeEventFilter(KeyEvent.KEY_PRESSED, this);
            }
        };
        stage.addEventFilter(MouseEvent.MOUSE_PRESSED, touched);
        stage.addEventFilter(KeyEvent.KEY_PRESSED, touched);
    }

    /** Centred over its owner (or the screen), and with its title bar on the screen. */
    private static void center(Stage stage) {
        Window owner = stage.getOwner();
        if (owner == null) {
            stage.centerOnScreen();
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = owner.getX() + (owner.getWidth() - stage.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - stage.getHeight()) / 3;
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - stage.getHeight())));
    }

    /** Smaller than the scene's content asks (the root's preferred size at the present width). */
    private static boolean shrunk(Stage stage) {
        var scene = stage.getScene();
        var root = scene.getRoot();
        double width = Math.min(root.prefWidth(-1), root.maxWidth(-1));
        return scene.getWidth() < Math.min(width, stage.getMaxWidth()) - 1
                || scene.getHeight() < root.prefHeight(scene.getWidth()) - 1;
    }
}
