package org.layoutstudio.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every dialog and secondary window is resizable, opens at the size of its content and cannot be
 * made smaller than that content (never larger than the screen, though). Sizes are set twice: when
 * the window is shown and once more right after, because some window managers (openbox, seen on a
 * real desktop) answer the first size request with the window's initial 200×200, which JavaFX then
 * takes as the user's choice.
 */
public final class WindowSizing {
    /** A window keeps this much room to the edges of the screen's usable area. */
    public static final double SCREEN_MARGIN = 16;

    private WindowSizing() {
    }

    /** Makes {@code dialog} resizable and sized to its content whenever it is shown. */
    public static <T> Dialog<T> fitToContent(Dialog<T> dialog) {
        dialog.setResizable(true);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> fitNowAndAgain(dialog.getDialogPane().getScene().getWindow()));
        return dialog;
    }

    /** Makes a secondary window resizable and sized to its scene's content whenever it is shown. */
    public static Stage fitToContent(Stage stage) {
        stage.setResizable(true);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fitNowAndAgain(stage));
        return stage;
    }

    /**
     * Grows a shown window whose content now needs more room (a longer message, more rows), keeping
     * its top left corner where it is; it never shrinks what the user made larger.
     */
    public static void growToContent(Window window) {
        if (window == null || !window.isShowing()) {
            return;
        }
        Platform.runLater(() -> {
            Scene scene = window.getScene();
            Parent root = scene.getRoot();
            root.applyCss();
            double width = Math.max(scene.getWidth(), root.prefWidth(-1));
            double height = root.prefHeight(width);
            Rectangle2D screen = screenOf(window);
            double w = Math.min(width + decorationWidth(window), screen.getWidth() - 2 * SCREEN_MARGIN);
            double h = Math.min(height + decorationHeight(window), screen.getHeight() - 2 * SCREEN_MARGIN);
            if (window instanceof Stage stage) {
                stage.setMinWidth(Math.max(stage.getMinWidth(), w));
                stage.setMinHeight(Math.max(stage.getMinHeight(), h));
            }
            Rectangle2D grown = new Rectangle2D(window.getX(), window.getY(),
                    Math.max(w, window.getWidth()), Math.max(h, window.getHeight()));
            apply(window, WindowPlacement.onScreen(grown, List.of(screen)));
        });
    }

    /**
     * Gives a shown stage {@code bounds} now and once more after the window manager's first answer,
     * then runs {@code placed} (the main window's "shown and sized").
     */
    public static void placeShown(Stage stage, Rectangle2D bounds, Runnable placed) {
        apply(stage, bounds);
        Platform.runLater(() -> {
            if (!stage.isMaximized()) {
                apply(stage, bounds);
            }
            placed.run();
        });
    }

    private static void fitNowAndAgain(Window window) {
        // The centre stays where JavaFX put it (over the owner); the second pass also knows the decorations.
        double centreX = window.getX() + window.getWidth() / 2;
        double centreY = window.getY() + window.getHeight() / 2;
        apply(window, contentBounds(window, centreX, centreY));
        Platform.runLater(() -> apply(window, contentBounds(window, centreX, centreY)));
    }

    /** The window's bounds for its content, centred on the given point and kept on the screen. */
    private static Rectangle2D contentBounds(Window window, double centreX, double centreY) {
        Parent root = window.getScene().getRoot();
        root.applyCss();
        root.layout();
        double contentWidth = root.prefWidth(-1);
        double contentHeight = root.prefHeight(contentWidth);
        Rectangle2D screen = screenOf(window);
        double w = Math.min(contentWidth + decorationWidth(window), screen.getWidth() - 2 * SCREEN_MARGIN);
        double h = Math.min(contentHeight + decorationHeight(window), screen.getHeight() - 2 * SCREEN_MARGIN);
        if (window instanceof Stage stage) {
            stage.setMinWidth(w);
            stage.setMinHeight(h);
        }
        Rectangle2D wanted = new Rectangle2D(centreX - w / 2, centreY - h / 2, w, h);
        return WindowPlacement.onScreen(wanted, List.of(screen));
    }

    private static void apply(Window window, Rectangle2D b) {
        window.setX(b.getMinX());
        window.setY(b.getMinY());
        window.setWidth(b.getWidth());
        window.setHeight(b.getHeight());
    }

    /** The usable area of the screen the window is (mostly) on. */
    static Rectangle2D screenOf(Window window) {
        double w = Double.isNaN(window.getWidth()) ? 1 : Math.max(1, window.getWidth());
        double h = Double.isNaN(window.getHeight()) ? 1 : Math.max(1, window.getHeight());
        List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(), w, h);
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double decorationWidth(Window window) {
        double d = window.getWidth() - window.getScene().getWidth();
        return Double.isNaN(d) ? 0 : Math.max(0, d);
    }

    private static double decorationHeight(Window window) {
        double d = window.getHeight() - window.getScene().getHeight();
        return Double.isNaN(d) ? 0 : Math.max(0, d);
    }
}
