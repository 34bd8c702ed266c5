package org.layoutstudio.ui;

import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;

/**
 * Buttons that are views of an {@link AppAction}: label, icon, tooltip with the shortcut, enabled
 * state and handler all come from the action, so that an area's own toolbar offers the same command
 * as the menu and the shortcut sheet, declared once.
 */
public final class ActionButtons {
    private ActionButtons() {
    }

    /**
     * A button (a toggle button for toggles) for {@code action}, labelled from {@code texts}; with
     * {@code withText} false it shows the icon only and says its label in the tooltip.
     */
    public static ButtonBase button(AppAction action, ResourceBundle texts, boolean withText) {
        ButtonBase b;
        if (action.kind() == AppAction.Kind.TOGGLE) {
            ToggleButton t = new ToggleButton();
            t.selectedProperty().bindBidirectional(action.selectedProperty());
            b = t;
        } else {
            b = new Button();
        }
        String label = texts.containsKey(action.labelKey()) ? texts.getString(action.labelKey()) : action.labelKey();
        b.setId("tool-" + action.nodeId());
        if (action.icon() != null) {
            b.setGraphic(action.icon().view());
        }
        if (withText || action.icon() == null) {
            b.setText(label);
        }
        b.setMnemonicParsing(false);
        Tooltips.set(b, action.shortcut() == null ? label
                : Texts.get(texts, "action.tooltip", label, action.shortcut().getDisplayText()));
        b.setAccessibleText(label);
        b.disableProperty().bind(action.enabledProperty().not());
        b.setOnAction(e -> action.fire());
        return b;
    }
}
