package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import org.testfx.api.FxRobot;

/**
 * The actions table is the one place an action is declared: every action (the shell's, the
 * editor's, the viewer's) is in exactly one menu, every action with a shortcut is on the shortcut
 * sheet under its menu, and no two actions share a shortcut.
 */
class ActionsTableTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void theShellsActions() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            checkMenusSheetAndShortcuts(h);
        }
    }

    @Test
    void aFurtherShortcutWorksAndIsListed() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            AppAction help = h.shell.actions().get("help.shortcuts");
            assertEquals(List.of(KeyCombination.keyCombination("F1"), KeyCombination.keyCombination("Shortcut+SLASH")),
                    help.shortcuts(), "the menu's first");
            Runnable accelerator = h.stage.getScene().getAccelerators().get(KeyCombination.keyCombination("Shortcut+SLASH"));
            h.fx(accelerator);
            ShellHarness.waitUntil(() -> lookup("#shortcut-sheet").tryQuery().isPresent());
            assertTrue(lookup("F1  /  " + KeyCombination.keyCombination("Shortcut+SLASH").getDisplayText()).tryQuery().isPresent());
        }
    }

    /** The editor's commands and the menu each belongs in (issue 10: none outside the table). */
    static final Map<String, String> EDITOR_COMMANDS = editorCommands();

    private static Map<String, String> editorCommands() {
        Map<String, String> m = new TreeMap<>();
        for (String id : List.of("layout.new", "layout.openFromServer", "layout.save", "layout.saveAs", "layout.saveNew",
                "layout.replace", "layout.close")) {
            m.put(id, "file");
        }
        for (String id : List.of("edit.undo", "edit.redo", "edit.cut", "edit.copy", "edit.paste", "edit.duplicate", "edit.delete",
                "edit.selectAll", "edit.selectNone", "edit.source")) {
            m.put(id, "edit");
        }
        for (String id : List.of("insert.textBox", "insert.legacyText", "insert.qrCheckIn", "insert.qrLeadScanning",
                "insert.qrOther", "insert.image", "insert.pretixLogo")) {
            m.put(id, "insert");
        }
        for (String id : List.of("arrange.alignLeft", "arrange.alignCenter", "arrange.alignRight", "arrange.alignTop",
                "arrange.alignMiddle", "arrange.alignBottom", "arrange.distributeHorizontal", "arrange.distributeVertical",
                "arrange.forward", "arrange.backward", "arrange.toFront", "arrange.toBack")) {
            m.put(id, "arrange");
        }
        for (String id : List.of("view.zoomIn", "view.zoomOut", "view.fitPage", "view.fitWidth", "view.actualSize", "view.grid",
                "view.snap", "view.preview", "view.previewWindow", "view.compareWithPretix")) {
            m.put(id, "view");
        }
        return m;
    }

    @Test
    void withTheRealEditorAndViewer() throws Exception {
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir, connector, AreaFactory.standard())) {
            ActionsTable table = h.shell.actions();
            Map<String, String> menus = new TreeMap<>();
            EDITOR_COMMANDS.keySet().forEach(id -> menus.put(id, table.get(id).menu()));
            assertEquals(EDITOR_COMMANDS, menus, "every editor command in the table, in its menu");
            assertEquals(List.of(display("Shortcut+Z")), keys(table.get("edit.undo")));
            assertEquals(List.of(display("Shortcut+Shift+Z"), display("Shortcut+Y")), keys(table.get("edit.redo")));
            assertEquals(List.of(display("DELETE"), display("Backspace")), keys(table.get("edit.delete")));
            checkMenusSheetAndShortcuts(h);
            EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> editor.workspace() != null); // let its loading finish before closing
        }
        connector.close();
    }

    private void checkMenusSheetAndShortcuts(ShellHarness h) throws Exception {
        ActionsTable table = h.shell.actions();

        // Exactly one menu item per action, in the menu the action names.
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        Map<String, List<String>> menusOfItem = new HashMap<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getItems(), menu.getId(), menusOfItem);
        }
        for (AppAction a : table.all()) {
            assertEquals(List.of("menu-" + a.menu()), menusOfItem.get("menuitem-" + a.nodeId()),
                    () -> a.id() + " must be in its menu once");
        }
        assertEquals(table.all().size(), menusOfItem.size(), "no menu item without an action");

        // Every shortcut is a real key: a name JavaFX does not know becomes a "character" that no key types.
        for (AppAction a : table.all()) {
            for (KeyCombination k : a.shortcuts()) {
                assertTrue(!(k instanceof javafx.scene.input.KeyCharacterCombination c) || c.getCharacter().length() == 1,
                        () -> a.id() + ": no key is called " + k.getName());
            }
        }

        // No two actions answer to the same keys.
        Map<String, List<String>> byKeys = new TreeMap<>();
        for (AppAction a : table.all()) {
            for (KeyCombination k : a.shortcuts()) {
                byKeys.computeIfAbsent(k.getDisplayText(), x -> new ArrayList<>()).add(a.id());
            }
        }
        byKeys.values().removeIf(ids -> ids.size() == 1);
        assertEquals(Map.of(), byKeys, "shortcuts shared by several actions");

        // Every action with a shortcut is on the sheet, under its menu, with all its keys.
        h.fx(() -> table.get("help.shortcuts").fire());
        ShellHarness.waitUntil(() -> lookup("#shortcut-sheet").tryQuery().isPresent());
        Set<String> onSheet = new LinkedHashSet<>();
        HBox sheet = lookup("#shortcut-sheet").queryAs(HBox.class);
        h.fx(() -> sheetLines(sheet, onSheet));
        for (AppAction a : table.all()) {
            if (!a.shortcuts().isEmpty()) {
                String menu = table.text(ActionsTable.MENUS.get(a.menu())).replace("_", "");
                String line = menu + " | " + table.label(a) + " | " + ShortcutSheet.keys(a);
                assertTrue(onSheet.contains(line), () -> "not on the sheet: " + line + "\nsheet: " + onSheet);
            }
        }
        Stage sheetWindow = (Stage) sheet.getScene().getWindow();
        assertTrue(sheetWindow.isResizable(), "the sheet can be resized");
        assertTrue(sheetWindow.getScene().getWidth() + 1 >= sheet.prefWidth(-1), "the sheet is as wide as its columns");
        if (onSheet.size() > 2 * ShortcutSheet.LINES_PER_COLUMN) {
            // On a wide screen three columns; where the screen holds fewer (1024 px less the frame), fewer, never
            // wider than the room: the sheet scrolls down, not sideways.
            List<ShortcutSheet.Row> rows = ShortcutSheet.rows(table);
            javafx.stage.Window owner = h.stage;
            int[] wide = new int[1];
            double[] narrow = new double[2];
            h.fx(() -> {
                wide[0] = ShortcutSheet.sheet(rows, owner, 10_000).getChildren().size();
                HBox fitted = ShortcutSheet.sheet(rows, owner, 900);
                new javafx.scene.Scene(new javafx.scene.Group(fitted));
                narrow[0] = fitted.getChildren().size();
                narrow[1] = widthStyled(fitted, owner);
            });
            assertEquals(ShortcutSheet.MAX_COLUMNS, wide[0], "three columns where there is room");
            assertTrue(narrow[0] < ShortcutSheet.MAX_COLUMNS && narrow[1] <= 900, "fewer columns in 900 px: " + narrow[0] + ", " + narrow[1] + " px");
        }
        h.fx(sheetWindow::close);
    }

    /** The sheet's width styled as in its window. */
    private static double widthStyled(HBox sheet, javafx.stage.Window owner) {
        sheet.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        sheet.getScene().getRoot().getStyleClass().setAll(owner.getScene().getRoot().getStyleClass());
        sheet.getScene().getRoot().applyCss();
        return sheet.prefWidth(-1);
    }

    private static String display(String combination) {
        return KeyCombination.keyCombination(combination).getDisplayText();
    }

    private static List<String> keys(AppAction a) {
        return a.shortcuts().stream().map(KeyCombination::getDisplayText).toList();
    }

    private static void collect(List<MenuItem> items, String menuId, Map<String, List<String>> menusOfItem) {
        for (MenuItem i : items) {
            if (i.getId() != null && i.getId().startsWith("menuitem-")) {
                menusOfItem.computeIfAbsent(i.getId(), k -> new ArrayList<>()).add(menuId);
            }
            if (i instanceof Menu sub) {
                collect(sub.getItems(), menuId, menusOfItem);
            }
        }
    }

    /** "Menu | Action | Keys" for every line of the sheet, read from its grids. */
    private static void sheetLines(HBox sheet, Set<String> lines) {
        for (Node column : sheet.getChildren()) {
            GridPane grid = (GridPane) column;
            String menu = null;
            Map<Integer, String[]> rows = new TreeMap<>();
            for (Node n : grid.getChildren()) {
                Label l = (Label) n;
                int row = GridPane.getRowIndex(n) == null ? 0 : GridPane.getRowIndex(n);
                String[] cells = rows.computeIfAbsent(row, r -> new String[3]);
                if (l.getStyleClass().contains("shortcut-menu")) {
                    cells[0] = l.getText();
                } else if (l.getStyleClass().contains("shortcut-keys")) {
                    cells[2] = l.getText();
                } else {
                    cells[1] = l.getText();
                }
            }
            for (String[] cells : rows.values()) {
                if (cells[0] != null) {
                    menu = cells[0];
                } else {
                    lines.add(menu + " | " + cells[1] + " | " + cells[2]);
                }
            }
        }
    }
}
