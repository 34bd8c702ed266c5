package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.certificates.CertificatesView;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.ui.AppAction;
import org.testfx.api.FxRobot;

/** First start with the real editor and certificate viewer over the demo server. */
class RealAreasTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void firstStartShowsTheEditorAndTheViewerOverTheDemoEvent() throws Exception {
        Path layout = dir.resolve("ticket.json");
        Files.copy(Path.of("src/test/resources/layouts/ticket-default-current.json"), layout);
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir.resolve("config"), connector, AreaFactory.standard())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> editor.workspace() != null && editor.workspace().repositoryProperty().get() != null);
            EditorWorkspace ws = editor.workspace();
            assertTrue(h.shell.actions().get("layout.openFromServer").enabledProperty().get(),
                    "connected to the demo event: layouts can be opened from it");

            // Demo mode opens the demo event's default layout by itself, and that is not one the user opened.
            ShellHarness.waitUntil(() -> ws.views().size() == 1);
            AppAction recent = h.shell.actions().get("file.openRecent");
            assertTrue(recent.items().stream().allMatch(i -> i.run() == null), "nothing in Open recent: " + recent.items());
            assertTrue(new SettingsStore(dir.resolve("config")).load().recentLayouts.isEmpty());
            // Opened by the user, the same layout is remembered.
            long demoLayout = ws.views().get(0).document().serverOrigin().layoutId();
            h.fx(() -> ws.closeCurrent());
            ShellHarness.waitUntil(() -> ws.views().isEmpty());
            h.fx(() -> editor.openServerLayout(demoLayout));
            ShellHarness.waitUntil(() -> ws.views().size() == 1);
            assertEquals("Default layout  —  demo / democon on the demo server", recent.items().get(0).text());

            h.fx(() -> h.shell.openLayout(layout));
            ShellHarness.waitUntil(() -> ws.views().size() == 2);
            // The canvas follows the grid and snapping settings, and remembers changes.
            org.layoutstudio.editor.canvas.EditorCanvas canvas =
                    ((org.layoutstudio.editor.CanvasPane) ws.views().get(1).canvas()).canvas();
            assertEquals(h.context.settings().snapping, canvas.snapEnabledProperty().get());
            h.fx(() -> canvas.gridVisibleProperty().set(true));
            assertTrue(new SettingsStore(dir.resolve("config")).load().gridVisible);
            assertTrue(h.shell.actions().get("layout.save").enabledProperty().get());
            MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
            MenuItem undo = bar.getMenus().stream().filter(m -> m.getId().equals("menu-edit")).findFirst().orElseThrow()
                    .getItems().get(0);
            assertEquals("menuitem-edit-undo", undo.getId());
            assertTrue(undo.isDisable(), "nothing to undo yet");

            h.fx(() -> h.shell.showCertificates());
            PretixCertificatesArea certs = (PretixCertificatesArea) h.shell.certificates();
            CertificatesView view = certs.view0();
            assertNotNull(view);
            ShellHarness.waitUntil(() -> !view.picker().table().getItems().isEmpty());
        }
        connector.close();
    }
}
