package org.layoutstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the start-up benchmark: a window with one label, probed like the app. */
public final class MinimalFxApp extends Application {
    /** The process's main class: like the app's Launcher, it does not extend Application itself. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MinimalFxApp.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 400, 300));
        StartupProbe.install(stage);
        stage.show();
    }
}
