package org.layoutstudio.ui;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.pretix.profiles.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error dialog: the title, what happened as the header, what to do as the text, and the
 * technical details folded away ("Show details"). Never a stack trace as the main text.
 */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    /** Style class of the dialog pane, so tests and CSS can find it. */
    public static final String STYLE_CLASS = "error-dialog";

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
    public Alert show(Window owner, Throwable error) {
        ErrorReport report = messages.explain(error);
        LOG.warn("{}: {} ({})", report.title(), report.whatHappened(), Secrets.redact(String.valueOf(error)));
        return show(owner, report);
    }

    public Alert show(Window owner, ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(report.title());
        alert.setHeaderText(report.whatHappened());
        Label todo = new Label(report.whatToDo());
        todo.setWrapText(true);
        todo.getStyleClass().add("error-what-to-do");
        alert.getDialogPane().setContent(todo);
        alert.getDialogPane().getStyleClass().add(STYLE_CLASS);
        alert.getDialogPane().setPrefWidth(520);
        if (report.details() != null && !report.details().isBlank()) {
            TextArea details = new TextArea(report.details());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(12);
            details.getStyleClass().add("error-details");
            VBox.setVgrow(details, Priority.ALWAYS);
            VBox box = new VBox(6, new Label(text("error.details")), details);
            alert.getDialogPane().setExpandableContent(box);
        }
        alert.show();
        return alert;
    }

    private String text(String key) {
        return texts.containsKey(key) ? texts.getString(key) : key;
    }
}
