package org.layoutstudio.certificates;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The batch download: a progress row per certificate, a summary line, Retry for the failed ones and
 * Cancel. Drives a {@link BatchDownload}; its news arrives on worker threads and is shown on the FX
 * thread.
 */
public final class BatchDownloadPane extends BorderPane {
    /** One certificate's row. */
    public static final class Row {
        final Attendee attendee;
        final SimpleObjectProperty<BatchDownload.State> state = new SimpleObjectProperty<>(BatchDownload.State.WAITING);
        final SimpleStringProperty status = new SimpleStringProperty("Waiting");
        final SimpleDoubleProperty progress = new SimpleDoubleProperty(0);

        Row(Attendee attendee) {
            this.attendee = attendee;
        }

        public Attendee attendee() {
            return attendee;
        }

        public BatchDownload.State state() {
            return state.get();
        }

        public String status() {
            return status.get();
        }
    }

    private final BatchDownload batch;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final ObservableList<Row> items = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(items);
    private final Label summary = new Label();
    private final Label failures = new Label();
    private final Button retry = new Button("Retry failed");
    private final Button cancel = new Button("Cancel");
    private final Button close = new Button("Close");

    public BatchDownloadPane(CertificateSource source, Path folder, List<Attendee> attendees) {
        for (Attendee a : attendees) {
            Row r = new Row(a);
            rows.put(a.positionId(), r);
            items.add(r);
        }
        this.batch = new BatchDownload(source, folder, u -> Platform.runLater(() -> apply(u)));
        setPadding(new Insets(10));
        Label title = new Label("Downloading " + attendees.size() + " certificates into " + folder);
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        Label note = new Label("At most two at a time, as pretix asks. Files already in the folder are kept.");
        note.setStyle("-fx-opacity: 0.75;");
        VBox top = new VBox(4, title, note);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        buildTable();
        failures.setId("batchFailures");
        failures.setWrapText(true);
        failures.setStyle("-fx-text-fill: #b00020;");
        javafx.scene.control.ScrollPane failureScroll = new javafx.scene.control.ScrollPane(failures);
        failureScroll.setFitToWidth(true);
        failureScroll.setPrefViewportHeight(54);
        failureScroll.setMaxHeight(90);
        failureScroll.visibleProperty().bind(failures.textProperty().isNotEmpty());
        failureScroll.managedProperty().bind(failureScroll.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox center = new VBox(6, table, failureScroll);
        setCenter(center);
        summary.setId("batchSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        retry.setId("batchRetry");
        retry.setOnAction(e -> {
            batch.retryFailed();
            updateSummary();
        });
        cancel.setId("batchCancel");
        cancel.setOnAction(e -> batch.cancel());
        close.setId("batchClose");
        close.setOnAction(e -> {
            batch.close();
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        for (Button b : List.of(retry, cancel, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bottom = new HBox(8, summary, retry, cancel, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        updateSummary();
    }

    private void buildTable() {
        table.setId("batchTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> who = new TableColumn<>("Attendee");
        who.setPrefWidth(150);
        who.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().attendee.displayName()));
        TableColumn<Row, String> file = new TableColumn<>("File");
        file.setPrefWidth(170);
        file.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().attendee.batchFileName()));
        TableColumn<Row, Number> bar = new TableColumn<>("Progress");
        bar.setPrefWidth(100);
        bar.setCellValueFactory(d -> d.getValue().progress);
        bar.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar pb = new ProgressBar();

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                } else {
                    pb.setProgress(value.doubleValue());
                    pb.setMaxWidth(Double.MAX_VALUE);
                    setGraphic(pb);
                }
            }
        });
        TableColumn<Row, String> status = new TableColumn<>("Status");
        status.setPrefWidth(330);
        status.setCellValueFactory(d -> d.getValue().status);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null ? null : new javafx.scene.control.Tooltip(value));
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(row != null && row.state() == BatchDownload.State.FAILED ? "-fx-text-fill: #b00020;" : "");
            }
        });
        table.getColumns().add(who);
        table.getColumns().add(file);
        table.getColumns().add(bar);
        table.getColumns().add(status);
    }

    /** Starts the downloads. */
    public void start() {
        batch.start(List.copyOf(rows.values().stream().map(r -> r.attendee).toList()));
    }

    public BatchDownload batch() {
        return batch;
    }

    public List<Row> rows() {
        return List.copyOf(items);
    }

    /** True when every row has arrived, failed, was skipped or cancelled (as shown; FX thread). */
    public boolean isDone() {
        return items.stream().noneMatch(r -> r.state() == BatchDownload.State.WAITING || r.state() == BatchDownload.State.FETCHING);
    }

    /** One line per failed certificate: who and why. */
    public String failuresText() {
        return failures.getText();
    }

    public String summaryText() {
        return summary.getText();
    }

    private void apply(BatchDownload.Update u) {
        Row r = rows.get(u.attendee().positionId());
        if (r == null) {
            return;
        }
        r.state.set(u.state());
        switch (u.state()) {
            case WAITING -> {
                r.status.set("Waiting");
                r.progress.set(0);
            }
            case FETCHING -> {
                FetchProgress p = u.progress();
                r.status.set(p == null ? "Fetching…" : p.describe());
                r.progress.set(-1);
            }
            case SAVED -> {
                r.status.set("Saved");
                r.progress.set(1);
            }
            case ALREADY_THERE -> {
                r.status.set("Already there");
                r.progress.set(1);
            }
            case FAILED -> {
                r.status.set(u.message() == null ? "Failed" : u.message());
                r.progress.set(0);
            }
            case CANCELLED -> {
                r.status.set("Cancelled");
                r.progress.set(0);
            }
        }
        table.refresh();
        updateSummary();
    }

    private void updateSummary() {
        Map<BatchDownload.State, Integer> count = new java.util.EnumMap<>(BatchDownload.State.class);
        for (Row r : items) {
            count.merge(r.state(), 1, Integer::sum);
        }
        int saved = count.getOrDefault(BatchDownload.State.SAVED, 0);
        int there = count.getOrDefault(BatchDownload.State.ALREADY_THERE, 0);
        int failed = count.getOrDefault(BatchDownload.State.FAILED, 0);
        int cancelled = count.getOrDefault(BatchDownload.State.CANCELLED, 0);
        int open = count.getOrDefault(BatchDownload.State.WAITING, 0) + count.getOrDefault(BatchDownload.State.FETCHING, 0);
        StringBuilder s = new StringBuilder();
        s.append(saved).append(" saved, ").append(there).append(" already there");
        if (failed > 0) {
            s.append(", ").append(failed).append(" failed");
        }
        if (cancelled > 0) {
            s.append(", ").append(cancelled).append(" cancelled");
        }
        if (open > 0) {
            s.append(", ").append(open).append(" to go");
        } else {
            s.append(failed + cancelled > 0 ? ". Retry fetches only the ones that did not arrive." : ". All done.");
        }
        summary.setText(s.toString());
        StringBuilder f = new StringBuilder();
        for (Row r : items) {
            if (r.state() == BatchDownload.State.FAILED) {
                f.append(f.length() == 0 ? "" : "\n").append(r.attendee.displayName()).append(" (#")
                        .append(r.attendee.positionId()).append("): ").append(r.status());
            }
        }
        failures.setText(f.toString());
        summary.setStyle(failed > 0 && open == 0 ? "-fx-text-fill: #b00020;" : "");
        retry.setDisable(open > 0 || failed + cancelled == 0);
        cancel.setDisable(open == 0);
    }
}
