package org.layoutstudio.app;

import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every action with a shortcut, generated from the {@link ActionsTable}. */
final class ShortcutSheet {
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
                if (a.shortcut() != null) {
                    rows.add(new Row(menu, table.label(a), a.shortcut().getDisplayText()));
                }
            }
        }
        return rows;
    }

    static Dialog<ButtonType> show(Window owner, ActionsTable table) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.setId("shortcut-sheet");
        int r = 0;
        String lastMenu = null;
        for (Row row : rows(table)) {
            if (!row.menu().equals(lastMenu)) {
                Label heading = new Label(row.menu());
                heading.getStyleClass().add("title-4");
                heading.setPadding(new Insets(r == 0 ? 0 : 10, 0, 2, 0));
                grid.add(heading, 0, r++, 2, 1);
                lastMenu = row.menu();
            }
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.add(new Label(row.action()), 0, r);
            grid.add(keys, 1, r++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(480, 28 * r + 20));
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(table.text("shortcuts.title"));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }
}
