package org.layoutstudio.editor.source;

import java.util.stream.Collectors;
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
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.layout.LayoutTexts;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * The layout as pretty JSON, for power users: copy it, paste pretix's code view into it, edit and
 * apply. Apply checks first; problems come as sentences and invalid text is never applied.
 */
public final class SourceView extends BorderPane {
    private final EditorDocument doc;
    private final LayoutChecks checks;
    private final BackgroundTasks tasks;
    private final TextArea text = new TextArea();
    private final Label message = new Label();
    private final Button apply = new Button("Apply");
    private Runnable onApplied = () -> { };

    public SourceView(EditorDocument doc, LayoutChecks checks, BackgroundTasks tasks) {
        this.doc = doc;
        this.checks = checks;
        this.tasks = tasks;
        text.setId("source-text");
        text.setStyle("-fx-font-family: monospace;");
        text.setText(doc.layout().toPrettyJson());
        Label warn = new Label("For advanced users: the layout as pretix stores it. "
                + "Paste pretix's code view here or copy this into it.");
        warn.setWrapText(true);
        message.setId("source-message");
        message.setWrapText(true);
        apply.setId("source-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> applyText());
        Button reload = new Button("Reload from editor");
        reload.setOnAction(e -> {
            text.setText(doc.layout().toPrettyJson());
            message.setText("");
        });
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(doc.layout().toCompactJson());
            Clipboard.getSystemClipboard().setContent(c);
            message.setText("The compact JSON is on the clipboard.");
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, copy, reload, gap, apply);
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

    /** Parses and checks off the FX thread, then applies (or says why not). */
    public void applyText() {
        String json = text.getText();
        byte[] bg = doc.backgroundPdfProperty().get();
        apply.setDisable(true);
        message.setStyle("");
        message.setText("Checking…");
        tasks.run("Check JSON source", () -> SourceApplier.parse(json, checks, bg), parsed -> {
            apply.setDisable(false);
            if (parsed.problem() != null) {
                error("Not applied: " + parsed.problem());
                return;
            }
            // English like the rest of this view for now; in the user's language once the view gets the bundle
            String listed = parsed.findings().stream()
                    .map(f -> (f.isError() ? "• " : "• Warning: ") + LayoutTexts.english().sentence(f))
                    .collect(Collectors.joining("\n"));
            if (!parsed.applicable()) {
                error("Not applied, the layout has errors:\n" + listed);
                return;
            }
            boolean changed = SourceApplier.apply(doc, parsed);
            message.setStyle("");
            message.setText((changed ? "Applied." : "Nothing changed.") + (listed.isEmpty() ? "" : "\n" + listed));
            if (changed) {
                onApplied.run();
            }
        }, e -> {
            apply.setDisable(false);
            error("Not applied: " + e.getMessage());
        });
    }

    private void error(String s) {
        message.setStyle("-fx-text-fill: #c62828;");
        message.setText(s);
    }
}
