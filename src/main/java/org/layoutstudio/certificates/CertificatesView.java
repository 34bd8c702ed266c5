package org.layoutstudio.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * The certificate area of the main window: find an attendee, fetch their certificate of attendance
 * with visible progress (asking → being prepared, attempt n → ready) and Cancel, view it, save,
 * open or print it; or download the certificates of many attendees into a folder.
 *
 * <p>Everything slow runs through {@link BackgroundTasks}; the window only receives progress.
 */
public final class CertificatesView extends BorderPane {
    private final CertificateSource source;
    private final ViewerServices services;
    private final BackgroundTasks tasks;
    private final AttendeePicker picker;
    private final PdfViewer viewer = new PdfViewer();
    private final FetchStatus status = new FetchStatus(this::cancelFetch);
    private final Button fetchButton = new Button("Get certificate");
    private final Button batchSelected = new Button("Download selected…");
    private final Button batchShown = new Button("Download all shown…");
    private final Button save = new Button("Save…");
    private final Button open = new Button("Open in PDF viewer");
    private final Button print = new Button("Print…");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(this, "fetching");
    private Task<Shown> fetchTask;
    private CancelSignal fetchSignal;
    private CertificateFile shownFile;
    private BatchDownloadPane lastBatch;

    /** A fetched certificate and its open pages. */
    private record Shown(CertificateFile file, PdfPages pages) {
    }

