package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Settings → Language: German labels after the restart the dialog announces; JavaFX's own words too. */
class LanguageSwitchTest extends FxRobot {
    /** Where JavaFX takes a text field's menu and its other built-in words from. */
    private static final String JAVAFX_WORDS = "com/sun/javafx/scene/control/skin/resources/controls";

    @Test
    void javaFxsOwnWordsFollowTheAppsLanguageNotTheSystems() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            StudioApplication.speakEverywhere(ShellContext.localeOf("de"));
            assertEquals("Rückgängig machen", ResourceBundle.getBundle(JAVAFX_WORDS).getString("TextInputControl.menu.Undo"),
                    "a text field's menu in a German window on an English system");
            Locale.setDefault(Locale.GERMAN);
            StudioApplication.speakEverywhere(ShellContext.localeOf("en"));
            assertEquals("Undo", ResourceBundle.getBundle(JAVAFX_WORDS).getString("TextInputControl.menu.Undo"));
        } finally {
            Locale.setDefault(system);
        }
    }

    @TempDir
    Path dir;

    @Test
    void switchingToGermanShowsGermanLabels() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            assertEquals("_File", lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText());
            h.fx(() -> h.shell.actions().get("file.settings").fire());
            ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isPresent());
            assertTrue(lookup("The language changes when you restart Layout Studio.").tryQuery().isPresent(),
                    "the dialog says when the language applies");
            @SuppressWarnings("unchecked")
            ComboBox<String> language = lookup("#settings-language").queryAs(ComboBox.class);
            h.fx(() -> language.setValue("de"));
            clickOn("OK");
            ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isEmpty());
        }
        assertEquals("de", new SettingsStore(dir).load().language);

        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
            assertEquals("_Datei", bar.getMenus().get(0).getText());
            assertEquals("_Verbindung", bar.getMenus().get(2).getText());
            TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
            assertEquals("Teilnahmebescheinigungen", tabs.getTabs().get(1).getText());
            assertTrue(lookup("#status-connection").queryAs(Label.class).getText()
                    .startsWith("Demo-Server — nichts verlässt diesen Computer"));
            assertEquals("Mit pretix verbinden…", h.shell.actions().label(h.shell.actions().get("connection.connect")));
        }
    }
}
