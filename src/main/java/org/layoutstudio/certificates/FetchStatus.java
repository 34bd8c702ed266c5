package org.layoutstudio.certificates;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.layoutstudio.ui.ErrorReport;

/**
 * The lines above the pages that say what the fetch is doing, with Cancel while it runs; after a
 * failure, what happened, what to do, and the details one click away.
 */
final class FetchStatus extends HBox {
    static final String ERROR_CLASS = "fetch-status-error";
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label message = new Label();
    private final Label hint = new Label();
    private final Hyperlink details = new Hyperlink();
    private final ButtonBase cancel;
    private final java.util.function.Consumer<ErrorReport> showDetails;
    private ErrorReport report;

    /**
     * @param cancel      the Cancel button (made from the viewer's cancel action)
     * @param showDetails opens the full report (the error dialog)
     */
    FetchStatus(Texts texts, ButtonBase cancel, java.util.function.Consumer<ErrorReport> showDetails) {
        super(8);
        this.cancel = cancel;
        this.showDetails = showDetails;
        getStyleClass().add("fetch-status");
        setAlignment(Pos.CENTER_LEFT);
        spinner.getStyleClass().add("fetch-spinner");
        message.setId("fetchStatus");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(USE_PREF_SIZE); // all its lines, never "…"
        hint.setId("fetchHint");
        hint.getStyleClass().add("fetch-status-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinHeight(USE_PREF_SIZE);
        details.setId("fetchDetails");
        details.setText(texts.get("certificates.status.details"));
        details.setOnAction(e -> {
            if (report != null) {
                showDetails.accept(report);
            }
        });
        cancel.setId("cancelFetch");
        cancel.setMinWidth(USE_PREF_SIZE);
        VBox lines = new VBox(2, message, hint, details);
        HBox.setHgrow(lines, Priority.ALWAYS);
        getChildren().addAll(spinner, lines, cancel);
        idle(texts.get("certificates.status.start"));
    }

    void working(String text) {
        show(text, true, null);
    }

    void idle(String text) {
        show(text, false, null);
    }

    /** {@code text} says who and what happened; the report gives what to do and the details. */
    void error(String text, ErrorReport failure) {
        show(text, false, failure);
    }

    private void show(String text, boolean busy, ErrorReport failure) {
        report = failure;
        setShown(spinner, busy);
        setShown(cancel, busy);
        message.setText(text);
        message.getStyleClass().remove(ERROR_CLASS);
        if (failure != null) {
            message.getStyleClass().add(ERROR_CLASS);
        }
        hint.setText(failure == null ? "" : failure.whatToDo());
        setShown(hint, failure != null && !failure.whatToDo().isBlank());
        setShown(details, failure != null);
    }

    /** Always as high as with Cancel shown, so that the bar below does not jump when a fetch starts. */
    @Override
    protected double computePrefHeight(double width) {
        return Math.max(super.computePrefHeight(width), snappedTopInset() + cancel.prefHeight(-1) + snappedBottomInset());
    }

    private static void setShown(javafx.scene.Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    ReadOnlyStringProperty textProperty() {
        return message.textProperty();
    }

    String text() {
        return message.getText();
    }

    /** What to do, after a failure ("" otherwise). */
    String hint() {
        return hint.getText();
    }

    boolean isError() {
        return report != null;
    }
}
