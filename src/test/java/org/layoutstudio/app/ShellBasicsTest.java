package org.layoutstudio.app;

import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ButtonBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.pretix.profiles.ProfileStore;
import org.testfx.api.FxRobot;

/** The window's structure: everything from one actions table, drop routing, settings remembered. */
class ShellBasicsTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void menusToolbarAndShortcutSheetComeFromTheOneTable() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ActionsTable table = h.shell.actions();
            // decoded beside the start, set when done
            org.layoutstudio.editor.testing.FxTesting.waitUntil("the window carries the app icon in every size (HiDPI)",
                    () -> h.stage.getIcons().size() == 8);
            MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
            int itemsWithIds = 0;
            for (Menu m : bar.getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if (i.getId() != null && i.getId().startsWith("menuitem-")) {
                        AppAction a = table.all().stream()
                                .filter(x -> ("menuitem-" + x.nodeId()).equals(i.getId())).findFirst().orElseThrow();
                        assertEquals(table.label(a), i.getText());
                        assertEquals(a.shortcut(), i.getAccelerator());
                        itemsWithIds++;
                    }
                }
            }
            assertEquals(table.all().size(), itemsWithIds, "every action is in a menu, once");
            ToolBar tools = lookup(".tool-bar").queryAs(ToolBar.class);
            long buttons = tools.getItems().stream().filter(n -> n instanceof ButtonBase).count();
            assertEquals(table.all().stream().filter(AppAction::toolbar).count(), buttons);

            // Disabling an action disables its menu item and its toolbar button alike.
            AppAction open = table.get("file.open");
            h.fx(() -> open.enabledProperty().set(false));
            assertTrue(lookup("#tool-file-open").queryAs(ButtonBase.class).isDisabled());
            h.fx(() -> open.enabledProperty().set(true));

            List<ShortcutSheet.Row> rows = ShortcutSheet.rows(table);
            assertEquals(table.all().stream().filter(a -> a.shortcut() != null).count(), rows.size());
            assertTrue(rows.stream().anyMatch(r -> r.action().equals("Open layout file…") && r.keys().contains("O")));
            h.fx(() -> table.get("help.shortcuts").fire());
            assertTrue(lookup("#shortcut-sheet").tryQuery().isPresent(), "Help → Keyboard shortcuts opens the sheet");
        }
    }

    @Test
    void droppedFilesGoToTheLayoutEditor() throws Exception {
        Path layout = Files.writeString(dir.resolve("ticket.json"), "[]");
        Path pdf = Files.write(dir.resolve("background.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        try (ShellHarness h = ShellHarness.open(dir.resolve("config"), new FakeConnector())) {
            h.fx(() -> h.shell.showCertificates());
            boolean[] accepted = new boolean[2];
            h.fx(() -> accepted[0] = h.shell.openDropped(List.of(other)));
            assertFalse(accepted[0], "a text file is not accepted");
            h.fx(() -> accepted[1] = h.shell.openDropped(List.of(layout, pdf)));
            assertTrue(accepted[1]);
            assertEquals("Opened layout: ticket.json", lookup("#layouts-opened").queryAs(Label.class).getText());
            assertEquals("Background: background.pdf", lookup("#layouts-background").queryAs(Label.class).getText());
            assertTrue(lookup("#layouts-area").queryAs(javafx.scene.Node.class).isVisible(), "the editor tab is shown");
            // The layout is now on top of File → Open recent.
            AppAction recent = h.shell.actions().get("file.openRecent");
            assertTrue(recent.items().get(0).text().startsWith("ticket.json"));
        }
        // …and still there after a restart.
        Settings saved = new SettingsStore(dir.resolve("config")).load();
        assertEquals(layout.toAbsolutePath().toString(), saved.recentLayouts.get(0));
    }

    @Test
    void darkModeIsSwitchedFromTheViewMenuAndRemembered() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            h.fx(() -> h.shell.actions().get("view.darkMode").selectedProperty().set(true));
            assertEquals(Theme.DARK.stylesheet(), javafx.application.Application.getUserAgentStylesheet());
        }
        assertTrue(new SettingsStore(dir).load().dark());
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            assertTrue(h.shell.actions().get("view.darkMode").selectedProperty().get());
            h.fx(() -> h.shell.actions().get("view.darkMode").selectedProperty().set(false));
            assertEquals(Theme.LIGHT.stylesheet(), javafx.application.Application.getUserAgentStylesheet());
        }
    }

    @Test
    void windowSizeAndPositionAreRemembered() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            h.fx(() -> {
                h.stage.setX(40);
                h.stage.setY(30);
                h.stage.setWidth(900);
                h.stage.setHeight(600);
            });
        }
        Settings saved = new SettingsStore(dir).load();
        assertEquals(40, saved.windowX, 1);
        assertEquals(30, saved.windowY, 1);
        assertTrue(saved.windowWidth > 800 && saved.windowWidth <= 900, "width " + saved.windowWidth);
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            assertEquals(40, h.stage.getX(), 1);
            assertEquals(saved.windowWidth, h.stage.getScene().getWidth(), 1);
        }
    }

    @Test
    void helpOpensTheLogFile() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            h.fx(() -> h.shell.actions().get("help.openLog").fire());
            assertTrue(ShellHarness.lastOpenedUri.contains("layout-studio"), ShellHarness.lastOpenedUri);
        }
    }

    @Test
    void layoutsOpenedFromPretixAreInOpenRecentAndReopenOnTheirConnectionAndEvent() throws Exception {
        ProfileStore profiles = new ProfileStore(dir);
        ConnectionProfile fake = new ConnectionProfile("Fake", "https://pretix.example", "demo", "democon", AuthScheme.TOKEN);
        CredentialStore.open(dir).store(fake, "fake-token-123456");
        profiles.put(fake);
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null && h.shell.activeConnection().demo());
            ActiveConnection demo = h.shell.activeConnection();
            h.fx(() -> {
                h.context.rememberRecentServerLayout(demo, 17, "Badge");
                h.context.rememberRecentServerLayout(new ActiveConnection("https://pretix.example", "demo", "other",
                        AuthScheme.TOKEN, "fake-token-123456", false, "Fake"), 42, "Ticket");
            });
            AppAction recent = h.shell.actions().get("file.openRecent");
            assertEquals("Ticket  —  demo / other on Fake", recent.items().get(0).text());
            assertEquals("Badge  —  demo / democon on the demo server", recent.items().get(1).text());

            h.fx(() -> recent.items().get(1).run().run());
            ShellHarness.waitUntil(() -> "Opened from pretix: layout 17".equals(lookup("#layouts-opened").queryAs(Label.class).getText()));

            // Another connection and event: the shell switches to them first, then the layout opens.
            h.fx(() -> recent.items().get(0).run().run());
            ShellHarness.waitUntil(() -> "Opened from pretix: layout 42".equals(lookup("#layouts-opened").queryAs(Label.class).getText()));
            assertEquals("Fake", h.shell.activeConnection().profileName());
            assertEquals("other", h.shell.activeConnection().event());
        }
        assertTrue(new SettingsStore(dir).load().recentLayouts.get(0).startsWith(RecentLayout.SERVER_PREFIX),
                "remembered across restarts");
    }

    @Test
    void showGridInTheSettingsReachesTheObservableTheEditorBindsTo() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            javafx.beans.property.BooleanProperty grid = h.context.canvasPreferences().gridVisibleProperty();
            boolean[] seen = new boolean[1];
            h.fx(() -> grid.addListener((o, was, now) -> seen[0] = now));
            h.fx(() -> h.shell.actions().get("file.settings").fire());
            ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isPresent());
            clickOn("Show grid");
            clickOn("OK");
            ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isEmpty());
            assertTrue(seen[0], "an open tab bound to it follows at once");
        }
        assertTrue(new SettingsStore(dir).load().gridVisible, "and it is saved");
    }
}
