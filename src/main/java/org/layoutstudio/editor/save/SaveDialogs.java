package org.layoutstudio.editor.save;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutTexts;
import org.layoutstudio.ui.ErrorDialog;
import org.layoutstudio.ui.ErrorReport;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.WindowSizing;

/**
 * The dialogs of saving and closing. They never block the caller: the answer comes to a callback,
 * so that tests and the rest of the UI keep running while a dialog is open. Texts come from the
 * bundle ({@code editor.save.*}); failures are explained by {@code ui/ErrorMessages}.
 */
public final class SaveDialogs {
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    public enum ConflictChoice { KEEP_MINE, TAKE_THEIRS, SAVE_COPY, CANCEL }

    /** What to do with a document whose event is not connected now. */
    public enum UnreachableChoice { RECONNECT, SAVE_FILE, SAVE_NEW_IN_CURRENT, CANCEL }

    private final Supplier<Window> owner;
    private final Texts texts;
    private final ErrorDialog errors;

    public SaveDialogs(Supplier<Window> owner, Texts texts) {
        this.owner = owner;
        this.texts = Objects.requireNonNull(texts);
        this.errors = new ErrorDialog(texts.bundle());
    }

    /** A text of the bundle, formatted with {@code args}. */
    public String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** An event in words: "democon of demo on 127.0.0.1". */
    public String where(org.layoutstudio.editor.model.EventAddress event) {
        return text("editor.origin.where", event.organizer(), event.event(), event.host());
    }

    public Texts texts() {
        return texts;
    }

    /** The one explanation of a failure, as a sentence (e.g. why a background could not be fetched). */
    public String explain(Throwable e) {
        return errors.messages().explain(e).whatHappened();
    }

