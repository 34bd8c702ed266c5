package org.layoutstudio.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layoutstudio.ui.ActionButtons;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorDialog;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.ErrorReport;

/**
 * The certificate area of the main window: find an attendee, fetch their certificate of attendance
 * with visible progress (asking → being prepared, attempt n → ready) and Cancel, view it, save,
 * open or print it; or download the certificates of many attendees into a folder.
 *
 * <p>Its commands are {@link CertificateActions} (menu, shortcuts and its buttons alike), its texts
 * come from the bundle in {@link ViewerServices}, its failures are explained by
 * {@link ErrorMessages}. Everything slow runs through {@link BackgroundTasks}.
 */
public final class CertificatesView extends BorderPane {
    /** {@code certificates.error.*} keys word failures of a certificate fetch ({@link ErrorMessages#about}). */
    static final String ERROR_TOPIC = "certificates";

    private final CertificateSource source;
    private final ViewerServices services;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ErrorMessages errors;
    private final CertificateActions actions;
    private final AttendeePicker picker;
    private final PdfViewer viewer;
    private final FetchStatus status;
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(this, "fetching");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final Map<ViewerCommand, ObservableBooleanValue> available = new EnumMap<>(ViewerCommand.class);
    private Task<Shown> fetchTask;
    private CancelSignal fetchSignal;
    private CertificateFile shownFile;
    private BatchDownloadPane lastBatch;

    /** A fetched certificate and its open pages. */
    private record Shown(CertificateFile file, PdfPages pages) {
    }

    /** A view with actions of its own (tests, or a window without the shell's menus). */
    public CertificatesView(AttendeeDirectory directory, CertificateSource source, ViewerServices services) {
        this(directory, source, services, new CertificateActions());
    }

