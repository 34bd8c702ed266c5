package org.layoutstudio.app;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.ErrorReport;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.IconView;
import org.layoutstudio.ui.WindowSizing;

/**
 * "Connect to pretix": server URL, API token (and where pretix makes one), a connection test that
 * fills the organizer and event pickers from the API, and a name under which the connection is
 * saved. Errors appear inline as what happened + what to do.
 */
final class ConnectDialog {
    static final String DEFAULT_SERVER = "https://pretix.eu";
    /** The fields' column is never narrower than this. */
    static final double FIELD_WIDTH = 300;

    /** What the user chose. */
    record Result(ConnectionProfile profile, String token) {
        @Override
        public String toString() {
            return "Result[" + profile + ", token ••••••]";
        }
    }

    private final ShellContext context;
    private final Connector connector;
    private final Dialog<Result> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final TextField server = new TextField(DEFAULT_SERVER);
    private final ComboBox<AuthScheme> scheme = new ComboBox<>(FXCollections.observableArrayList(AuthScheme.values()));
    private final PasswordField token = new PasswordField();
    private final Button test = new Button();
    private final Label result = new Label();
    private final ComboBox<Connector.Choice> organizer = new ComboBox<>();
    private final ComboBox<Connector.Choice> event = new ComboBox<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    ConnectDialog(ShellContext context, Connector connector, ConnectionProfile start) {
        this.context = context;
        this.connector = connector;
        dialog.setTitle(context.text("connect.title"));
        dialog.setHeaderText(context.text("connect.intro"));
        dialog.setGraphic(icon());
        dialog.getDialogPane().setId("connect-dialog");
        if (context.window() != null) {
            dialog.initOwner(context.window());
        }
        ButtonType connect = new ButtonType(context.text("connect.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel(context.texts());
        dialog.getDialogPane().getButtonTypes().addAll(connect, cancel);
        dialog.getDialogPane().setContent(form());
        Node ok = dialog.getDialogPane().lookupButton(connect);
        ok.setId("connect-ok");
        ok.disableProperty().bind(Bindings.or(busy,
                Bindings.or(organizer.valueProperty().isNull(), event.valueProperty().isNull())));
        dialog.getDialogPane().lookupButton(cancel).setId("connect-cancel");
        dialog.setResultConverter(b -> b == connect ? result() : null);
        WindowSizing.fitToContent(dialog);
        if (start != null) {
            name.setText(start.name());
            server.setText(start.serverUrl());
            scheme.setValue(start.authScheme());
        }
    }

    private static Node icon() {
        IconView i = Icon.LAN_CONNECT.view();
        i.getStyleClass().add("dialog-icon");
        return i;
    }

    private GridPane form() {
        name.setId("connect-name");
        server.setId("connect-server");
        token.setId("connect-token");
        test.setId("connect-test");
        result.setId("connect-result");
        organizer.setId("connect-organizer");
        event.setId("connect-event");
        scheme.setId("connect-scheme");
        scheme.setValue(AuthScheme.TOKEN);
        scheme.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuthScheme s) {
                return s == null ? "" : context.text("connect.scheme." + s.name());
            }

            @Override
            public AuthScheme fromString(String s) {
                return null;
            }
        });
        scheme.setMaxWidth(Double.MAX_VALUE);
        organizer.setMaxWidth(Double.MAX_VALUE);
        event.setMaxWidth(Double.MAX_VALUE);
        name.setPromptText(context.text("connect.namePrompt"));

