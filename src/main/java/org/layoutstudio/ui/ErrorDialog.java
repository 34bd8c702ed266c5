package org.layoutstudio.ui;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.pretix.profiles.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error dialog: the title, what happened as the header, what to do as the text, and the
 * technical details folded away ("Show details"). Never a stack trace as the main text. Its sentences
 * wrap, and the dialog is as large as they need.
 */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    /** Style class of the dialog pane, so tests and CSS can find it. */
    public static final String STYLE_CLASS = "error-dialog";
    /** Width at which the sentences wrap. */
    static final double TEXT_WIDTH = 520;

    private final ErrorMessages messages;
    private final ResourceBundle texts;

    public ErrorDialog(ResourceBundle texts) {
        this.texts = Objects.requireNonNull(texts);
        this.messages = new ErrorMessages(texts);
    }

    public ErrorMessages messages() {
        return messages;
    }

    /** Shows {@code error} explained, without blocking; returns the dialog (tests look inside). */
    public Dialog<ButtonType> show(Window owner, Throwable error) {
        ErrorReport report = messages.explain(error);
        LOG.warn("{}: {} ({})", report.title(), report.whatHappened(), Secrets.redact(String.valueOf(error)));
        return show(owner, report);
    }

    public Dialog<ButtonType> show(Window owner, ErrorReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DetailsPane pane = new DetailsPane(texts);
        dialog.setDialogPane(pane);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(report.title());
        pane.getStyleClass().addAll(STYLE_CLASS, "alert", "error");
        pane.getButtonTypes().add(DialogButtons.ok(texts));
        IconView icon = Icon.ALERT_CIRCLE_OUTLINE.view();
        icon.getStyleClass().add("error-icon");
        pane.setGraphic(icon);
        pane.setHeaderText(report.whatHappened());
        // Scrolls only when the screen is too small for the sentences: they are never cut.
        ScrollPane todo = new ScrollPane(wrapping(report.whatToDo(), "error-what-to-do"));
        todo.setFitToWidth(true);
        todo.getStyleClass().add("edge-to-edge");
        pane.setContent(todo);
        if (report.details() != null && !report.details().isBlank()) {
            TextArea details = new TextArea(report.details());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(12);
            details.getStyleClass().add("error-details");
            VBox.setVgrow(details, Priority.ALWAYS);
            pane.setExpandableContent(new VBox(6, new Label(texts.getString("error.details")), details));
            // Unfolding the details makes the window taller instead of squeezing the sentences.
            pane.expandedProperty().addListener((o, was, now) -> WindowSizing.growToContent(pane.getScene().getWindow()));
        }
        WindowSizing.fitToContent(dialog);
        dialog.show();
        return dialog;
    }

    /** A sentence that wraps at {@link #TEXT_WIDTH} and is never cut: its height follows its lines. */
    static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** A dialog pane whose "Show details" / "Hide details" link speaks the user's language. */
    private static final class DetailsPane extends DialogPane {
        private final ResourceBundle texts;

        DetailsPane(ResourceBundle texts) {
            this.texts = texts;
        }

        @Override
        protected Node createDetailsButton() {
            Hyperlink link = new Hyperlink();
            link.getStyleClass().add("details-button");
            link.setId("error-details-toggle");
            link.textProperty().bind(Bindings.when(expandedProperty())
                    .then(texts.getString("error.details.hide")).otherwise(texts.getString("error.details.show")));
            link.setOnAction(e -> setExpanded(!isExpanded()));
            return link;
        }
    }
}
