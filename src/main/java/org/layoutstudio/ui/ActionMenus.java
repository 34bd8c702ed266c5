package org.layoutstudio.ui;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Menu entries of an {@link AppAction} (what {@link ActionButtons} are for buttons): they show its
 * label, icon and shortcut, follow its enabled (and on/off) state, and fire it. The shell's menu bar
 * is made of these, and so are the menus of the areas' own tool strips (the editor's Add and
 * Arrange), so that a command is declared once, in the actions table, however many places offer it.
 */
public final class ActionMenus {
    private ActionMenus() {
    }

    private static String label(AppAction a, ResourceBundle texts) {
        return Texts.get(texts, a.labelKey());
    }

    /**
     * A menu entry for the action with id {@code idPrefix + nodeId}: a check item for a toggle, a
     * submenu that follows its entries for a submenu. {@code withAccelerator}: the entry carries the
     * shortcut (the menu bar's entries do; a second entry with the same accelerator would take it
     * from the scene when it goes away, so other menus of the same action do not).
     */
    public static MenuItem menuItem(AppAction a, ResourceBundle texts, String idPrefix, boolean withAccelerator) {
        MenuItem item = switch (a.kind()) {
            case TOGGLE -> {
                CheckMenuItem check = new CheckMenuItem(label(a, texts));
                check.selectedProperty().bindBidirectional(a.selectedProperty());
                yield check;
            }
            case SUBMENU -> submenu(a, texts);
            case COMMAND -> new MenuItem(label(a, texts));
        };
        item.setId(idPrefix + a.nodeId());
        // A label that follows the state (Undo move / Undo) may be attached after the menu is built;
        // the action holds the item only weakly (tool strips come and go with their tabs).
        Runnable followLabel = () -> {
            if (a.dynamicLabel() != null) {
                item.textProperty().bind(a.dynamicLabel());
            }
        };
        InvalidationListener relabel = o -> followLabel.run();
        item.getProperties().put(InvalidationListener.class, relabel);
        a.labelChangedProperty().addListener(new WeakInvalidationListener(relabel));
        followLabel.run();
        item.setMnemonicParsing(false);
        if (a.icon() != null) {
            item.setGraphic(a.icon().view());
        }
        if (withAccelerator && a.shortcut() != null) {
            item.setAccelerator(a.shortcut());
        }
        item.disableProperty().bind(a.enabledProperty().not());
        if (a.kind() != AppAction.Kind.SUBMENU) {
            // Toggles have already flipped their state through the binding when this runs.
            item.setOnAction(e -> a.fire());
        }
        return item;
    }

    private static Menu submenu(AppAction a, ResourceBundle texts) {
        Menu menu = new Menu(label(a, texts));
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

    /**
     * A menu button offering {@code actions} (separators where an action asks for one), labelled
     * {@code text}; its entries carry no accelerators (the menu bar's do).
     */
    public static MenuButton menuButton(String text, List<AppAction> actions, ResourceBundle texts, String idPrefix) {
        MenuButton button = new MenuButton(text);
        button.setMnemonicParsing(false);
        for (AppAction a : actions) {
            if (a.separatorBefore() && !button.getItems().isEmpty()) {
                button.getItems().add(new SeparatorMenuItem());
            }
            button.getItems().add(menuItem(a, texts, idPrefix, false));
        }
        return button;
    }
}
