package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Writes docs/app-light.png and docs/app-dark.png: the main window on first start (demo server).
 * Not part of the normal build; run with
 * {@code ./mvnw -o test -Dtest=DocsScreenshots -Ddocs.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "docs.screenshots", matches = "true")
class DocsScreenshots extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void lightAndDark() throws Exception {
        for (String theme : new String[] {"light", "dark"}) {
            Path config = dir.resolve(theme);
            Settings s = new Settings();
            s.theme = theme;
            s.language = "en";
            new SettingsStore(config).save(s);
            PretixConnector connector = new PretixConnector(Locale.ENGLISH);
            try (ShellHarness h = ShellHarness.open(config, connector, AreaFactory.standard())) {
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
                ShellHarness.waitUntil(() -> editor.workspace() != null);
                ShellHarness.waitUntil(() -> editor.workspace().currentDocument() != null);
                // Let the background and the preview render.
                ShellHarness.waitUntil(() -> h.tasks.runningProperty().get() == 0
                        && org.layoutstudio.ui.BackgroundTasks.shared().runningProperty().get() == 0);
                Path out = Path.of("docs", "app-" + theme + ".png");
                Snapshots.save(h.stage.getScene(), out);
                assertTrue(Files.size(out) > 5000);
            }
            connector.close();
        }
    }

    @Test
    void connectDialog() throws Exception {
        Path config = dir.resolve("connect");
        try (org.layoutstudio.sandbox.SandboxServer server = org.layoutstudio.sandbox.SandboxServer.start()) {
            PretixConnector connector = new PretixConnector(Locale.ENGLISH);
            try (ShellHarness h = ShellHarness.open(config, connector)) {
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                h.fx(() -> h.shell.openConnectDialog(null));
                ShellHarness.waitUntil(() -> lookup("#connect-dialog").tryQuery().isPresent());
                h.fx(() -> {
                    lookup("#connect-server").queryAs(javafx.scene.control.TextField.class).setText(server.baseUrl());
                    lookup("#connect-token").queryAs(javafx.scene.control.TextField.class).setText(server.token());
                });
                clickOn("#connect-test");
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Connector.Choice> events =
                        lookup("#connect-event").queryAs(javafx.scene.control.ComboBox.class);
                ShellHarness.waitUntil(() -> events.getValue() != null);
                javafx.scene.Scene scene = lookup("#connect-dialog").query().getScene();
                Path out = Path.of("docs", "connect-dialog.png");
                Snapshots.save(scene, out);
                assertTrue(Files.size(out) > 5000);
            }
            connector.close();
        }
    }
}
