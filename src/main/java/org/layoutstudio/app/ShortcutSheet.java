package org.layoutstudio.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.WindowSizing;

/**
 * Help → Keyboard shortcuts: every action with a shortcut, grouped by menu, generated from the
 * {@link ActionsTable}. Long lists flow into columns; the window is as large as the sheet (scrolling
 * only where the screen is smaller) and can be resized.
 */
final class ShortcutSheet {
    /** A column holds about this many lines before the sheet starts another one (at most {@link #MAX_COLUMNS}). */
    static final int LINES_PER_COLUMN = 18;
    static final int MAX_COLUMNS = 3;
    /** The sheet may take this share of the screen (the rest: the dialog's frame, padding and buttons). */
    private static final double SCREEN_SHARE = 0.9;

    /** One line of the sheet. */
    record Row(String menu, String action, String keys) {
    }

    private ShortcutSheet() {
    }

    static List<Row> rows(ActionsTable table) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> m : ActionsTable.MENUS.entrySet()) {
            String menu = table.text(m.getValue()).replace("_", "");
            for (AppAction a : table.inMenu(m.getKey())) {
                if (!a.shortcuts().isEmpty()) {
                    rows.add(new Row(menu, table.label(a), keys(a)));
                }
            }
        }
        return rows;
    }

    /** The action's shortcuts as the menus show them, the menu's first. */
    static String keys(AppAction a) {
        return a.shortcuts().stream().map(KeyCombination::getDisplayText).collect(Collectors.joining("  /  "));
    }

    static Dialog<ButtonType> show(Window owner, ActionsTable table) {
        Rectangle2D screen = screen(owner);
        HBox sheet = sheet(rows(table), owner, screen.getWidth() * SCREEN_SHARE);
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        if (measured(sheet, owner).getHeight() > screen.getHeight() * SCREEN_SHARE) {
            // it will scroll down: its width counts the scroll bar, so that it does not also scroll sideways
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        }
        scroll.getStyleClass().add("edge-to-edge");
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(table.text("shortcuts.title"));
        dialog.getDialogPane().setId("shortcut-sheet-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(table.texts()));
        WindowSizing.fitToContent(dialog);
        dialog.show();
        return dialog;
    }

    /**
     * The sheet in as many columns as {@code room} (px) holds, up to {@link #MAX_COLUMNS}: it then
     * scrolls down only, never sideways.
     */
    static HBox sheet(List<Row> rows, Window owner, double room) {
        Map<String, List<Row>> byMenu = new LinkedHashMap<>();
        for (Row row : rows) {
            byMenu.computeIfAbsent(row.menu(), k -> new ArrayList<>()).add(row);
        }
        int lines = byMenu.values().stream().mapToInt(r -> r.size() + 1).sum();
        int columns = Math.max(1, Math.min(MAX_COLUMNS, (lines + LINES_PER_COLUMN - 1) / LINES_PER_COLUMN));
        HBox sheet = sheet(byMenu, lines, columns);
        while (columns > 1 && measured(sheet, owner).getWidth() > room) {
            sheet = sheet(byMenu, lines, --columns);
        }
        return sheet;
    }

    private static HBox sheet(Map<String, List<Row>> byMenu, int lines, int columns) {
        int perColumn = (lines + columns - 1) / columns;
        HBox sheet = new HBox();
        sheet.setId("shortcut-sheet");
        sheet.getStyleClass().add("shortcut-sheet");
        GridPane column = newColumn(sheet);
        int inColumn = 0;
        for (Map.Entry<String, List<Row>> menu : byMenu.entrySet()) {
            if (inColumn > 0 && inColumn + menu.getValue().size() / 2 >= perColumn && sheet.getChildren().size() < columns) {
                column = newColumn(sheet);
                inColumn = 0;
            }
            addSection(column, inColumn == 0, menu.getKey(), menu.getValue());
            inColumn += menu.getValue().size() + 1;
        }
        return sheet;
    }

    /** The sheet's size as its window would lay it out: styled like the owner's scene. */
    private static Dimension2D measured(HBox sheet, Window owner) {
        Group holder = new Group(sheet);
        Scene probe = new Scene(holder);
        if (owner != null && owner.getScene() != null) {
            probe.getStylesheets().setAll(owner.getScene().getStylesheets());
            probe.getRoot().getStyleClass().setAll(owner.getScene().getRoot().getStyleClass());
        }
        holder.applyCss();
        Dimension2D size = new Dimension2D(sheet.prefWidth(-1), sheet.prefHeight(-1));
        holder.getChildren().clear();
        return size;
    }

    private static Rectangle2D screen(Window owner) {
        List<Screen> screens = owner == null ? List.of()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** One column of the sheet: a grid, so that the keys of all its menus line up. */
    private static GridPane newColumn(HBox sheet) {
        GridPane column = new GridPane();
        column.getStyleClass().add("shortcut-column");
        sheet.getChildren().add(column);
        return column;
    }

    private static void addSection(GridPane column, boolean first, String menu, List<Row> rows) {
        Label heading = new Label(menu);
        heading.getStyleClass().addAll("title-4", "shortcut-menu");
        if (first) {
            heading.getStyleClass().add("first");
        }
        int r = column.getRowCount();
        column.add(heading, 0, r++, 2, 1);
        for (Row row : rows) {
            Label action = new Label(row.action());
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            // Never cut: a label is as wide as its text.
            action.setMinWidth(Region.USE_PREF_SIZE);
            keys.setMinWidth(Region.USE_PREF_SIZE);
            column.addRow(r++, action, keys);
        }
    }
}
