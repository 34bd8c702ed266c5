package org.layoutstudio.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.WindowSizing;

/** Connection → Switch event: the organizer's events, loaded from the API, in a picker. */
final class SwitchEventDialog {
    private SwitchEventDialog() {
    }

    /** Loads the events in the background, then shows the picker; {@code onChosen} gets the slug. */
    static void open(ShellContext context, Connector connector, ActiveConnection c, Consumer<String> onChosen) {
        context.tasks().run("Loading events",
                () -> connector.events(c.serverUrl(), c.scheme(), c.token(), c.organizer()),
                events -> show(context, c, events, onChosen),
                e -> context.errors().show(context.window(), e));
    }

    static Dialog<Connector.Choice> show(ShellContext context, ActiveConnection c, List<Connector.Choice> events,
            Consumer<String> onChosen) {
        ComboBox<Connector.Choice> picker = new ComboBox<>(FXCollections.observableArrayList(events));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setValue(events.stream().filter(e -> e.slug().equals(c.event())).findFirst()
                .orElse(events.isEmpty() ? null : events.get(0)));
        Dialog<Connector.Choice> dialog = new Dialog<>();
        if (context.window() != null) {
            dialog.initOwner(context.window());
        }
        dialog.setTitle(context.text("switchEvent.title"));
        dialog.setHeaderText(context.text("switchEvent.header", c.organizer()));
        dialog.getDialogPane().setId("switch-event-dialog");
        dialog.getDialogPane().setContent(picker);
        ButtonType ok = DialogButtons.ok(context.texts());
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(context.texts()));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(picker.valueProperty().isNull());
        dialog.setResultConverter(b -> b == ok ? picker.getValue() : null);
        dialog.setOnHidden(e -> {
            Connector.Choice chosen = dialog.getResult();
            if (chosen != null) {
                onChosen.accept(chosen.slug());
            }
        });
        WindowSizing.fitToContent(dialog);
        dialog.show();
        return dialog;
    }
}