    /** A view that the window's {@code actions} act on from now on. */
    public CertificatesView(AttendeeDirectory directory, CertificateSource source, ViewerServices services,
            CertificateActions actions) {
        this.source = source;
        this.services = services;
        this.tasks = services.tasks();
        this.texts = new Texts(services.texts());
        this.errors = new ErrorMessages(services.texts()).about(ERROR_TOPIC);
        this.actions = actions;
        this.picker = new AttendeePicker(directory, tasks, services.texts());
        this.viewer = new PdfViewer(services.texts());
        this.status = new FetchStatus(texts, button(ViewerCommand.CANCEL, true), this::showDetails);
        getStyleClass().add("certificates-view");
        setId("certificatesView");
        picker.setOnOpen(this::fetch);
        declareAvailability();

        SplitPane split = new SplitPane(left(), right());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.47);
        setCenter(split);
        // Escape stops a fetch wherever the focus is in the view (a key, not a menu accelerator).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && fetching.get()) {
                cancelFetch();
                e.consume();
            }
        });
        actions.attach(this);
        picker.refresh();
    }

    /**
     * The view over a pretix connection: the app shell's usual way in.
     *
     * @param client   the client of the current connection (organizer and event chosen)
     * @param services {@link ViewerServices#desktop} in the app
     * @param actions  the window's certificate actions
     */
    public static CertificatesView forPretix(org.layoutstudio.pretix.PretixClient client, ViewerServices services,
            CertificateActions actions) {
        return new CertificatesView(new PretixAttendees(client), new PretixCertificates(client), services, actions);
    }

    private void declareAvailability() {
        var selection = picker.table().getSelectionModel();
        ObservableBooleanValue document = viewer.pageCountProperty().greaterThan(0);
        available.put(ViewerCommand.FETCH, selection.selectedItemProperty().isNotNull());
        available.put(ViewerCommand.CANCEL, fetching);
        available.put(ViewerCommand.SAVE, shown);
        available.put(ViewerCommand.OPEN, shown);
        available.put(ViewerCommand.PRINT, shown);
        available.put(ViewerCommand.BATCH_SELECTED, Bindings.isNotEmpty(selection.getSelectedItems()));
        available.put(ViewerCommand.BATCH_SHOWN, Bindings.isNotEmpty(picker.table().getItems()));
        available.put(ViewerCommand.PREVIOUS_PAGE, viewer.currentPageProperty().greaterThan(1));
        available.put(ViewerCommand.NEXT_PAGE, viewer.currentPageProperty().lessThan(viewer.pageCountProperty()));
        for (ViewerCommand c : List.of(ViewerCommand.ZOOM_IN, ViewerCommand.ZOOM_OUT, ViewerCommand.FIT_WIDTH,
                ViewerCommand.FIT_PAGE)) {
            available.put(c, document);
        }
    }

    /** Whether {@code command} can run now (the actions follow this). */
    ObservableBooleanValue available(ViewerCommand command) {
        return available.get(command);
    }

    /** Runs {@code command} (the actions call this). */
    void run(ViewerCommand command) {
        switch (command) {
            case FETCH -> picker.selected().ifPresent(this::fetch);
            case CANCEL -> cancelFetch();
            case SAVE -> saveShown();
            case OPEN -> openShown();
            case PRINT -> printShown();
            case BATCH_SELECTED -> startBatch(picker.selectedAll());
            case BATCH_SHOWN -> startBatch(picker.shown());
            case PREVIOUS_PAGE -> viewer.previousPage();
            case NEXT_PAGE -> viewer.nextPage();
            case ZOOM_IN -> viewer.zoomIn();
            case ZOOM_OUT -> viewer.zoomOut();
            case FIT_WIDTH -> viewer.toggleFit(PdfViewer.Fit.WIDTH);
            case FIT_PAGE -> viewer.toggleFit(PdfViewer.Fit.PAGE);
        }
    }

    private ButtonBase button(ViewerCommand command, boolean withText) {
        return ActionButtons.button(actions.get(command), services.texts(), withText);
    }

    /** Stops what runs and frees the shown document (the app calls this when the view goes away). */
    public void dispose() {
        cancelQuietly();
        fetching.set(false);
        clearShown(texts.get("certificates.viewer.empty"));
        if (lastBatch != null) {
            lastBatch.batch().close();
        }
    }

    private VBox left() {
        // The buttons wrap onto a second line where the pane is narrow (German labels are long).
        FlowPane buttons = new FlowPane(6, 6, button(ViewerCommand.FETCH, true), button(ViewerCommand.BATCH_SELECTED, true),
                button(ViewerCommand.BATCH_SHOWN, true));
        buttons.setPadding(new Insets(0, 6, 6, 6));
        VBox.setVgrow(picker, Priority.ALWAYS);
        VBox box = new VBox(picker, buttons);
        box.setMinWidth(320);
        return box;
    }

    private VBox right() {
        ViewerToolBar toolBar = new ViewerToolBar(actions, viewer, texts);
        // In a low window the pages give way, never the status sentences or the buttons.
        status.setMinHeight(USE_PREF_SIZE);
        toolBar.setMinHeight(USE_PREF_SIZE);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        VBox box = new VBox(status, toolBar, viewer);
        box.setMinWidth(360);
        return box;
    }

    /** Fetches and shows {@code attendee}'s certificate, cancelling a fetch that still runs. */
    public void fetch(Attendee attendee) {
        cancelQuietly();
        String who = texts.format("certificates.who", attendee.displayName(), Long.toString(attendee.positionId()));
        CancelSignal signal = new CancelSignal();
        fetchSignal = signal;
        fetching.set(true);
        // Never the previous attendee's certificate next to this one's progress or failure.
        clearShown(texts.format("certificates.viewer.waiting", who));
        status.working(texts.format("certificates.status.working", who, FetchProgress.asking().describe(texts)));
        fetchTask = tasks.run("Fetch certificate", () -> {
            CertificateFile file = source.fetch(attendee.positionId(), p -> Platform.runLater(() -> {
                if (fetchSignal == signal && !signal.isCancelled()) {
                    status.working(texts.format("certificates.status.working", who, p.describe(texts)));
                }
            }), signal);
            if (signal.isCancelled()) {
                throw new CancellationException();
            }
            return new Shown(file, services.pdf().open(file.pdf()));
        }, result -> {
            if (fetchSignal != signal) {
                result.pages().close();
                return;
            }
            fetching.set(false);
            shownFile = result.file();
            viewer.show(result.pages(), result.file().fileName());
            shown.set(true);
            status.idle(texts.format("certificates.status.ready", who, result.file().fileName(), result.pages().pageCount()));
        }, error -> {
            if (fetchSignal != signal) {
                return;
            }
            fetching.set(false);
            if (ErrorMessages.isCancel(error)) {
                status.idle(texts.get("certificates.status.cancelled"));
                clearShown(texts.get("certificates.viewer.cancelled"));
            } else {
                ErrorReport report = errors.explain(error);
                status.error(texts.format("certificates.status.failed", who, report.whatHappened()), report);
                clearShown(texts.format("certificates.viewer.failed", report.title()));
            }
        });
    }

    /** Stops the fetch that runs (the user's Cancel). */
    public void cancelFetch() {
        if (fetchSignal != null && fetching.get()) {
            cancelQuietly();
            fetching.set(false);
            status.idle(texts.get("certificates.status.cancelled"));
            clearShown(texts.get("certificates.viewer.cancelled"));
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

    /** No certificate shown any more, and the empty viewer says {@code why}; Save, Open and Print go off. */
    private void clearShown(String why) {
        shownFile = null;
        shown.set(false);
        viewer.clear(why);
    }

    private void saveShown() {
        CertificateFile file = shownFile;
        if (file == null) {
            return;
        }
        Path folder = services.lastFolder().get().orElse(null);
        services.dialogs().chooseSaveFile(window(), folder, file.fileName()).ifPresent(target -> {
            Path dest = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                    ? target : target.resolveSibling(target.getFileName() + ".pdf");
            tasks.run("Save certificate", () -> Files.write(dest, file.pdf()), ok -> {
                if (dest.getParent() != null) {
                    services.lastFolder().set(dest.getParent());
                }
                status.idle(texts.format("certificates.status.saved", dest.toString()));
            }, error -> failed("certificates.status.saveFailed", error));
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
                status.idle(texts.format("certificates.status.opened", file.fileName()));
            } catch (Exception e) {
                failed("certificates.status.openFailed", e);
            }
        }, error -> failed("certificates.status.openFailed", error));
    }

    private void printShown() {
        if (viewer.document() == null) {
            return;
        }
        String name = viewer.fileName();
        services.printer().print(window(), viewer.document(), name, outcome -> {
            switch (outcome) {
                case PRINTED -> status.idle(texts.format("certificates.status.printed", name));
                case NO_PRINTER -> status.idle(texts.get("certificates.status.noPrinter"));
                case CANCELLED -> { }
            }
        }, error -> failed("certificates.status.printFailed", error));
    }

    private void failed(String key, Throwable error) {
        ErrorReport report = new ErrorMessages(services.texts()).explain(error);
        status.error(texts.format(key, report.whatHappened()), report);
    }

    private void showDetails(ErrorReport report) {
        new ErrorDialog(services.texts()).show(window(), report);
    }

    private void startBatch(List<Attendee> attendees) {
        if (attendees.isEmpty()) {
            return;
        }
        Path folder = services.lastFolder().get().orElse(null);
        services.dialogs().chooseFolder(window(), folder).ifPresent(target -> {
            services.lastFolder().set(target);
            BatchDownloadPane pane = new BatchDownloadPane(source, target, attendees, services.texts());
            lastBatch = pane;
            pane.openWindow(window());
            pane.start();
        });
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

    /** The status line's text: progress, "Ready: …", or what went wrong. */
    public String statusText() {
        return status.text();
    }

    /** After a failure, what the user can do about it ("" otherwise). */
    public String statusHint() {
        return status.hint();
    }

    /** The status line's text as it changes (tests and the app's status bar may listen). */
    public ReadOnlyStringProperty statusTextProperty() {
        return status.textProperty();
    }

    /** True when the status line shows a failure. */
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
