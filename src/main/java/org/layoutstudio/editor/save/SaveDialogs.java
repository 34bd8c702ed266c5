package org.layoutstudio.editor.save;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.layout.LayoutDocument;

/**
 * The dialogs of saving and closing. They never block the caller: the answer comes to a callback,
 * so that tests and the rest of the UI keep running while a dialog is open.
 */
public final class SaveDialogs {
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    public enum ConflictChoice { KEEP_MINE, TAKE_THEIRS, SAVE_COPY, CANCEL }

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    public static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);
    public static final ButtonType TAKE_THEIRS = new ButtonType("Take theirs", ButtonBar.ButtonData.NO);
    public static final ButtonType SAVE_COPY = new ButtonType("Save as a copy", ButtonBar.ButtonData.OTHER);
    public static final ButtonType SAVE_ANYWAY = new ButtonType("Save anyway", ButtonBar.ButtonData.YES);

    private final java.util.function.Supplier<Window> owner;

    public SaveDialogs(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setPrefWidth(520);
        return a;
    }

    /** Save / Don't save / Cancel for a modified document that is being closed. */
    public void askUnsaved(String name, Consumer<UnsavedChoice> answer) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to “" + name + "”?",
                "Your changes are lost if you don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        a.getDialogPane().setId("unsaved-dialog");
        a.setOnHidden(e -> {
            ButtonType b = a.getResult();
            answer.accept(b == SAVE ? UnsavedChoice.SAVE : b == DISCARD ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL);
        });
        a.show();
    }

    /**
     * Validation and preflight before saving. Errors block the save (only OK); warnings can be
     * accepted ("Save anyway"). {@code proceed} gets true when saving goes on.
     */
    public void showFindings(List<Finding> findings, Consumer<Boolean> proceed) {
        boolean errors = findings.stream().anyMatch(Finding::isError);
        String text = findings.stream().map(f -> (f.isError() ? "✖ " : "⚠ ") + f.sentence()).collect(Collectors.joining("\n"));
        Alert a = errors
                ? alert(Alert.AlertType.ERROR, "Layout has errors", "pretix would reject this layout. Fix these first:", null, ButtonType.OK)
                : alert(Alert.AlertType.WARNING, "Check before saving", "The layout may not print as intended:", null, SAVE_ANYWAY, ButtonType.CANCEL);
        TextArea list = new TextArea(text);
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, findings.size() + 1));
        a.getDialogPane().setContent(list);
        a.getDialogPane().setId("findings-dialog");
        a.setOnHidden(e -> proceed.accept(!errors && a.getResult() == SAVE_ANYWAY));
        a.show();
    }

    /**
     * The layout changed on the server since it was opened: compare (differing elements and both
     * JSONs), keep mine (overwrite), take theirs (reload), save mine as a copy, or cancel.
     */
    public void askConflict(String name, LayoutDocument mine, LayoutDocument theirs, String theirName,
                            Consumer<ConflictChoice> answer) {
        Alert a = alert(Alert.AlertType.WARNING, "Changed on the server", "“" + name + "” was changed on the server since you opened it.",
                null, KEEP_MINE, TAKE_THEIRS, SAVE_COPY, ButtonType.CANCEL);
        List<String> diffs = LayoutDiff.describe(mine, theirs);
        if (!java.util.Objects.equals(name, theirName)) {
            diffs.add(0, "The name is “" + theirName + "” on the server.");
        }
        ListView<String> list = new ListView<>();
        list.getItems().setAll(diffs.isEmpty() ? List.of("The elements are the same; the name or background differs.") : diffs);
        list.setPrefHeight(160);
        list.setId("conflict-differences");
        TextArea mineText = new TextArea(mine.toPrettyJson());
        TextArea theirsText = new TextArea(theirs.toPrettyJson());
        mineText.setEditable(false);
        theirsText.setEditable(false);
        mineText.setStyle("-fx-font-family: monospace;");
        theirsText.setStyle("-fx-font-family: monospace;");
        SplitPane both = new SplitPane(new VBox(4, new Label("Yours"), mineText), new VBox(4, new Label("On the server"), theirsText));
        both.setPrefHeight(260);
        TabPane compare = new TabPane(new Tab("Differences", list), new Tab("Both JSONs", both));
        compare.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label explain = new Label("Keep mine overwrites the server's version. Take theirs loads the server's version "
                + "(Undo brings yours back). Save as a copy keeps both.");
        explain.setWrapText(true);
        a.getDialogPane().setContent(new VBox(8, explain, compare));
        a.getDialogPane().setPrefWidth(680);
        a.getDialogPane().setId("conflict-dialog");
        a.setOnHidden(e -> {
            ButtonType b = a.getResult();
            answer.accept(b == KEEP_MINE ? ConflictChoice.KEEP_MINE : b == TAKE_THEIRS ? ConflictChoice.TAKE_THEIRS
                    : b == SAVE_COPY ? ConflictChoice.SAVE_COPY : ConflictChoice.CANCEL);
        });
        a.show();
    }

    /** A failure as a sentence; the edits are kept. */
    public void showError(String header, String sentence) {
        Alert a = alert(Alert.AlertType.ERROR, "Layout Studio", header, sentence, ButtonType.OK);
        a.getDialogPane().setId("error-dialog");
        a.show();
    }
}
