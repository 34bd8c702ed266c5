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
            try (ShellHarness h = ShellHarness.open(config, connector)) {
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                Path out = Path.of("docs", "app-" + theme + ".png");
                Snapshots.save(h.stage.getScene(), out);
                assertTrue(Files.size(out) > 5000);
            }
            connector.close();
        }
    }
}
