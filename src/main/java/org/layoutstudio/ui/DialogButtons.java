package org.layoutstudio.ui;

import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The buttons every dialog shares, labelled from the message bundle. JavaFX's own {@code ButtonType.OK}
 * and friends take their words from the JVM's language, not from the language chosen in the settings.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok(ResourceBundle texts) {
        return new ButtonType(texts.getString("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(ResourceBundle texts) {
        return new ButtonType(texts.getString("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(ResourceBundle texts) {
        return new ButtonType(texts.getString("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
