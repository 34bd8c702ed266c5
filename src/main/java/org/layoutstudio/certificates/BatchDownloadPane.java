package org.layoutstudio.certificates;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.OpeningSize;
import org.layoutstudio.ui.WholeTextCell;

/**
 * The batch download: a progress row per certificate, a summary line, Retry for the failed ones and
 * Cancel. Drives a {@link BatchDownload}; its news arrives on worker threads and is shown on the FX
 * thread. {@link #openWindow} puts it in a window of its own, sized to its content.
 */
public final class BatchDownloadPane extends BorderPane {
    /** Style class of a failed row's status and of the summary when something failed. */
    static final String FAILED_CLASS = "batch-failed";
    /** Rows the table shows at least, so that the window never shrinks to a sliver. */
    static final int MIN_VISIBLE_ROWS = 4;
    /** Rows the window opens with at most (more scroll). */
    static final int MAX_INITIAL_ROWS = 12;
    /** About one table row in the app's themes. */
    private static final double ROW_HEIGHT = 38;
    /** Room left around a batch window that would be larger than the screen. */
    private static final double SCREEN_MARGIN = 48;

    /** One certificate's row. */
    public static final class Row {
        final Attendee attendee;
        final SimpleObjectProperty<BatchDownload.State> state = new SimpleObjectProperty<>(BatchDownload.State.WAITING);
        final SimpleStringProperty status = new SimpleStringProperty();
        final SimpleDoubleProperty progress = new SimpleDoubleProperty(0);

