package org.layoutstudio.editor.source;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.layout.LayoutTexts;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.Texts;

/**
 * The layout as pretty JSON, for power users: copy it, paste pretix's code view into it, edit and
 * apply. Apply checks first; problems come as sentences and invalid text is never applied.
 */
public final class SourceView extends BorderPane {
    private static final String ERROR = "message-error";

    private final EditorDocument doc;
    private final LayoutChecks checks;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final TextArea text = new TextArea();
    private final Label message = new Label();
    private final Button apply;
    private final HBox buttons;
    private Runnable onApplied = () -> { };

    public SourceView(EditorDocument doc, LayoutChecks checks, BackgroundTasks tasks, Texts texts) {
        this.doc = doc;
        this.checks = checks;
        this.tasks = tasks;
        this.texts = texts;
        text.setId("source-text");
        text.getStyleClass().add("json-source");
        text.setText(doc.layout().toPrettyJson());
        Label warn = new Label(texts.get("editor.source.intro"));
        warn.setWrapText(true);
        warn.setMinHeight(Region.USE_PREF_SIZE);
        // the sentence wraps at the width the JSON needs instead of widening the window to one line
        warn.setMinWidth(0);
        warn.setPrefWidth(0);
        warn.setMaxWidth(Double.MAX_VALUE);
        message.setId("source-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        apply = new Button(texts.get("editor.source.apply"));
        apply.setId("source-apply");
        apply.setOnAction(e -> applyText());
        Button reload = new Button(texts.get("editor.source.reload"));
        reload.setId("source-reload");
        reload.setOnAction(e -> {
            text.setText(doc.layout().toPrettyJson());
            say("", false);
        });
        Button copy = new Button(texts.get("editor.source.copy"));
        copy.setId("source-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(doc.layout().toCompactJson());
            Clipboard.getSystemClipboard().setContent(c);
            say(texts.get("editor.source.copied"), false);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        buttons = new HBox(6, copy, reload, gap, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(6, message, buttons);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        setTop(warn);
        BorderPane.setMargin(warn, new Insets(0, 0, 6, 0));
        setCenter(text);
        setBottom(bottom);
        setPadding(new Insets(8));
    }

    public void setOnApplied(Runnable r) {
        onApplied = r;
    }

    public TextArea textArea() {
        return text;
    }

    public Label message() {
        return message;
    }

    /** The row of buttons (a window adds its Close button at the end). */
    HBox buttons() {
        return buttons;
    }

    /** Parses and checks off the FX thread, then applies (or says why not). */
    public void applyText() {
        String json = text.getText();
        byte[] bg = doc.backgroundPdfProperty().get();
        apply.setDisable(true);
        say(texts.get("editor.source.checking"), false);
        tasks.run(texts.get("editor.source.task"), () -> SourceApplier.parse(json, checks, bg), parsed -> {
            apply.setDisable(false);
            if (parsed.problem() != null) {
                say(texts.get("editor.source.notApplied", explain(parsed.problem())), true);
                return;
            }
            List<String> lines = new ArrayList<>();
            LayoutTexts words = LayoutTexts.of(texts.bundle());
            for (Finding f : parsed.findings()) {
                lines.add(texts.get(f.isError() ? "editor.source.error" : "editor.source.warning", words.sentence(f)));
            }
            String listed = String.join("\n", lines);
            if (!parsed.applicable()) {
                say(texts.get("editor.source.hasErrors") + "\n" + listed, true);
                return;
            }
            boolean changed = SourceApplier.apply(doc, parsed, texts.get("editor.source.step"));
            String done = texts.get(changed ? "editor.source.applied" : "editor.source.unchanged");
            say(listed.isEmpty() ? done : done + "\n" + listed, false);
            if (changed) {
                onApplied.run();
            }
        }, e -> {
            apply.setDisable(false);
            say(texts.get("editor.source.notApplied", explain(e)), true);
        });
    }

    private String explain(Throwable e) {
        return new ErrorMessages(texts.bundle()).explain(e).whatHappened();
    }

    private void say(String s, boolean error) {
        message.getStyleClass().remove(ERROR);
        if (error) {
            message.getStyleClass().add(ERROR);
        }
        message.setText(s);
    }
}
