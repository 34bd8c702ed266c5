package org.layoutstudio.app;

import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

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

    private static ButtonBase button(ActionsTable table, AppAction a) {
        ButtonBase b;
        if (a.kind() == AppAction.Kind.TOGGLE) {
            ToggleButton t = new ToggleButton();
            t.selectedProperty().bindBidirectional(a.selectedProperty());
            b = t;
        } else {
            b = new Button();
        }
        b.setId("tool-" + a.nodeId());
        if (a.icon() != null) {
            b.setGraphic(new FontIcon(a.icon()));
            if (a.toolbarText()) {
                b.setText(table.label(a));
            }
        } else {
            b.setText(table.label(a));
        }
        String tip = a.shortcut() == null ? table.label(a)
                : table.text("action.tooltip", table.label(a), a.shortcut().getDisplayText());
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(table.label(a));
        b.getStyleClass().add("flat");
        b.disableProperty().bind(a.enabledProperty().not());
        b.setOnAction(e -> a.fire());
        b.setFocusTraversable(false);
        return b;
    }
}
