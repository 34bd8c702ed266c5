package org.layoutstudio.editor.preview;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.layoutstudio.editor.document.AttendeeData;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * The live preview: the ticket as pretix prints it, re-rendered a moment after each edit, with
 * sample values or a real attendee's values, page by page, and exported as PDF on request.
 */
public final class PreviewPane extends BorderPane {
    static final AttendeeData SAMPLE = new AttendeeData("Sample data", null);

    private final PreviewScheduler scheduler;
    private final EditorDocument document;
    private final BackgroundTasks tasks;
    private final Supplier<LayoutRepository> repository;
    private final ComboBox<AttendeeData> dataChoice = new ComboBox<>(FXCollections.observableArrayList(SAMPLE));
    private final Label status = new Label();
    private final FlowPane bar = new FlowPane(6, 4);

    public PreviewPane(EditorDocument document, PreviewRenderer renderer, BackgroundTasks tasks,
                       Supplier<LayoutRepository> repository) {
        this.document = document;
        this.tasks = tasks;
        this.repository = repository;
        this.scheduler = new PreviewScheduler(renderer, tasks);
        getStyleClass().add("preview-pane");

        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().bind(scheduler.imageProperty());
        StackPane holder = new StackPane(view);
        holder.setPadding(new Insets(8));
        holder.setStyle("-fx-background-color: #8a8f98;");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        view.fitWidthProperty().bind(scroll.widthProperty().subtract(20));
        // rasterise for the width shown (an A4 page is 595 pt wide), in quarter steps, at least 0.75 px/pt
        scroll.widthProperty().addListener((o, a, b) -> {
            double screen = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
            double wanted = Math.ceil(b.doubleValue() * screen / 595 * 4) / 4;
            scheduler.scaleProperty().set(Math.max(0.75, Math.min(3, wanted)));
        });
        setCenter(scroll);

        dataChoice.getSelectionModel().select(SAMPLE);
        dataChoice.setTooltip(new Tooltip("Whose data the preview shows"));
        dataChoice.setPrefWidth(150);
        dataChoice.valueProperty().addListener((o, a, b) -> scheduler.dataProperty().set(b == null ? null : b.pdfData()));
        Button loadAttendees = new Button("Attendees…");
        loadAttendees.setTooltip(new Tooltip("Load real attendees of the connected event for the preview"));
        loadAttendees.setOnAction(e -> loadAttendees());
        loadAttendees.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> repository.get() == null));

        Spinner<Integer> page = new Spinner<>(1, 99, 1);
        page.setPrefWidth(64);
        page.setTooltip(new Tooltip("Page"));
        page.valueProperty().addListener((o, a, b) -> scheduler.pageProperty().set(b));
        document.pageProperty().addListener((o, a, b) -> page.getValueFactory().setValue(b.intValue()));

        Button export = new Button("Export PDF…");
        export.setId("preview-export");
        export.setOnAction(e -> exportPdf());

        Label title = new Label("Preview");
        title.setStyle("-fx-font-weight: bold;");
        javafx.scene.layout.HBox pageBox = new javafx.scene.layout.HBox(4, new Label("Page"), page);
        pageBox.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(title, dataChoice, loadAttendees, pageBox, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        scheduler.statusProperty().addListener((o, a, b) -> status.setText(b));
        status.setPadding(new Insets(2, 6, 2, 6));
        status.setId("preview-status");
        setBottom(status);
        scheduler.setDocument(document);
    }

    /** The data choice: "Sample data" and the attendees loaded. */
    public ComboBox<AttendeeData> dataChoice() {
        return dataChoice;
    }

    public PreviewScheduler scheduler() {
        return scheduler;
    }

    /** Adds a control after the tool bar's own (features such as "Compare with pretix" hook in here). */
    public void addTool(javafx.scene.Node tool) {
        bar.getChildren().add(tool);
    }

    private void loadAttendees() {
        LayoutRepository repo = repository.get();
        if (repo == null) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.setTitle("Preview with an attendee");
        ask.setHeaderText("Search attendees by name, e-mail or order code (empty: the first 50).");
        ask.showAndWait().ifPresent(query -> loadAttendees(repo, query.trim()));
    }

    /** Fills the data choice with the attendees matching {@code query} (pretix's order position search). */
    public void loadAttendees(LayoutRepository repo, String query) {
        status.setText("Loading attendees…");
        tasks.run("Load attendees", () -> repo.attendees(query), (List<AttendeeData> list) -> {
            AttendeeData chosen = dataChoice.getValue();
            dataChoice.getItems().setAll(SAMPLE);
            dataChoice.getItems().addAll(list);
            // the first match is shown at once (the user searched for someone); else the choice stays
            dataChoice.setValue(!list.isEmpty() ? list.get(0)
                    : chosen != null && dataChoice.getItems().contains(chosen) ? chosen : SAMPLE);
            status.setText(list.isEmpty() ? "No attendee matches; the preview shows sample data."
                    : list.size() + (list.size() == 1 ? " attendee" : " attendees") + " found; choose one above.");
        }, e -> status.setText("Attendees could not be loaded: " + e.getMessage()));
    }

    private void exportPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export preview PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(document.nameProperty().get() + " preview.pdf");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Renders the current state afresh and writes it to {@code target}. */
    public void exportTo(java.nio.file.Path target) {
        var snapshot = document.layout().copy();
        var bg = document.backgroundPdfProperty().get();
        var values = scheduler.dataProperty().get();
        status.setText("Exporting…");
        tasks.run("Export preview", () -> {
            Files.write(target, scheduler.renderer().render(snapshot, values, bg));
            return target;
        }, p -> status.setText("Preview saved as " + p.getFileName() + "."),
                e -> status.setText("The preview could not be saved: " + e.getMessage()));
    }
}
