package org.layoutstudio.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.Tooltips;

/**
 * The line at the bottom: which server, organizer and event the app talks to (demo or real), a notice
 * when tokens are kept in the private file, what an area last reported ("Saved …"), and how many
 * background tasks run.
 */
final class StatusBar extends HBox {
    private final ShellContext context;
    private final Label connection = new Label();
    private final Label tokenFile = new Label();
    private final Label tasks = new Label();
    private final Label message = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();

    StatusBar(ShellContext context, ObjectProperty<ActiveConnection> active, ReadOnlyIntegerProperty running) {
        this.context = context;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        connection.setId("status-connection");
        tokenFile.setId("status-token-file");
        tokenFile.getStyleClass().add("status-token-file");
        tokenFile.setGraphic(Icon.KEY_ALERT_OUTLINE.view());
        tokenFile.setText(context.text("status.tokenFile"));
        Tooltips.set(tokenFile, context.text("status.tokenFile.tip"));
        tokenFile.setMinWidth(Region.USE_PREF_SIZE);
        tasks.setId("status-tasks");
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(running.greaterThan(0));
        spinner.managedProperty().bind(spinner.visibleProperty());
        tasks.textProperty().bind(Bindings.createStringBinding(
                () -> running.get() == 0 ? "" : context.text("status.tasks", running.get()), running));
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(context.statusMessageProperty());
        message.setMinWidth(0); // a long report gives way to the connection, which is never cut,
        message.setWrapText(true); // and takes a second line rather than being cut itself
        message.setMinHeight(Region.USE_PREF_SIZE);
        Tooltips.follow(message, message.textProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        connection.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(connection, tokenFile, message, grow, spinner, tasks);
        active.addListener((o, old, now) -> show(now));
        show(active.get());
    }

    /** Shows or hides the "token in a file" notice; called when credentials were stored or read. */
    void showTokenFileNotice(boolean show) {
        tokenFile.setVisible(show);
        tokenFile.setManaged(show);
    }

    private void show(ActiveConnection c) {
        connection.getStyleClass().remove("status-demo");
        if (c == null) {
            connection.setText(context.text("status.connecting"));
            connection.setGraphic(Icon.LAN_PENDING.view());
            showTokenFileNotice(false);
        } else if (c.demo()) {
            connection.setText(context.text("status.demo", c.organizer(), c.event()));
            connection.getStyleClass().add("status-demo");
            connection.setGraphic(Icon.SHIELD_HOME_OUTLINE.view());
            showTokenFileNotice(false);
        } else {
            String who = c.profileName() == null ? c.host() : c.profileName() + " (" + c.host() + ")";
            connection.setText(context.text("status.connected", who, c.organizer(), c.event()));
            connection.setGraphic(Icon.LAN_CONNECT.view());
            showTokenFileNotice(context.credentials().usesPrivateFile());
        }
    }
}
