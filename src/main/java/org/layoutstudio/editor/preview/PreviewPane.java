package org.layoutstudio.editor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.layoutstudio.editor.document.AttendeeData;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.Tooltips;

/**
 * The live preview: the ticket as pretix prints it, re-rendered a moment after each edit, with
 * sample values or a real attendee's values, page by page, and exported as PDF on request. The
 * status line says how long the last edit took to reach the screen.
 */
public final class PreviewPane extends BorderPane {
    private final PreviewScheduler scheduler;
    private final EditorDocument document;
    private final BackgroundTasks tasks;
    private final Supplier<LayoutRepository> repository;
    private final ResourceBundle texts;
    private final AttendeeData sample;
    private final ComboBox<AttendeeData> dataChoice;
    private final Label status = new Label();
    /** The server the attendees in the data choice came from (their orders' languages are asked there). */
    private LayoutRepository attendeesFrom;
    /** Why the chosen attendee is shown without their order's language, or null. */
    private final javafx.beans.property.ObjectProperty<String> languageNote = new javafx.beans.property.SimpleObjectProperty<>();
    /** False while a chosen attendee's order language is asked: what the preview shows is not theirs yet. */
    private final ReadOnlyBooleanWrapper choiceShown = new ReadOnlyBooleanWrapper(this, "choiceShown", true);
    private final FlowPane bar = new FlowPane(6, 4);
    /** The data choice's width: sample data alone, and with attendees (a code and a name of usual length). */
    static final double SAMPLE_CHOICE_WIDTH = 150;
    static final double ATTENDEE_CHOICE_WIDTH = 240;

    /** With the texts of the default locale's bundle (the workspace hands its own in with the other constructor). */
    public PreviewPane(EditorDocument document, PreviewRenderer renderer, BackgroundTasks tasks,
                       Supplier<LayoutRepository> repository) {
        this(document, renderer, tasks, repository, Texts.bundle(java.util.Locale.getDefault()));
    }

