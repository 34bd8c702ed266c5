package org.layoutstudio.ui;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The controls of an {@link AppAction}: menu items and buttons that show its label, icon and
 * shortcut, follow its enabled (and on/off) state, and fire it. The shell's menu bar and toolbar are
 * made of these, and so are the areas' own tool strips (the editor's Add, Arrange, zoom…), so that a
 * command is declared once, in the actions table, however many places offer it.
 */
public final class ActionControls {
    private ActionControls() {
    }

    /** The action's label in the bundle's language. */
    public static String label(AppAction a, ResourceBundle texts) {
        return Texts.get(texts, a.labelKey());
    }

    /** "Label (shortcut)", or the label alone. */
    public static String tooltip(AppAction a, ResourceBundle texts) {
        return a.shortcut() == null ? label(a, texts)
                : Texts.get(texts, "action.tooltip", label(a, texts), a.shortcut().getDisplayText());
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
            item.setGraphic(new FontIcon(a.icon()));
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
     * A button for the action with id {@code idPrefix + nodeId}: a toggle button for a toggle; its
     * icon, and its label too when {@code withText} or when it has no icon; the tooltip names the
     * shortcut.
     */
    public static ButtonBase button(AppAction a, ResourceBundle texts, String idPrefix, boolean withText) {
        ButtonBase b;
        if (a.kind() == AppAction.Kind.TOGGLE) {
            ToggleButton t = new ToggleButton();
            t.selectedProperty().bindBidirectional(a.selectedProperty());
            b = t;
        } else {
            b = new Button();
        }
        b.setId(idPrefix + a.nodeId());
        if (a.icon() != null) {
            b.setGraphic(new FontIcon(a.icon()));
        }
        if (withText || a.icon() == null) {
            b.setText(label(a, texts));
        }
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(tooltip(a, texts)));
        b.setAccessibleText(label(a, texts));
        b.disableProperty().bind(a.enabledProperty().not());
        b.setOnAction(e -> a.fire());
        return b;
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
