package org.layoutstudio.certificates;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The line above the viewer that says what the fetch is doing, with Cancel while it runs. */
final class FetchStatus extends HBox {
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label message = new Label("Choose an attendee and press “Get certificate”.");
    private final Button cancel = new Button("Cancel");

    FetchStatus(Runnable onCancel) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        setMinHeight(40);
        spinner.setPrefSize(22, 22);
        spinner.setMaxSize(22, 22);
        message.setId("fetchStatus");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        cancel.setId("cancelFetch");
        cancel.setMinWidth(HBox.USE_PREF_SIZE);
        cancel.setOnAction(e -> onCancel.run());
        getChildren().addAll(spinner, message, cancel);
        idle(message.getText());
    }

    void working(String who, FetchProgress p) {
        spinner.setVisible(true);
        spinner.setManaged(true);
        cancel.setVisible(true);
        cancel.setManaged(true);
        message.setStyle("");
        message.setText(who + ": " + p.describe());
    }

    void idle(String text) {
        spinner.setVisible(false);
        spinner.setManaged(false);
        cancel.setVisible(false);
        cancel.setManaged(false);
        message.setStyle("");
        message.setText(text);
    }

    void error(String text) {
        idle(text);
        message.setStyle("-fx-text-fill: #b00020;");
    }

    javafx.beans.property.ReadOnlyStringProperty textProperty() {
        return message.textProperty();
    }

    String text() {
        return message.getText();
    }

    boolean isError() {
        return !message.getStyle().isEmpty();
    }
}
