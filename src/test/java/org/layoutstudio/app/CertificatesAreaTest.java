package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.certificates.CertificateActions;
import org.layoutstudio.certificates.CertificatesView;
import org.layoutstudio.certificates.ViewerCommand;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import org.testfx.api.FxRobot;

/**
 * The certificate viewer in the real main window over the demo server: its commands are actions of
 * the one table (menu Certificates, once each, on the F1 sheet, shortcuts unique in the window), they
 * act only while its tab is shown, a shortcut fetches, and at 1024 × 700 every control is on screen.
 */
class CertificatesAreaTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void theViewersCommandsAreActionsOfTheOneTable() throws Exception {
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir.resolve("config"), connector, AreaFactory.standard())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            PretixCertificatesArea area = (PretixCertificatesArea) h.shell.certificates();
            CertificateActions actions = area.certificateActions();
            ActionsTable table = h.shell.actions();

            // In the menu "Certificates", each once, with its label and shortcut; every one on the F1 sheet.
            MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
            Menu menu = bar.getMenus().stream().filter(m -> "menu-certificates".equals(m.getId())).findFirst().orElseThrow();
            for (ViewerCommand c : ViewerCommand.values()) {
                AppAction a = actions.get(c);
                assertEquals(a, table.get(c.actionId()), "in the one table: " + c);
                List<MenuItem> items = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> ("menuitem-" + a.nodeId()).equals(i.getId())).toList();
                assertEquals(1, items.size(), "in a menu once: " + c);
                assertTrue(menu.getItems().contains(items.get(0)), c + " is in Certificates");
                assertEquals(table.label(a), items.get(0).getText());
                assertNotNull(a.shortcut(), c + " has a shortcut");
                assertTrue(ShortcutSheet.rows(table).stream().anyMatch(r -> r.action().equals(table.label(a))
                        && r.keys().equals(a.shortcut().getDisplayText())), c + " is on the F1 sheet");
            }
            // Menu accelerators act in the whole window: no two actions may share one.
            Map<String, String> byKeys = new HashMap<>();
            for (AppAction a : table.all()) {
                if (a.shortcut() != null) {
                    String other = byKeys.put(a.shortcut().getName(), a.id());
                    assertEquals(null, other, a.id() + " and " + other + " share " + a.shortcut().getDisplayText());
                }
            }

            // Off while the layouts tab is shown, even with an attendee chosen; on with the certificates tab.
            ShellHarness.waitUntil(() -> area.view0() != null && !area.view0().picker().table().getItems().isEmpty());
            CertificatesView view = area.view0();
            h.fx(() -> {
                h.shell.showLayouts();
                view.picker().table().getSelectionModel().select(0);
            });
            assertFalse(actions.get(ViewerCommand.FETCH).enabledProperty().get(), "no fetch from a hidden tab");
            h.fx(() -> h.shell.showCertificates());
            assertTrue(actions.get(ViewerCommand.FETCH).enabledProperty().get());
            assertFalse(actions.get(ViewerCommand.SAVE).enabledProperty().get(), "nothing to save yet");

            // The shortcut fetches: Ctrl+Enter.
            h.fx(() -> view.picker().table().requestFocus());
            press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
            ShellHarness.waitUntil(() -> view.viewer().pageCount() >= 1);
            assertTrue(actions.get(ViewerCommand.SAVE).enabledProperty().get(), "a certificate to save");

            // The real window at 1024 × 700: every control of the viewer on screen.
            h.fx(() -> {
                h.stage.setWidth(1024);
                h.stage.setHeight(700);
            });
            ShellHarness.waitUntil(() -> Math.abs(h.stage.getScene().getWidth() - 1024) < 1);
            List<String> problems = new ArrayList<>();
            h.fx(() -> {
                Node root = h.stage.getScene().getRoot();
                List<Node> controls = new ArrayList<>(view.lookupAll("#certificateToolBar .button"));
                controls.addAll(view.lookupAll("#certificateToolBar .toggle-button"));
                controls.addAll(view.lookupAll("#certificateToolBar .text-field"));
                for (String id : List.of("#tool-certificates-fetch", "#tool-certificates-batchSelected",
                        "#tool-certificates-batchShown", "#attendeeSearch", "#checkedInOnly")) {
                    controls.add(view.lookup(id));
                }
                assertTrue(controls.size() >= 15, "the walk found the controls: " + controls.size());
                for (Node n : controls) {
                    if (n == null || !inside(n, root)) {
                        problems.add("not on screen: " + (n == null ? "?" : n.getId()));
                    }
                }
            });
            assertEquals(List.of(), problems);
        }
        connector.close();
    }

    private static boolean inside(Node n, Node root) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        Bounds r = root.localToScene(root.getLayoutBounds());
        return n.isVisible() && b.getWidth() > 0 && b.getMinX() >= r.getMinX() - 0.5 && b.getMaxX() <= r.getMaxX() + 0.5
                && b.getMinY() >= r.getMinY() - 0.5 && b.getMaxY() <= r.getMaxY() + 0.5;
    }
}