    private ButtonType button(String key, ButtonBar.ButtonData data) {
        return new ButtonType(text(key), data);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content == null ? "" : content, buttons);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        a.setResizable(true);
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setPrefWidth(540);
        WindowSizing.fitToContent(a);
        return a;
    }

    /** Save / Don't save / Cancel for a modified document that is being closed. */
    public void askUnsaved(String name, Consumer<UnsavedChoice> answer) {
        ButtonType save = button("editor.save.unsaved.save", ButtonBar.ButtonData.YES);
        ButtonType discard = button("editor.save.unsaved.discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = button("editor.save.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, text("editor.save.unsaved.title"), text("editor.save.unsaved.header", name),
                text("editor.save.unsaved.text"), save, discard, cancel);
        a.getDialogPane().setId("unsaved-dialog");
        a.setOnHidden(e -> {
            ButtonType b = a.getResult();
            answer.accept(b == save ? UnsavedChoice.SAVE : b == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL);
        });
        a.show();
    }

    /**
     * Validation and preflight before saving. Errors block the save (only OK); warnings can be
     * accepted ("Save anyway"). {@code proceed} gets true when saving goes on.
     */
    public void showFindings(List<Finding> findings, Consumer<Boolean> proceed) {
        boolean errors = findings.stream().anyMatch(Finding::isError);
        LayoutTexts words = LayoutTexts.of(texts.bundle());
        String list = findings.stream().map(f -> (f.isError() ? "✖ " : "⚠ ") + words.sentence(f)).collect(Collectors.joining("\n"));
        ButtonType anyway = button("editor.save.findings.saveAnyway", ButtonBar.ButtonData.YES);
        ButtonType ok = button("editor.save.ok", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = button("editor.save.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = errors
                ? alert(Alert.AlertType.ERROR, text("editor.save.findings.errorsTitle"), text("editor.save.findings.errorsHeader"), null, ok)
                : alert(Alert.AlertType.WARNING, text("editor.save.findings.warningsTitle"), text("editor.save.findings.warningsHeader"),
                        null, anyway, cancel);
        TextArea area = new TextArea(list);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, findings.size() + 1));
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("findings-dialog");
        a.setOnHidden(e -> proceed.accept(!errors && a.getResult() == anyway));
        a.show();
    }

    /**
     * The layout changed on the server since it was opened: compare (differing elements and both
     * JSONs), keep mine (overwrite), take theirs (load theirs as an undoable step), save mine as a
     * copy, or cancel.
     */
    public void askConflict(String name, LayoutDocument mine, LayoutDocument theirs, String theirName,
                            Consumer<ConflictChoice> answer) {
        ButtonType keep = button("editor.save.conflict.keepMine", ButtonBar.ButtonData.YES);
        ButtonType take = button("editor.save.conflict.takeTheirs", ButtonBar.ButtonData.NO);
        ButtonType copy = button("editor.save.conflict.saveCopy", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = button("editor.save.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, text("editor.save.conflict.title"), text("editor.save.conflict.header", name),
                null, keep, take, copy, cancel);
        List<String> diffs = new ArrayList<>(LayoutDiff.describe(mine, theirs, texts));
        if (!Objects.equals(name, theirName)) {
            diffs.add(0, text("editor.save.conflict.otherName", theirName));
        }
        ListView<String> list = new ListView<>();
        list.getItems().setAll(diffs.isEmpty() ? List.of(text("editor.save.conflict.sameElements")) : diffs);
        list.setPrefHeight(160);
        list.setId("conflict-differences");
        TextArea mineText = new TextArea(mine.toPrettyJson());
        TextArea theirsText = new TextArea(theirs.toPrettyJson());
        for (TextArea t : List.of(mineText, theirsText)) {
            t.setEditable(false);
            t.getStyleClass().add("json-source");
        }
        SplitPane both = new SplitPane(new VBox(4, new Label(text("editor.save.conflict.yours")), mineText),
                new VBox(4, new Label(text("editor.save.conflict.theirs")), theirsText));
        both.setPrefHeight(260);
        TabPane compare = new TabPane(new Tab(text("editor.save.conflict.differences"), list),
                new Tab(text("editor.save.conflict.bothJson"), both));
        compare.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label explain = new Label(text("editor.save.conflict.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(new VBox(8, explain, compare));
        a.getDialogPane().setPrefWidth(700);
        a.getDialogPane().setId("conflict-dialog");
        a.setOnHidden(e -> {
            ButtonType b = a.getResult();
            answer.accept(b == keep ? ConflictChoice.KEEP_MINE : b == take ? ConflictChoice.TAKE_THEIRS
                    : b == copy ? ConflictChoice.SAVE_COPY : ConflictChoice.CANCEL);
        });
        a.show();
    }

    /**
     * The document belongs to an event that is not connected now. Offers what is possible: connect
     * to it again (a saved connection knows it), save as a file, save into the current event as a new
     * layout — never a silent write elsewhere.
     *
     * @param current the current event ("democon on 127.0.0.1"), or null when there is none
     */
    public void askUnreachable(String name, String origin, boolean canReconnect, String current,
                               Consumer<UnreachableChoice> answer) {
        ButtonType reconnect = button("editor.save.unreachable.reconnect", ButtonBar.ButtonData.YES);
        ButtonType file = button("editor.save.unreachable.file", ButtonBar.ButtonData.OTHER);
        ButtonType asNew = new ButtonType(current == null ? "" : text("editor.save.unreachable.asNew", current),
                ButtonBar.ButtonData.OTHER);
        ButtonType cancel = button("editor.save.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (canReconnect) {
            buttons.add(reconnect);
        }
        buttons.add(file);
        if (current != null) {
            buttons.add(asNew);
        }
        buttons.add(cancel);
        Alert a = alert(Alert.AlertType.WARNING, text("editor.save.unreachable.title"),
                text("editor.save.unreachable.header", name, origin),
                text(canReconnect ? "editor.save.unreachable.textReconnect" : "editor.save.unreachable.text"),
                buttons.toArray(ButtonType[]::new));
        a.getDialogPane().setId("unreachable-dialog");
        a.setOnHidden(e -> {
            ButtonType b = a.getResult();
            answer.accept(b == reconnect ? UnreachableChoice.RECONNECT : b == file ? UnreachableChoice.SAVE_FILE
                    : b == asNew ? UnreachableChoice.SAVE_NEW_IN_CURRENT : UnreachableChoice.CANCEL);
        });
        a.show();
    }

    /** A failed save: what happened (from {@code ErrorMessages}), and that the edits are kept. */
    public void showSaveFailed(Throwable e) {
        showFailure("editor.save.failed", e);
    }

    /** Saving to pretix needs a connected event. */
    public void showNotConnected() {
        errors.show(owner.get(), new ErrorReport(text("editor.save.failed"), text("editor.save.notConnected"),
                text("editor.save.notConnected.todo"), "")).getDialogPane().setId("error-dialog");
    }

    /** A failure under a title of the bundle ({@code titleKey}), explained by {@code ErrorMessages}. */
    public void showFailure(String titleKey, Throwable e) {
        ErrorReport r = errors.messages().explain(e);
        String todo = r.whatToDo() + ("editor.save.failed".equals(titleKey) ? " " + text("editor.save.kept") : "");
        errors.show(owner.get(), new ErrorReport(text(titleKey), r.whatHappened(), todo, r.details()))
                .getDialogPane().setId("error-dialog");
    }
}
