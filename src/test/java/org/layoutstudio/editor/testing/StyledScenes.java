package org.layoutstudio.editor.testing;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Scenes styled as the app styles its windows: AtlantaFX's light theme and the shell's stylesheet. */
public final class StyledScenes {
    private StyledScenes() {
    }

    public static Scene of(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        URL theme = StyledScenes.class.getResource("/atlantafx/base/theme/primer-light.css");
        if (theme != null) {
            scene.getStylesheets().add(theme.toExternalForm());
        }
        scene.getStylesheets().add(StyledScenes.class.getResource("/org/layoutstudio/app/shell.css").toExternalForm());
        return scene;
    }
}