    public PreviewPane(EditorDocument document, PreviewRenderer renderer, BackgroundTasks tasks,
                       Supplier<LayoutRepository> repository, ResourceBundle texts) {
        this.document = document;
        this.tasks = tasks;
        this.repository = repository;
        this.texts = texts;
        this.sample = new AttendeeData(texts.getString("editor.preview.sample"), null);
        this.dataChoice = new ComboBox<>(FXCollections.observableArrayList(sample));
        this.scheduler = new PreviewScheduler(renderer, tasks);
        // the time shown runs until the scene has taken the new picture: its next pulse
        scheduler.onScreen(this::afterNextPulse);
        getStyleClass().add("preview-pane");

        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().bind(scheduler.imageProperty());
        StackPane holder = new StackPane(view);
        holder.setPadding(new Insets(8));
        holder.getStyleClass().add("preview-paper-area");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // the picture is always as wide as the pane
        scroll.setFitToHeight(true);
        // the picture as wide as the viewport less the holder's padding: the viewport narrows when the
        // vertical scroll bar appears, and a picture sized to the pane's width then scrolled sideways
        var shownWidth = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, Math.floor(scroll.getViewportBounds().getWidth() - holder.snappedLeftInset() - holder.snappedRightInset())),
                scroll.viewportBoundsProperty());
        view.fitWidthProperty().bind(shownWidth);
        // rasterise for the width shown (an A4 page is 595 pt wide), in eighth steps, at least 0.375 px/pt:
        // the image view shrinks a larger raster without smoothing it first, which garbled small text
        shownWidth.addListener((o, a, b) -> {
            double screen = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
            double wanted = Math.ceil(b.doubleValue() * screen / 595 * 8) / 8;
            scheduler.scaleProperty().set(Math.max(0.375, Math.min(3, wanted)));
        });
        setCenter(scroll);

        dataChoice.getSelectionModel().select(sample);
        Tooltips.set(dataChoice, texts.getString("editor.preview.data.tooltip"));
        // wider once there are attendees ("ABC12-1 Firstname Lastname" fits: a cut name hides who is shown),
        // at most 240 px, so that the pane can still be as narrow as its other controls need
        dataChoice.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(
                javafx.beans.binding.Bindings.size(dataChoice.getItems()).greaterThan(1))
                .then(ATTENDEE_CHOICE_WIDTH).otherwise(SAMPLE_CHOICE_WIDTH));
        dataChoice.valueProperty().addListener((o, a, b) -> showData(b));
        Button loadAttendees = new Button(texts.getString("editor.preview.attendees"));
        Tooltips.set(loadAttendees, texts.getString("editor.preview.attendees.tooltip"));
        loadAttendees.setOnAction(e -> loadAttendees());
        loadAttendees.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> repository.get() == null));

        Spinner<Integer> page = new Spinner<>(1, 99, 1);
        page.setPrefWidth(64);
        Tooltips.set(page, texts.getString("editor.preview.page"));
        page.valueProperty().addListener((o, a, b) -> scheduler.pageProperty().set(b));
        document.pageProperty().addListener((o, a, b) -> page.getValueFactory().setValue(b.intValue()));

        Button export = new Button(texts.getString("editor.preview.export"));
        export.setId("preview-export");
        export.setOnAction(e -> exportPdf());

        Label title = new Label(texts.getString("editor.preview.title"));
        title.getStyleClass().add("preview-title");
        javafx.scene.layout.HBox pageBox = new javafx.scene.layout.HBox(4, new Label(texts.getString("editor.preview.page")), page);
        pageBox.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(title, dataChoice, loadAttendees, pageBox, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        status.setText(describe(scheduler.statusProperty().get()));
        scheduler.statusProperty().addListener((o, a, b) -> status.setText(describe(b)));
        languageNote.addListener((o, a, b) -> status.setText(describe(scheduler.statusProperty().get())));
        status.setPadding(new Insets(2, 6, 2, 6));
        status.setId("preview-status");
        status.setWrapText(true); // a narrow pane wraps the line rather than cutting it
        status.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(status);
        scheduler.setDocument(document);
    }

    /** Adds a control after the tool bar's own (features such as "Compare with pretix" hook in here). */
    public void addTool(javafx.scene.Node tool) {
        bar.getChildren().add(tool);
    }

    private String describe(PreviewStatus s) {
        String state = switch (s.state()) {
            case RENDERING -> texts.getString("editor.preview.status.rendering");
            case SHOWN -> MessageFormat.format(texts.getString("editor.preview.status.shown"), s.millis());
            case UP_TO_DATE -> texts.getString("editor.preview.status.upToDate");
            case FAILED -> MessageFormat.format(texts.getString("editor.preview.status.failed"), s.problem());
        };
        return languageNote.get() == null ? state : state + " " + languageNote.get();
    }

    /**
     * Previews {@code chosen}: a real attendee in their order's language (asked of the server they
     * were loaded from, once per order), sample data as it is. When the language cannot be read, the
     * attendee is shown without it and the status line says so until another choice.
     */
    private void showData(AttendeeData chosen) {
        languageNote.set(null);
        LayoutRepository from = attendeesFrom;
        if (chosen == null || chosen.pdfData() == null || from == null) {
            scheduler.dataProperty().set(chosen == null ? null : chosen.pdfData());
            choiceShown.set(true);
            return;
        }
        choiceShown.set(false);
        tasks.run(texts.getString("editor.preview.attendees.languageTask"), () -> from.inOrderLanguage(chosen), withLanguage -> {
            if (dataChoice.getValue() == chosen) {
                scheduler.dataProperty().set(withLanguage.pdfData());
                choiceShown.set(true);
            }
        }, e -> {
            if (dataChoice.getValue() == chosen) {
                scheduler.dataProperty().set(chosen.pdfData());
                choiceShown.set(true);
                languageNote.set(MessageFormat.format(texts.getString("editor.preview.attendees.languageUnknown"),
                        new ErrorMessages(texts).explain(e).whatHappened()));
            }
        });
    }

    /** Runs {@code then} after the scene's next pulse (at once without a scene). */
    private void afterNextPulse(Runnable then) {
        Scene scene = getScene();
        if (scene == null) {
            then.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * The chosen attendee with the values the preview renders for them: in their order's language
     * once it is read (the comparison with pretix's own PDF uses these, not the values as loaded).
     */
    public AttendeeData shownAttendee() {
        AttendeeData chosen = dataChoice.getValue();
        JsonNode shown = scheduler.dataProperty().get();
        boolean theirs = choiceShown.get() && chosen != null && chosen.pdfData() != null && shown != null;
        return theirs ? new AttendeeData(chosen.label(), shown) : chosen;
    }

    /**
     * Whether the preview renders the chosen entry's values as they will stay: false while an
     * attendee's order language is being asked (a comparison with pretix waits for it).
     */
    public ReadOnlyBooleanProperty choiceShownProperty() {
        return choiceShown.getReadOnlyProperty();
    }

    /** The data choice: sample data and the attendees loaded. */
    public ComboBox<AttendeeData> dataChoice() {
        return dataChoice;
    }

    public PreviewScheduler scheduler() {
        return scheduler;
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
        ask.setTitle(texts.getString("editor.preview.attendees.title"));
        ask.setHeaderText(texts.getString("editor.preview.attendees.header"));
        ask.showAndWait().ifPresent(query -> loadAttendees(repo, query.trim()));
    }

    /** Fills the data choice with the attendees matching {@code query} (pretix's order position search). */
    public void loadAttendees(LayoutRepository repo, String query) {
        status.setText(texts.getString("editor.preview.attendees.loading"));
        tasks.run(texts.getString("editor.preview.attendees.task"), () -> repo.attendees(query), (List<AttendeeData> list) -> {
            attendeesFrom = repo;
            AttendeeData chosen = dataChoice.getValue();
            dataChoice.getItems().setAll(sample);
            dataChoice.getItems().addAll(list);
            // the first match is shown at once (the user searched for someone); else the choice stays
            dataChoice.setValue(!list.isEmpty() ? list.get(0)
                    : chosen != null && dataChoice.getItems().contains(chosen) ? chosen : sample);
            status.setText(list.isEmpty() ? texts.getString("editor.preview.attendees.none")
                    : MessageFormat.format(texts.getString("editor.preview.attendees.found"), list.size()));
        }, e -> status.setText(MessageFormat.format(texts.getString("editor.preview.attendees.failed"), e.getMessage())));
    }

    private void exportPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.getString("editor.preview.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.getString("dialog.filter.pdf"), "*.pdf"));
        chooser.setInitialFileName(MessageFormat.format(texts.getString("editor.preview.export.file"), document.nameProperty().get()));
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
        status.setText(texts.getString("editor.preview.export.running"));
        tasks.run(texts.getString("editor.preview.export.task"), () -> {
            Files.write(target, scheduler.renderer().render(snapshot, values, bg));
            return target;
        }, p -> status.setText(MessageFormat.format(texts.getString("editor.preview.export.done"), p.getFileName())),
                e -> status.setText(MessageFormat.format(texts.getString("editor.preview.export.failed"), e.getMessage())));
    }
}
