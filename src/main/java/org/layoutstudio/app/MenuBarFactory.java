package org.layoutstudio.app;

import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the menu bar from the {@link ActionsTable}. */
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
                menu.getItems().add(item(table, a));
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    private static MenuItem item(ActionsTable table, AppAction a) {
        MenuItem item = switch (a.kind()) {
            case TOGGLE -> {
                CheckMenuItem check = new CheckMenuItem(table.label(a));
                check.selectedProperty().bindBidirectional(a.selectedProperty());
                yield check;
            }
            case SUBMENU -> submenu(table, a);
            case COMMAND -> new MenuItem(table.label(a));
        };
        item.setId("menuitem-" + a.nodeId());
        // A label that follows the state (Undo move / Undo) may be attached after the menu is built.
        Runnable followLabel = () -> {
            if (a.dynamicLabel() != null) {
                item.textProperty().bind(a.dynamicLabel());
            }
        };
        a.labelChangedProperty().addListener((o, x, y) -> followLabel.run());
        followLabel.run();
        item.setMnemonicParsing(false);
        if (a.icon() != null) {
            item.setGraphic(new FontIcon(a.icon()));
        }
        if (a.shortcut() != null) {
            item.setAccelerator(a.shortcut());
        }
        item.disableProperty().bind(a.enabledProperty().not());
        if (a.kind() != AppAction.Kind.SUBMENU) {
            // Toggles have already flipped their state through the binding when this runs.
            item.setOnAction(e -> a.fire());
        }
        return item;
    }

    private static Menu submenu(ActionsTable table, AppAction a) {
        Menu menu = new Menu(table.label(a));
        Runnable refill = () -> {
            menu.getItems().clear();
            for (AppAction.DynamicItem d : a.items()) {
                MenuItem mi;
                if (d.checked()) {
                    CheckMenuItem c = new CheckMenuItem(d.text());
                    c.setSelected(true);
                    mi = c;
                } else {
                    mi = new MenuItem(d.text());
                }
                mi.setMnemonicParsing(false);
                if (d.run() == null) {
                    mi.setDisable(true);
                } else {
                    mi.setOnAction(e -> d.run().run());
                }
                menu.getItems().add(mi);
            }
        };
        a.items().addListener((ListChangeListener<AppAction.DynamicItem>) c -> refill.run());
        refill.run();
        return menu;
    }
}
