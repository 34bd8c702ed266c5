package org.layoutstudio.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;

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

    static ChoiceDialog<Connector.Choice> show(ShellContext context, ActiveConnection c, List<Connector.Choice> events,
            Consumer<String> onChosen) {
        Connector.Choice current = events.stream().filter(e -> e.slug().equals(c.event())).findFirst()
                .orElse(events.isEmpty() ? null : events.get(0));
        ChoiceDialog<Connector.Choice> dialog = new ChoiceDialog<>(current, events);
        if (context.window() != null) {
            dialog.initOwner(context.window());
        }
        dialog.setTitle(context.text("switchEvent.title"));
        dialog.setHeaderText(context.text("switchEvent.header", c.organizer()));
        dialog.getDialogPane().setId("switch-event-dialog");
        dialog.setOnHidden(e -> {
            Connector.Choice chosen = dialog.getResult();
            if (chosen != null) {
                onChosen.accept(chosen.slug());
            }
        });
        dialog.show();
        return dialog;
    }
}
