package org.layoutstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.preview.PreviewPane;

/**
 * For the start-up benchmark: with {@code -Dlayoutstudio.startupProbe=FILE} the app writes the wall
 * clock (epoch milliseconds) into FILE when its first window is shown, then exits. With
 * {@code -Dlayoutstudio.startupProbe.until=editor} it waits instead for the first usable editor: a
 * layout on the canvas with its background drawn and the preview's first picture shown.
 */
public final class StartupProbe {
    public static final String PROPERTY = "layoutstudio.startupProbe";
    public static final String UNTIL = "layoutstudio.startupProbe.until";

    private StartupProbe() {
    }

    /** Installs the probe on {@code stage} when the property is set (call before {@code show()}). */
    public static void install(Stage stage) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        boolean untilEditor = "editor".equals(System.getProperty(UNTIL));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!untilEditor) {
                done(file);
                return;
            }
            // checked once per pulse: cheap next to the work it waits for
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (stage.getScene() != null && editorUsable(stage.getScene().getRoot())) {
                        stop();
                        done(file);
                    }
                }
            }.start();
        });
    }

    private static boolean editorUsable(Parent root) {
        boolean[] canvas = new boolean[1];
        boolean[] preview = new boolean[1];
        visit(root, n -> {
            if (n instanceof EditorCanvas c && c.isVisible() && c.backgroundReadyProperty().get()) {
                canvas[0] = true;
            }
            if (n instanceof PreviewPane p && p.isVisible() && p.scheduler().imageProperty().get() != null) {
                preview[0] = true;
            }
        });
        return canvas[0] && preview[0];
    }

    private static void visit(Node node, java.util.function.Consumer<Node> each) {
        each.accept(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, each);
            }
        }
    }

    private static void done(String file) {
        long at = System.currentTimeMillis();
        try {
            Files.writeString(Path.of(file), Long.toString(at));
        } catch (IOException ex) {
            throw new IllegalStateException("Cannot write the start-up probe file " + file, ex);
        }
        Platform.exit();
        Runtime.getRuntime().halt(0); // the measurement is done; skip shutdown work
    }
}
