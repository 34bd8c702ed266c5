package org.layoutstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.preview.PreviewPane;

/**
 * Watches the first seconds of the main window for the start-up timeline ({@link StartupTimeline}):
 * window shown, editor loaded, a layout open, its background drawn, the preview's first picture —
 * the first usable editor. For the start-up benchmark, with {@code -Dlayoutstudio.startupProbe=FILE}
 * the app writes the wall clock (epoch milliseconds) into FILE when its first window is shown, then
 * exits; with {@code -Dlayoutstudio.startupProbe.until=editor} it waits instead for the first usable
 * editor.
 */
public final class StartupProbe {
    public static final String PROPERTY = "layoutstudio.startupProbe";
    public static final String UNTIL = "layoutstudio.startupProbe.until";
    /** {@code true}: exit normally once probed (a JVM writing a class-data-sharing archive writes it at exit). */
    public static final String EXIT = "layoutstudio.startupProbe.exit";
    /** A start without the demo layout (a saved connection) shows no layout by itself: stop watching then. */
    private static final long WATCH_NANOS = 30_000_000_000L;

    private StartupProbe() {
    }

    /** Watches {@code stage} from its first showing (call before {@code show()}). */
    public static void install(Stage stage) {
        String file = System.getProperty(PROPERTY);
        boolean probing = file != null && !file.isBlank();
        boolean untilEditor = "editor".equals(System.getProperty(UNTIL));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (probing && !untilEditor) {
                done(file); // before anything else is loaded: the minimal app of the benchmark is probed so too
                return;
            }
            StartupTimeline.mark("window shown");
            watch(stage, probing ? file : null);
        });
    }

    /** Checks the scene once per pulse (cheap next to the work it waits for) until the editor is usable. */
    private static void watch(Stage stage, String probeFile) {
        new AnimationTimer() {
            private long started;

            @Override
            public void handle(long now) {
                if (started == 0) {
                    started = now;
                }
                if (stage.getScene() != null && editorUsable(stage.getScene().getRoot())) {
                    stop();
                    StartupTimeline.finish();
                    if (probeFile != null) {
                        done(probeFile);
                    }
                    StartupWarmup.previewPath();
                } else if (probeFile == null && now - started > WATCH_NANOS) {
                    stop();
                }
            }
        }.start();
    }

    private static boolean editorUsable(Parent root) {
        boolean[] canvas = new boolean[1];
        boolean[] preview = new boolean[1];
        visit(root, n -> {
            if (n instanceof EditorWorkspace) {
                StartupTimeline.mark("editor loaded");
            }
            if (n instanceof EditorCanvas c && c.isVisible()) {
                StartupTimeline.mark("layout open");
                if (c.backgroundReadyProperty().get()) {
                    StartupTimeline.mark("canvas background drawn");
                    canvas[0] = true;
                }
            }
            if (n instanceof PreviewPane p && p.isVisible() && p.scheduler().imageProperty().get() != null) {
                StartupTimeline.mark("preview shown");
                preview[0] = true;
            }
        });
        return canvas[0] && preview[0];
    }

    private static void visit(Node node, Consumer<Node> each) {
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
            // written beside it and moved into place: the benchmark, which ends the process as soon as
            // the file appears (a JVM that exits while its compiler is busy waits for it, ~0.35 s,
            // which is not start-up), never reads it half written
            Path target = Path.of(file);
            Path written = Files.writeString(target.resolveSibling(target.getFileName() + ".part"), Long.toString(at));
            Files.move(written, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            throw new IllegalStateException("Cannot write the start-up probe file " + file, ex);
        }
        if (Boolean.getBoolean(EXIT)) {
            Platform.exit();
            System.exit(0);
        }
        Runtime.getRuntime().halt(0); // the measurement is done; skip shutdown work
    }
}
