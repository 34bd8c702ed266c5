package org.layoutstudio.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.WindowSizing;

/**
 * After a crash: the unsaved documents the journal kept, to restore or discard; the ones the user
 * leaves alone ("Later") are offered again at the next start. The list is as tall as its rows (up to
 * a few, then it scrolls) and sits above the buttons, never over them.
 */
final class RecoveryDialog {
    /** The list shows this many rows before it scrolls. */
    static final int VISIBLE_ROWS = 8;
    static final double ROW_HEIGHT = 26;

    private RecoveryDialog() {
    }

    static Dialog<ButtonType> show(Window owner, Texts texts, List<CrashJournal.Entry> entries,
                                   Consumer<CrashJournal.Entry> restore, Consumer<CrashJournal.Entry> discard) {
        ButtonType restoreButton = new ButtonType(texts.get("editor.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType(texts.get("editor.recovery.discard"), ButtonBar.ButtonData.NO);
        ButtonType laterButton = new ButtonType(texts.get("editor.recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(texts.get("editor.recovery.title"));
        d.setHeaderText(texts.get("editor.recovery.header"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(ZoneId.systemDefault());
        ListView<String> list = new ListView<>();
        list.setId("recovery-list");
        entries.forEach(e -> list.getItems().add(e.origin() != null
                ? texts.get("editor.recovery.entryPretix", e.name(), time.format(e.savedAt()))
                : e.file() != null ? texts.get("editor.recovery.entryFile", e.name(), time.format(e.savedAt()), e.file().getFileName())
                : texts.get("editor.recovery.entry", e.name(), time.format(e.savedAt()))));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectAll();
        list.setPrefHeight(ROW_HEIGHT * Math.min(VISIBLE_ROWS, entries.size()) + ROW_HEIGHT / 2);
        list.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(texts.get("editor.recovery.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint-text");
        VBox content = new VBox(8, list, hint);
        content.getStyleClass().add("recovery-content");
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("recovery-dialog");
        d.getDialogPane().getButtonTypes().addAll(restoreButton, discardButton, laterButton);
        d.setOnHidden(ev -> {
            List<Integer> chosen = List.copyOf(list.getSelectionModel().getSelectedIndices());
            if (d.getResult() == restoreButton) {
                chosen.forEach(i -> restore.accept(entries.get(i)));
            } else if (d.getResult() == discardButton) {
                chosen.forEach(i -> discard.accept(entries.get(i)));
            }
        });
        WindowSizing.fitToContent(d);
        d.show();
        return d;
    }
}
