package org.layoutstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For the start-up benchmark: with {@code -Dlayoutstudio.startupProbe=FILE} the app writes the wall
 * clock (epoch milliseconds) into FILE when its first window is shown, then exits.
 */
public final class StartupProbe {
    public static final String PROPERTY = "layoutstudio.startupProbe";

    private StartupProbe() {
    }

    /** Installs the probe on {@code stage} when the property is set (call before {@code show()}). */
    public static void install(Stage stage) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            long shownAt = System.currentTimeMillis();
            try {
                Files.writeString(Path.of(file), Long.toString(shownAt));
            } catch (IOException ex) {
                throw new IllegalStateException("Cannot write the start-up probe file " + file, ex);
            }
            Platform.exit();
            Runtime.getRuntime().halt(0); // the measurement is done; skip shutdown work
        });
    }
}