    public CertificatesView(AttendeeDirectory directory, CertificateSource source, ViewerServices services) {
        this.source = source;
        this.services = services;
        this.tasks = services.tasks();
        this.picker = new AttendeePicker(directory, tasks);
        getStyleClass().add("certificates-view");
        setId("certificatesView");
        picker.setOnOpen(this::fetch);

        SplitPane split = new SplitPane(left(), right());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);
        setCenter(split);
        updateButtons();
        // Escape stops a fetch wherever the focus is in the view.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && fetching.get()) {
                cancelFetch();
                e.consume();
            }
        });
        picker.refresh();
    }

    /** Stops what runs and frees the shown document (the app calls this when the view goes away). */
    public void dispose() {
        cancelQuietly();
        fetching.set(false);
        viewer.clear();
        shownFile = null;
        if (lastBatch != null) {
            lastBatch.batch().close();
        }
    }

    /**
     * The view over a pretix connection: the app shell's usual way in.
     *
     * @param client   the client of the current connection (organizer and event chosen)
     * @param services {@link ViewerServices#desktop} in the app
     */
    public static CertificatesView forPretix(org.layoutstudio.pretix.PretixClient client, ViewerServices services) {
        return new CertificatesView(new PretixAttendees(client), new PretixCertificates(client), services);
    }

    private VBox left() {
        fetchButton.setId("fetchCertificate");
        fetchButton.setDefaultButton(false);
        fetchButton.setOnAction(e -> picker.selected().ifPresent(this::fetch));
        batchSelected.setId("batchSelected");
        batchSelected.setOnAction(e -> startBatch(picker.selectedAll()));
        batchShown.setId("batchShown");
        batchShown.setOnAction(e -> startBatch(picker.shown()));
        picker.table().getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Attendee>) c -> updateButtons());
        picker.table().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateButtons());
        picker.table().getItems().addListener((javafx.collections.ListChangeListener<Attendee>) c -> updateButtons());
        HBox actions = new HBox(6, fetchButton, batchSelected, batchShown);
        actions.setPadding(new Insets(0, 6, 6, 6));
        actions.setAlignment(Pos.CENTER_LEFT);
        for (var n : actions.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox.setVgrow(picker, Priority.ALWAYS);
        VBox box = new VBox(picker, actions);
        box.setMinWidth(320);
        return box;
    }

    private VBox right() {
        save.setId("saveCertificate");
        save.setOnAction(e -> saveShown());
        open.setId("openCertificate");
        open.setOnAction(e -> openShown());
        print.setId("printCertificate");
        print.setOnAction(e -> printShown());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        viewer.controlBar().getChildren().addAll(spacer, save, open, print);
        for (Button b : List.of(save, open, print)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setStyle("-fx-border-color: transparent transparent #ccc transparent;");
        VBox.setVgrow(viewer, Priority.ALWAYS);
        VBox box = new VBox(status, viewer);
        box.setMinWidth(360);
        return box;
    }

    /** Fetches and shows {@code attendee}'s certificate, cancelling a fetch that still runs. */
    public void fetch(Attendee attendee) {
        cancelQuietly();
        String who = attendee.displayName() + " (#" + attendee.positionId() + ")";
        CancelSignal signal = new CancelSignal();
        fetchSignal = signal;
        fetching.set(true);
        status.working(who, FetchProgress.asking());
        updateButtons();
        fetchTask = tasks.run("Fetch certificate", () -> {
            CertificateFile file = source.fetch(attendee.positionId(), p -> Platform.runLater(() -> {
                if (fetchSignal == signal && !signal.isCancelled()) {
                    status.working(who, p);
                }
            }), signal);
            if (signal.isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            return new Shown(file, services.pdf().open(file.pdf()));
        }, shown -> {
            if (fetchSignal != signal) {
                shown.pages().close();
                return;
            }
            fetching.set(false);
            shownFile = shown.file();
            viewer.show(shown.pages(), shown.file().fileName());
            int n = shown.pages().pageCount();
            status.idle("Ready: " + who + " – " + shown.file().fileName() + ", " + n + (n == 1 ? " page" : " pages"));
            updateButtons();
        }, error -> {
            if (fetchSignal != signal) {
                return;
            }
            fetching.set(false);
            if (CertificateErrors.isCancel(error)) {
                status.idle("Cancelled.");
            } else {
                status.error(who + ": " + CertificateErrors.message(error));
            }
            updateButtons();
        });
    }

    /** Stops the fetch that runs (the user's Cancel). */
    public void cancelFetch() {
        if (fetchSignal != null && fetching.get()) {
            cancelQuietly();
            fetching.set(false);
            status.idle("Cancelled. Choose an attendee to try again.");
            updateButtons();
        }
    }

    private void cancelQuietly() {
        if (fetchSignal != null) {
            fetchSignal.cancel();
        }
        if (fetchTask != null) {
            fetchTask.cancel(true);
        }
        fetchSignal = null;
        fetchTask = null;
    }

    private void saveShown() {
        CertificateFile file = shownFile;
        if (file == null) {
            return;
        }
        Path folder = services.lastFolder().get().orElse(null);
        services.dialogs().chooseSaveFile(window(), folder, file.fileName()).ifPresent(target -> {
            Path dest = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    ? target : target.resolveSibling(target.getFileName() + ".pdf");
            tasks.run("Save certificate", () -> Files.write(dest, file.pdf()), ok -> {
                if (dest.getParent() != null) {
                    services.lastFolder().set(dest.getParent());
                }
                status.idle("Saved to " + dest + ".");
            }, error -> status.error("The certificate could not be saved to " + dest + ": "
                    + (error.getMessage() == null ? "the disk refused it" : error.getMessage()) + "."));
        });
    }

    private void openShown() {
        CertificateFile file = shownFile;
        if (file == null) {
            return;
        }
        tasks.run("Open certificate", () -> {
            Path dir = Files.createTempDirectory("certificate-");
            Path f = Files.write(dir.resolve(file.fileName()), file.pdf());
            f.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return f;
        }, f -> {
            try {
                services.opener().open(f);
                status.idle("Opened " + file.fileName() + " in the system's PDF viewer.");
            } catch (Exception e) {
                status.error("The system's PDF viewer could not be started. Save the file and open it yourself.");
            }
        }, error -> status.error("The certificate could not be written to a temporary file."));
    }

    private void printShown() {
        if (viewer.document() == null) {
            return;
        }
        services.printer().print(window(), viewer.document(), viewer.fileName(), problem -> {
            if (problem != null) {
                status.error(problem);
            }
        });
    }

    private void startBatch(List<Attendee> attendees) {
        if (attendees.isEmpty()) {
            return;
        }
        Path folder = services.lastFolder().get().orElse(null);
        services.dialogs().chooseFolder(window(), folder).ifPresent(target -> {
            services.lastFolder().set(target);
            BatchDownloadPane pane = new BatchDownloadPane(source, target, attendees);
            lastBatch = pane;
            Stage stage = new Stage();
            stage.setTitle("Download certificates");
            if (window() != null) {
                stage.initOwner(window());
            }
            stage.initModality(Modality.NONE);
            stage.setScene(new Scene(pane, 900, 560));
            stage.setOnHidden(e -> pane.batch().close());
            stage.show();
            pane.start();
        });
    }

    private void updateButtons() {
        boolean one = picker.selected().isPresent();
        fetchButton.setDisable(!one);
        batchSelected.setDisable(picker.selectedAll().isEmpty());
        batchShown.setDisable(picker.shown().isEmpty());
        boolean shown = shownFile != null && viewer.document() != null;
        save.setDisable(!shown);
        open.setDisable(!shown);
        print.setDisable(!shown);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // --- for the app shell and tests ---

    public AttendeePicker picker() {
        return picker;
    }

    public PdfViewer viewer() {
        return viewer;
    }

    /** The status line's text: progress, "Ready: …", or the error sentence. */
    public String statusText() {
        return status.text();
    }

    /** The status line's text as it changes (tests and the app's status bar may listen). */
    public javafx.beans.property.ReadOnlyStringProperty statusTextProperty() {
        return status.textProperty();
    }

    /** True when the status line shows an error. */
    public boolean statusIsError() {
        return status.isError();
    }

    /** True while a fetch runs. */
    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    /** The certificate shown, if any. */
    public CertificateFile shownFile() {
        return shownFile;
    }

    /** The batch window opened last (null before the first batch). */
    public BatchDownloadPane lastBatch() {
        return lastBatch;
    }
}