        Label help = message(context.text("connect.tokenHelp"));
        help.getStyleClass().add("hint-text");
        test.setText(context.text("connect.test"));
        test.disableProperty().bind(Bindings.or(busy, token.textProperty().isEmpty()));
        test.setOnAction(e -> testConnection());
        wrapping(result);
        result.setText(context.text("connect.needTest"));
        organizer.setDisable(true);
        event.setDisable(true);
        organizer.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                loadEvents(now);
            }
        });
        // Anything changed above the test invalidates what the test found.
        server.textProperty().addListener((o, a, b) -> resetChoices());
        token.textProperty().addListener((o, a, b) -> resetChoices());
        scheme.valueProperty().addListener((o, a, b) -> resetChoices());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut off
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(FIELD_WIDTH);
        grid.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        grid.addRow(r++, new Label(context.text("connect.server")), server);
        grid.addRow(r++, new Label(context.text("connect.scheme")), scheme);
        grid.addRow(r++, new Label(context.text("connect.token")), token);
        grid.add(help, 1, r++);
        grid.add(test, 1, r++);
        grid.add(result, 1, r++);
        grid.addRow(r++, new Label(context.text("connect.organizer")), organizer);
        grid.addRow(r++, new Label(context.text("connect.event")), event);
        grid.addRow(r, new Label(context.text("connect.name")), name);
        return grid;
    }

    /** Width at which the dialog's sentences wrap (the dialog can be made wider; they follow). */
    static final double TEXT_WIDTH = 420;

    private static Label message(String text) {
        return wrapping(new Label(text));
    }

    /** A label that wraps and is always as tall as its lines: a long error is never cut. */
    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void resetChoices() {
        organizer.getItems().clear();
        event.getItems().clear();
        organizer.setDisable(true);
        event.setDisable(true);
    }

    private void testConnection() {
        String url = server.getText().trim();
        String secret = token.getText().trim();
        AuthScheme s = scheme.getValue();
        busy.set(true);
        showResult(false, context.text("connect.testing"));
        context.tasks().run("Testing the connection", () -> {
            connector.checkServerUrl(url);
            return connector.organizers(url, s, secret);
        }, orgs -> {
            busy.set(false);
            showResult(false, context.text("connect.ok", orgs.size()));
            result.getStyleClass().add("message-ok");
            organizer.setItems(FXCollections.observableArrayList(orgs));
            organizer.setDisable(orgs.isEmpty());
            if (!orgs.isEmpty()) {
                organizer.setValue(orgs.get(0));
            }
            if (name.getText().isBlank()) {
                name.setText(host(url));
            }
        }, this::showError);
    }

    private void loadEvents(Connector.Choice org) {
        String url = server.getText().trim();
        String secret = token.getText().trim();
        AuthScheme s = scheme.getValue();
        busy.set(true);
        event.getItems().clear();
        context.tasks().run("Loading events", () -> connector.events(url, s, secret, org.slug()), events -> {
            busy.set(false);
            event.setItems(FXCollections.observableArrayList(events));
            event.setDisable(events.isEmpty());
            if (events.isEmpty()) {
                showResult(true, context.text("connect.noEvents"));
            } else {
                event.setValue(events.get(0));
            }
        }, this::showError);
    }

    private void showError(Throwable e) {
        busy.set(false);
        test.requestFocus(); // where the user was, not the next field
        ErrorReport report = context.errors().messages().explain(e);
        showResult(true, report.whatHappened() + "\n" + report.whatToDo());
    }

    private void showResult(boolean error, String text) {
        result.getStyleClass().removeAll("message-ok", "message-error");
        if (error) {
            result.getStyleClass().add("message-error");
        }
        result.setText(text);
        WindowSizing.growToContent(dialog.getDialogPane().getScene().getWindow());
    }

    private Result result() {
        String n = name.getText().isBlank() ? host(server.getText().trim()) : name.getText().trim();
        ConnectionProfile p = new ConnectionProfile(n, server.getText().trim(), organizer.getValue().slug(),
                event.getValue().slug(), scheme.getValue());
        return new Result(p, token.getText().trim());
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Shows the dialog without blocking; {@code onResult} gets the choice when the user connects. */
    Dialog<Result> show(Consumer<Result> onResult) {
        dialog.setOnHidden(e -> {
            Result r = dialog.getResult();
            if (r != null) {
                onResult.accept(r);
            }
        });
        dialog.show();
        return dialog;
    }

    List<Connector.Choice> organizers() {
        return List.copyOf(organizer.getItems());
    }
}