        Row(Attendee attendee, String waiting) {
            this.attendee = attendee;
            status.set(waiting);
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

    private final Texts texts;
    private final ErrorMessages errors;
    private final BatchDownload batch;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final ObservableList<Row> items = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(items);
    private final Label summary = new Label();
    private final Label failures = new Label();
    private final Button retry = new Button();
    private final Button cancel = new Button();
    private final Button close = new Button();

    public BatchDownloadPane(CertificateSource source, Path folder, List<Attendee> attendees, ResourceBundle bundle) {
        this.texts = new Texts(bundle);
        this.errors = new ErrorMessages(bundle).about(CertificatesView.ERROR_TOPIC);
        for (Attendee a : attendees) {
            Row r = new Row(a, texts.get("certificates.batch.waiting"));
            rows.put(a.positionId(), r);
            items.add(r);
        }
        this.batch = new BatchDownload(source, folder, u -> Platform.runLater(() -> apply(u)));
        getStyleClass().add("batch-download");
        setPadding(new Insets(10));
        Label title = new Label(texts.format("certificates.batch.heading", attendees.size(), folder.toString()));
        title.setId("batchHeading");
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        title.getStyleClass().add("batch-heading");
        Label note = new Label(texts.get("certificates.batch.note"));
        note.setWrapText(true);
        note.setMinHeight(USE_PREF_SIZE);
        note.getStyleClass().add("batch-note");
        VBox top = new VBox(4, title, note);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        buildTable();
        failures.setId("batchFailures");
        failures.setWrapText(true);
        failures.getStyleClass().add(FAILED_CLASS);
        ScrollPane failureScroll = new ScrollPane(failures);
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
        summary.setMinHeight(USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinWidth(200);
        // Wraps onto two lines rather than making the window as wide as the whole sentence.
        summary.setPrefWidth(320);
        HBox.setHgrow(summary, Priority.ALWAYS);
        retry.setId("batchRetry");
        retry.setText(texts.get("certificates.batch.retry"));
        retry.setOnAction(e -> {
            batch.retryFailed();
            updateSummary();
        });
        cancel.setId("batchCancel");
        cancel.setText(texts.get("certificates.batch.cancel"));
        cancel.setOnAction(e -> batch.cancel());
        close.setId("batchClose");
        close.setText(texts.get("certificates.batch.close"));
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
        table.setPlaceholder(new Label());
        TableColumn<Row, String> who = new TableColumn<>(texts.get("certificates.batch.column.attendee"));
        who.setPrefWidth(150);
        who.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().attendee.displayName()));
        who.setCellFactory(c -> new WholeTextCell<>());
        TableColumn<Row, String> file = new TableColumn<>(texts.get("certificates.batch.column.file"));
        file.setPrefWidth(200);
        file.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().attendee.batchFileName()));
        file.setCellFactory(c -> new WholeTextCell<>());
        TableColumn<Row, Number> bar = new TableColumn<>(texts.get("certificates.batch.column.progress"));
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
        TableColumn<Row, String> status = new TableColumn<>(texts.get("certificates.batch.column.status"));
        status.setPrefWidth(330);
        status.setCellValueFactory(d -> d.getValue().status);
        status.setCellFactory(c -> new WholeTextCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove(FAILED_CLASS);
                if (row != null && row.state() == BatchDownload.State.FAILED) {
                    getStyleClass().add(FAILED_CLASS);
                }
            }
        });
        table.getColumns().add(Headings.keepWhole(who));
        table.getColumns().add(Headings.keepWhole(file));
        table.getColumns().add(Headings.keepWhole(bar));
        table.getColumns().add(Headings.keepWhole(status));
        // Every column's header readable, and a few rows to a dozen: the table never shrinks to a sliver.
        table.setMinWidth(who.getPrefWidth() + file.getPrefWidth() + bar.getPrefWidth() + 160);
        int shownRows = Math.max(MIN_VISIBLE_ROWS, Math.min(MAX_INITIAL_ROWS, items.size()));
        table.setPrefHeight(ROW_HEIGHT * (shownRows + 1) + 8);
        table.setMinHeight(ROW_HEIGHT * (MIN_VISIBLE_ROWS + 1) + 8);
    }

    /**
     * Shows this pane in a window of its own next to {@code owner}: as large as its content asks (at
     * most the screen), never smaller than that content, resizable, with the owner's stylesheets.
     */
    public Stage openWindow(Window owner) {
        Stage stage = new Stage();
        stage.setTitle(texts.get("certificates.batch.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        Scene scene = sceneFor(owner);
        stage.setScene(scene);
        stage.setResizable(true);
        stage.setOnHidden(e -> batch.close());
        // The content's minimum, set once before the window is shown (size hints that change while
        // the window manager frames the window upset openbox).
        double minWidth = minWidth(-1);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(contentMinHeight(minWidth));
        OpeningSize.hold(stage);
        stage.show();
        return stage;
    }

    /**
     * A scene as large as this pane's content asks (measured with the owner's stylesheets), or as
     * the screen allows where it is smaller; then the table scrolls and the texts wrap.
     */
    private Scene sceneFor(Window owner) {
        Scene scene = new Scene(this);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        applyCss();
        Rectangle2D screen = screenOf(owner).getVisualBounds();
        double width = prefWidth(-1);
        double height = prefHeight(width);
        if (width <= screen.getWidth() - SCREEN_MARGIN && height <= screen.getHeight() - SCREEN_MARGIN) {
            return scene;
        }
        scene.setRoot(new Region()); // this pane moves to a scene of the screen's size
        Scene smaller = new Scene(this, Math.min(width, screen.getWidth() - SCREEN_MARGIN),
                Math.min(height, screen.getHeight() - SCREEN_MARGIN));
        smaller.getStylesheets().setAll(scene.getStylesheets());
        return smaller;
    }

    /** At {@code width}: the wrapped texts above and below whole, and the table's few rows. */
    private double contentMinHeight(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + getTop().prefHeight(inner)
                + ((Region) getCenter()).minHeight(inner) + getBottom().prefHeight(inner);
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
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
                r.status.set(texts.get("certificates.batch.waiting"));
                r.progress.set(0);
            }
            case FETCHING -> {
                FetchProgress p = u.progress() == null ? FetchProgress.asking() : u.progress();
                r.status.set(p.describe(texts));
                r.progress.set(-1);
            }
            case SAVED -> {
                r.status.set(texts.get("certificates.batch.saved"));
                r.progress.set(1);
            }
            case ALREADY_THERE -> {
                r.status.set(texts.get("certificates.batch.alreadyThere"));
                r.progress.set(1);
            }
            case FAILED -> {
                r.status.set(errors.explain(u.error()).whatHappened());
                r.progress.set(0);
            }
            case CANCELLED -> {
                r.status.set(texts.get("certificates.batch.cancelled"));
                r.progress.set(0);
            }
        }
        table.refresh();
        updateSummary();
    }

    private void updateSummary() {
        Map<BatchDownload.State, Integer> count = new EnumMap<>(BatchDownload.State.class);
        for (Row r : items) {
            count.merge(r.state(), 1, Integer::sum);
        }
        int saved = count.getOrDefault(BatchDownload.State.SAVED, 0);
        int there = count.getOrDefault(BatchDownload.State.ALREADY_THERE, 0);
        int failed = count.getOrDefault(BatchDownload.State.FAILED, 0);
        int cancelled = count.getOrDefault(BatchDownload.State.CANCELLED, 0);
        int open = count.getOrDefault(BatchDownload.State.WAITING, 0) + count.getOrDefault(BatchDownload.State.FETCHING, 0);
        String line = open > 0 ? texts.format("certificates.batch.summary.running", saved, there, failed, cancelled, open)
                : failed + cancelled > 0 ? texts.format("certificates.batch.summary.incomplete", saved, there, failed, cancelled)
                : texts.format("certificates.batch.summary.done", saved, there);
        summary.setText(line);
        StringBuilder f = new StringBuilder();
        for (Row r : items) {
            if (r.state() == BatchDownload.State.FAILED) {
                f.append(f.length() == 0 ? "" : "\n")
                        .append(texts.format("certificates.batch.failure", r.attendee.displayName(),
                                Long.toString(r.attendee.positionId()), r.status()));
            }
        }
        failures.setText(f.toString());
        summary.getStyleClass().remove(FAILED_CLASS);
        if (failed > 0 && open == 0) {
            summary.getStyleClass().add(FAILED_CLASS);
        }
        retry.setDisable(open > 0 || failed + cancelled == 0);
        cancel.setDisable(open == 0);
    }
}
