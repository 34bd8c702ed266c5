package org.layoutstudio.app;

import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import org.layoutstudio.ui.ActionButtons;

/** Builds the toolbar from the {@link ActionsTable}: the actions marked for it, icon buttons with tooltips. */
final class ToolBarFactory {
    private ToolBarFactory() {
    }

    static ToolBar build(ActionsTable table) {
        ToolBar bar = new ToolBar();
        String lastMenu = null;
        for (AppAction a : table.all()) {
            if (!a.toolbar()) {
                continue;
            }
            if (lastMenu != null && !lastMenu.equals(a.menu())) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            }
            lastMenu = a.menu();
            bar.getItems().add(button(table, a));
        }
        return bar;
    }

    /** The action's own button ({@link ActionButtons}), flat and out of the focus cycle as toolbar buttons are. */
    private static ButtonBase button(ActionsTable table, AppAction a) {
        ButtonBase b = ActionButtons.button(a, table.texts(), a.toolbarText());
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        return b;
    }
}
