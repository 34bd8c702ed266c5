package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.ui.WindowPlacement;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's size on the first start and after, and the dialogs: resizable, as large as their
 * content, never smaller. (Headless here; the real window manager's behaviour is looked at with
 * desktop.sh, see docs/.)
 */
class WindowsTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void theFirstStartFitsTheScreenAndTheAreasHearWhenTheWindowIsSized() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            PlaceholderLayoutsArea layouts = (PlaceholderLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> layouts.windowSizedCalls > 0);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, layouts.windowSizedCalls, "told once");
            Rectangle2D expected = WindowPlacement.firstStart(Screen.getPrimary().getVisualBounds());
            assertEquals(expected.getWidth(), h.stage.getWidth(), 1);
            assertEquals(expected.getHeight(), h.stage.getHeight(), 1);
            assertEquals(expected.getMinX(), h.stage.getX(), 1);
        }
    }

    @Test
    void aSavedPositionOffTheScreenComesBackAndMaximisedStaysMaximised() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings s = new Settings();
        s.windowX = screen.getMaxX() + 2000;
        s.windowY = 40;
        s.windowWidth = 800;
        s.windowHeight = 500;
        new SettingsStore(dir).save(s);
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            PlaceholderLayoutsArea layouts = (PlaceholderLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> layouts.windowSizedCalls > 0);
            assertTrue(h.stage.getX() + h.stage.getWidth() <= screen.getMaxX() + 1, "back on the screen: " + h.stage.getX());
            assertEquals(800, h.stage.getWidth(), 1, "the saved width");
            h.fx(() -> h.stage.setMaximized(true));
        }
        Settings saved = new SettingsStore(dir).load();
        assertTrue(saved.windowMaximized);
        assertEquals(800, saved.windowWidth, 1, "the bounds to return to are kept while maximised");
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            PlaceholderLayoutsArea layouts = (PlaceholderLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> layouts.windowSizedCalls > 0);
            assertTrue(h.stage.isMaximized(), "maximised as it was");
        }
    }

    @Test
    void everyDialogIsResizableAndHoldsItsContent() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            for (String action : List.of("help.shortcuts", "file.settings", "help.about", "connection.connect",
                    "connection.switchEvent")) {
                h.fx(() -> h.shell.actions().get(action).fire());
                ShellHarness.waitUntil(() -> dialogs(h).size() == 1);
                WaitForAsyncUtils.waitForFxEvents();
                Stage dialog = dialogs(h).get(0);
                assertHoldsItsContent(action, dialog);
                h.fx(dialog::close);
            }
            h.fx(() -> h.context.errors().show(h.stage, new java.io.IOException("disk full")));
            ShellHarness.waitUntil(() -> dialogs(h).size() == 1);
            assertHoldsItsContent("error", dialogs(h).get(0));
            h.fx(() -> dialogs(h).get(0).close());
        }
    }

    @Test
    void theConnectDialogGrowsWithALongErrorAndCutsNothing() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new org.layoutstudio.app.PretixConnector(java.util.Locale.ENGLISH))) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            h.fx(() -> h.shell.openConnectDialog(null));
            ShellHarness.waitUntil(() -> lookup("#connect-dialog").tryQuery().isPresent());
            Stage dialog = dialogs(h).get(0);
            double before = dialog.getHeight();
            Label result = lookup("#connect-result").queryAs(Label.class);
            h.fx(() -> {
                lookup("#connect-server").queryAs(TextField.class).setText("http://pretix.example.com");
                lookup("#connect-token").queryAs(PasswordField.class).setText("whatever-token-123");
            });
            h.fx(() -> lookup("#connect-test").queryButton().fire());
            ShellHarness.waitUntil(() -> result.getText().contains("HTTPS"));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> { }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(result.getText(), ((Text) result.lookup(".text")).getText(), "the whole message is shown");
            assertTrue(result.getHeight() + 0.5 >= result.prefHeight(result.getWidth()), "as tall as its lines");
            assertTrue(dialog.getHeight() > before, "the dialog grew for the longer message");
            assertHoldsItsContent("connect", dialog);
            h.fx(dialog::close);
        }
    }

    @Test
    void at1024x700EveryControlOfTheShellIsReachable() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            h.fx(() -> {
                h.stage.setWidth(1024);
                h.stage.setHeight(700);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double width = h.stage.getScene().getWidth();
            javafx.scene.control.ToolBar tools = lookup(".tool-bar").queryAs(javafx.scene.control.ToolBar.class);
            for (javafx.scene.Node n : tools.getItems()) {
                if (n instanceof javafx.scene.control.ButtonBase b) {
                    javafx.geometry.Bounds inScene = b.localToScene(b.getBoundsInLocal());
                    assertTrue(b.isVisible() && inScene.getMaxX() <= width, b.getId() + " is on screen");
                }
            }
            Label status = lookup("#status-connection").queryAs(Label.class);
            assertEquals(status.getText(), ((Text) status.lookup(".text")).getText(), "the status line is not cut");
        }
    }

    private static List<Stage> dialogs(ShellHarness h) {
        List<Stage> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s != h.stage && s.isShowing()) {
                out.add(s);
            }
        }
        return out;
    }

    private static void assertHoldsItsContent(String which, Stage dialog) {
        Parent root = dialog.getScene().getRoot();
        double width = dialog.getScene().getWidth();
        assertTrue(dialog.isResizable(), which + " is resizable");
        assertTrue(width + 1 >= root.prefWidth(-1), which + ": " + width + " < " + root.prefWidth(-1));
        assertTrue(dialog.getScene().getHeight() + 1 >= root.prefHeight(width),
                which + ": " + dialog.getScene().getHeight() + " < " + root.prefHeight(width));
        assertTrue(dialog.getMinWidth() + 1 >= root.prefWidth(-1) || dialog.getMinWidth() >= Screen.getPrimary().getVisualBounds().getWidth() - 40,
                which + " cannot be made narrower than its content");
    }
}
