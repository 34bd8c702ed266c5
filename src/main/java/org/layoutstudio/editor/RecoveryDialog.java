package org.layoutstudio.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.stage.Window;
import org.layoutstudio.editor.save.CrashJournal;

/** After a crash: the unsaved documents the journal kept, to restore or discard. */
final class RecoveryDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private RecoveryDialog() {
    }

    static void show(Window owner, List<CrashJournal.Entry> entries, Consumer<CrashJournal.Entry> restore,
                     Consumer<CrashJournal.Entry> discard) {
        ButtonType restoreButton = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, restoreButton, discardButton, ButtonType.CANCEL);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle("Restore unsaved layouts");
        a.setHeaderText("Layout Studio was not closed properly. These layouts had unsaved changes:");
        ListView<String> list = new ListView<>();
        entries.forEach(e -> list.getItems().add(e.name() + " — " + TIME.format(e.savedAt())
                + (e.origin() != null ? " (pretix)" : e.file() != null ? " (" + e.file().getFileName() + ")" : "")));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectAll();
        list.setPrefHeight(Math.min(240, 30 + 26 * entries.size()));
        a.getDialogPane().setContent(list);
        a.getDialogPane().setId("recovery-dialog");
        a.setOnHidden(ev -> {
            List<Integer> chosen = List.copyOf(list.getSelectionModel().getSelectedIndices());
            if (a.getResult() == restoreButton) {
                chosen.forEach(i -> restore.accept(entries.get(i)));
            } else if (a.getResult() == discardButton) {
                chosen.forEach(i -> discard.accept(entries.get(i)));
            }
        });
        a.show();
    }
}
