package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shell's stylesheet resolves every colour it looks up, in light and dark, in the main window
 * and in every dialog: JavaFX reports nothing on its CSS logger (the warnings a user would see on stderr).
 */
class StylesheetWarningsTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void noStylesheetWarningsInLightOrDark() throws Exception {
        List<String> warnings = new ArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(collect);
        try {
            for (String theme : List.of("light", "dark")) {
                Path config = dir.resolve(theme);
                Settings s = new Settings();
                s.theme = theme;
                new SettingsStore(config).save(s);
                try (ShellHarness h = ShellHarness.open(config, new FakeConnector())) {
                    ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                    for (String action : List.of("help.shortcuts", "file.settings", "help.about", "connection.connect",
                            "connection.switchEvent")) {
                        h.fx(() -> h.shell.actions().get(action).fire());
                        WaitForAsyncUtils.waitForFxEvents();
                        closeDialogs(h);
                    }
                    h.fx(() -> h.context.errors().show(h.stage, new java.io.IOException("x")).getDialogPane().setExpanded(true));
                    WaitForAsyncUtils.waitForFxEvents();
                    closeDialogs(h);
                }
            }
        } finally {
            css.removeHandler(collect);
        }
        assertEquals(List.of(), warnings);
    }

    private static void closeDialogs(ShellHarness h) throws Exception {
        ShellHarness.waitUntil(() -> true);
        h.fx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != h.stage && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }
}
