package org.layoutstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.layoutstudio.Version;

/** The desktop application. */
public final class StudioApplication extends Application {

    public static void launchApp(String[] args) {
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Layout Studio for pretix " + Version.get());
        stage.setScene(new Scene(new StackPane(new Label("Layout Studio for pretix")), 1200, 800));
        stage.show();
    }
}
