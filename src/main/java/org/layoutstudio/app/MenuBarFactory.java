package org.layoutstudio.app;

import org.layoutstudio.ui.ActionMenus;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;

/** Builds the menu bar from the {@link ActionsTable}: its entries are {@link ActionMenus#menuItem}s. */
final class MenuBarFactory {
    private MenuBarFactory() {
    }

    static MenuBar build(ActionsTable table) {
        MenuBar bar = new MenuBar();
        bar.setUseSystemMenuBar(true); // the macOS menu bar; ignored elsewhere
        for (Map.Entry<String, String> m : ActionsTable.MENUS.entrySet()) {
            if (table.inMenu(m.getKey()).isEmpty()) {
                continue;
            }
            Menu menu = new Menu(table.text(m.getValue()));
            menu.setId("menu-" + m.getKey());
            for (AppAction a : table.inMenu(m.getKey())) {
                if (a.separatorBefore() && !menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                menu.getItems().add(ActionMenus.menuItem(a, table.texts(), "menuitem-", true));
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }
}
