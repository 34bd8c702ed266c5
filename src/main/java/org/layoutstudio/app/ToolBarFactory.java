package org.layoutstudio.app;

import org.layoutstudio.ui.ActionControls;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;

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
            ButtonBase b = ActionControls.button(a, table.texts(), "tool-", a.toolbarText());
            b.getStyleClass().add("flat");
            b.setFocusTraversable(false);
            bar.getItems().add(b);
        }
        return bar;
    }
}
