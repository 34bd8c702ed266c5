package org.layoutstudio.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.layoutstudio.editor.document.Documents;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.document.NewLayoutDialog;
import org.layoutstudio.editor.document.OpenFromServerDialog;
import org.layoutstudio.editor.document.PageFormat;
import org.layoutstudio.editor.document.RepositoryException;
import org.layoutstudio.editor.inspector.InspectorPane;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.UndoHistory;
import org.layoutstudio.editor.preview.PreviewPane;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.JournalKeeper;
import org.layoutstudio.editor.save.JournalRestore;
import org.layoutstudio.editor.save.SaveController;
import org.layoutstudio.editor.save.SaveDialogs;
import org.layoutstudio.editor.save.SaveMode;
import org.layoutstudio.editor.source.SourceDialog;

/**
 * The editor's workspace: documents in tabs (title = name, "•" when modified), each with canvas,
 * inspector and live preview; opening (file, pretix's default, empty page, the connected event),
 * saving (file, pretix), the JSON source view, undo/redo, the unsaved-changes guard and the crash
 * journal. The app shell puts it in its window and drives it from its menus ({@link WorkspaceActions}).
 */
public final class EditorWorkspace extends BorderPane {
    private final WorkspaceServices services;
    private final TabPane tabs = new TabPane();
    private final ObjectProperty<LayoutRepository> repository = new SimpleObjectProperty<>(this, "repository");
    private final ObjectProperty<EventContext> eventContext = new SimpleObjectProperty<>(this, "eventContext", EventContext.NONE);
    private final ReadOnlyObjectWrapper<DocumentView> currentView = new ReadOnlyObjectWrapper<>(this, "currentView");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final IntegerProperty historyVersion = new SimpleIntegerProperty();
    private final Runnable historyListener = () -> historyVersion.set(historyVersion.get() + 1);
    private final SaveDialogs dialogs = new SaveDialogs(this::window);
    private final SaveController saver;
    private final JournalKeeper journal;
    private UndoHistory watched;

    public EditorWorkspace(WorkspaceServices services) {
        this.services = services;
        this.saver = new SaveController(services.tasks(), services.checks(), repository::get, dialogs);
        this.journal = services.journal() == null ? null : new JournalKeeper(services.journal(), services.tasks());
        getStyleClass().add("editor-workspace");
        tabs.setId("document-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Label empty = new Label("Open a layout from pretix or a file, or start a new one (File menu).");
        empty.setStyle("-fx-opacity: 0.75;");
        StackPane placeholder = new StackPane(empty);
        centerProperty().bind(Bindings.when(Bindings.isEmpty(tabs.getTabs())).then((Node) placeholder).otherwise(tabs));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            currentView.set(b == null ? null : (DocumentView) b.getContent());
            if (watched != null) {
                watched.removeListener(historyListener);
            }
            watched = b == null ? null : currentView.get().document().history();
            if (watched != null) {
                watched.addListener(historyListener);
            }
            historyListener.run();
        });
        repository.addListener((o, a, b) -> loadEventContext(b));
    }

    // ----- properties for the shell -----

    /** The connected event's layouts; null when not connected (then server actions are disabled). */
    public ObjectProperty<LayoutRepository> repositoryProperty() {
        return repository;
    }

    /** Languages, questions and meta properties of the connected event (empty when not connected). */
    public ReadOnlyObjectProperty<EventContext> eventContextProperty() {
        return eventContext;
    }

    public ReadOnlyObjectProperty<DocumentView> currentViewProperty() {
        return currentView.getReadOnlyProperty();
    }

    public EditorDocument currentDocument() {
        return currentView.get() == null ? null : currentView.get().document();
    }

    /** A sentence about the last thing that happened ("Saved “Badge” to pretix."), for a status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public List<DocumentView> views() {
        List<DocumentView> out = new ArrayList<>();
        tabs.getTabs().forEach(t -> out.add((DocumentView) t.getContent()));
        return out;
    }

    public TabPane tabPane() {
        return tabs;
    }

    public SaveController saveController() {
        return saver;
    }

    public BooleanBinding hasDocumentBinding() {
        return currentView.isNotNull();
    }

    public BooleanBinding canUndoBinding() {
        return Bindings.createBooleanBinding(() -> currentDocument() != null && currentDocument().history().canUndo(),
                historyVersion, currentView);
    }

    public BooleanBinding canRedoBinding() {
        return Bindings.createBooleanBinding(() -> currentDocument() != null && currentDocument().history().canRedo(),
                historyVersion, currentView);
    }

    /** "Undo Change font size" or "Undo". */
    public StringBinding undoTextBinding() {
        return Bindings.createStringBinding(() -> {
            String d = currentDocument() == null ? null : currentDocument().history().undoDescription();
            return d == null ? "Undo" : "Undo " + d;
        }, historyVersion, currentView);
    }

    public StringBinding redoTextBinding() {
        return Bindings.createStringBinding(() -> {
            String d = currentDocument() == null ? null : currentDocument().history().redoDescription();
            return d == null ? "Redo" : "Redo " + d;
        }, historyVersion, currentView);
    }

    // ----- opening -----

    /** Adds a document as a new tab and selects it. */
    public DocumentView open(EditorDocument doc) {
        Node canvas = services.canvasFactory() != null ? services.canvasFactory().apply(doc) : new CanvasPlaceholder(doc);
        InspectorPane inspector = new InspectorPane(doc, eventContext::get, services.fonts(), services.tasks());
        PreviewPane preview = new PreviewPane(doc, services.renderer(), services.tasks(), repository::get);
        DocumentView view = new DocumentView(doc, canvas, inspector, preview);
        if (canvas instanceof CanvasPane pane) {
            // the canvas shows the same data as the preview: samples or the chosen attendee
            preview.scheduler().dataProperty().addListener((o, a, b) -> pane.canvas().setTicketValues(
                    b == null ? org.layoutstudio.render.TicketValues.sample() : org.layoutstudio.render.TicketValues.fromPdfData(b)));
        }
        Tab tab = new Tab();
        tab.setContent(view);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> doc.nameProperty().get() + (doc.isModified() ? " •" : ""), doc.nameProperty(), doc.modifiedProperty()));
        tab.setOnCloseRequest(e -> {
            e.consume();
            requestClose(view, closed -> { });
        });
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        if (journal != null) {
            journal.track(doc);
        }
        return view;
    }

    /** pretix's default ticket layout with its A4 background. */
    public DocumentView newDefaultTicket() {
        return open(Documents.defaultTicket());
    }

    public DocumentView newEmptyPage(PageFormat format) {
        return open(Documents.emptyPage(format));
    }

    /** The "New layout" dialog (default ticket or empty page of a size). */
    public void newDocument() {
        NewLayoutDialog.show(window(), this::open);
    }

    /** Asks for a layout file and opens it. */
    public void openFile() {
        FileChooser chooser = layoutChooser("Open layout");
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a layout file off the FX thread; a broken file is reported as a sentence. */
    public void openFile(Path file) {
        for (DocumentView v : views()) {
            if (file.toAbsolutePath().equals(v.document().fileProperty().get() == null ? null
                    : v.document().fileProperty().get().toAbsolutePath())) {
                select(v);
                return;
            }
        }
        services.tasks().run("Open " + file.getFileName(), () -> Documents.openFile(file), doc -> {
            open(doc);
            status.set("Opened " + file.getFileName() + ".");
        }, e -> dialogs.showError("The layout could not be opened.", e.getMessage()));
    }

    /** The list of the connected event's layouts. */
    public void openFromServer() {
        LayoutRepository repo = repository.get();
        if (repo == null) {
            dialogs.showError("Not connected.", "Connect to a pretix event first.");
            return;
        }
        OpenFromServerDialog.show(window(), repo, services.tasks(), doc -> {
            open(doc);
            status.set("Opened “" + doc.nameProperty().get() + "” from pretix.");
        }, why -> dialogs.showError("The layout could not be opened.", why));
    }

    /** Opens one layout of the connected event by id (e.g. from the command line or a link). */
    public void openFromServer(long layoutId, Consumer<DocumentView> opened) {
        LayoutRepository repo = repository.get();
        if (repo == null) {
            dialogs.showError("Not connected.", "Connect to a pretix event first.");
            return;
        }
        OpenFromServerDialog.open(repo, services.tasks(), layoutId, doc -> opened.accept(open(doc)),
                why -> dialogs.showError("The layout could not be opened.", why));
    }

    // ----- saving -----

    /** Save: to pretix when the document came from there, else to its file, else asks for a file. */
    public void save() {
        EditorDocument doc = currentDocument();
        if (doc != null) {
            save(doc, ok -> { });
        }
    }

    public void save(EditorDocument doc, Consumer<Boolean> done) {
        Consumer<Boolean> reported = ok -> {
            if (ok) {
                status.set("Saved “" + doc.nameProperty().get() + "”.");
            }
            done.accept(ok);
        };
        if (Documents.origin(doc) != null && repository.get() != null) {
            saver.saveToServer(doc, SaveMode.UPDATE, reported);
        } else if (doc.fileProperty().get() != null) {
            saver.saveToFile(doc, doc.fileProperty().get(), reported);
        } else {
            saveAs(doc, reported);
        }
    }

    /** Save as a file. */
    public void saveAs() {
        EditorDocument doc = currentDocument();
        if (doc != null) {
            saveAs(doc, ok -> { });
        }
    }

    private void saveAs(EditorDocument doc, Consumer<Boolean> done) {
        FileChooser chooser = layoutChooser("Save layout as");
        chooser.setInitialFileName(doc.nameProperty().get() + ".json");
        File f = chooser.showSaveDialog(window());
        if (f == null) {
            done.accept(false);
            return;
        }
        saver.saveToFile(doc, f.toPath(), done);
    }

    /** Save to the connected event: UPDATE (PATCH what changed), REPLACE (PUT) or CREATE (POST, "Save as new"). */
    public void saveToServer(SaveMode mode) {
        EditorDocument doc = currentDocument();
        if (doc != null) {
            saver.saveToServer(doc, mode, ok -> {
                if (ok) {
                    status.set("Saved “" + doc.nameProperty().get() + "” to pretix.");
                }
            });
        }
    }

    // ----- editing -----

    public void undo() {
        if (currentDocument() != null) {
            currentDocument().history().undo();
        }
    }

    public void redo() {
        if (currentDocument() != null) {
            currentDocument().history().redo();
        }
    }

    /** The JSON source view of the current document. */
    public void showSource() {
        if (currentDocument() != null) {
            SourceDialog.show(window(), currentDocument(), services.checks(), services.tasks());
        }
    }

    // ----- closing -----

    /** Closes the current tab (asking to save a modified document). */
    public void closeCurrent() {
        if (currentView.get() != null) {
            requestClose(currentView.get(), closed -> { });
        }
    }

    /** Closes a tab; a modified document asks Save / Don't save / Cancel. {@code closed} says whether it closed. */
    public void requestClose(DocumentView view, Consumer<Boolean> closed) {
        EditorDocument doc = view.document();
        if (!doc.isModified()) {
            remove(view);
            closed.accept(true);
            return;
        }
        select(view);
        dialogs.askUnsaved(doc.nameProperty().get(), choice -> {
            switch (choice) {
                case SAVE -> save(doc, ok -> {
                    if (ok) {
                        remove(view);
                    }
                    closed.accept(ok);
                });
                case DISCARD -> {
                    remove(view);
                    closed.accept(true);
                }
                default -> closed.accept(false);
            }
        });
    }

    /**
     * Closes every tab, one by one with the unsaved-changes question; {@code allClosed} gets true
     * when all are closed (each closed document's journal entry is gone), false when the user cancelled.
     */
    public void requestCloseAll(Consumer<Boolean> allClosed) {
        List<DocumentView> left = views();
        if (left.isEmpty()) {
            allClosed.accept(true);
            return;
        }
        requestClose(left.get(0), ok -> {
            if (ok) {
                requestCloseAll(allClosed);
            } else {
                allClosed.accept(false);
            }
        });
    }

    /** True when some open document has changes that are not saved (for a synchronous close check). */
    public boolean hasUnsavedChanges() {
        return views().stream().anyMatch(v -> v.document().isModified());
    }

    /**
     * For the app's window close: closes every tab (Save / Don't save / Cancel for modified ones);
     * when all closed, the journal stops and is left empty (a clean exit) and {@code exit} gets true.
     * Consume the window's close request and close the window when {@code exit} says true.
     */
    public void requestExit(Consumer<Boolean> exit) {
        requestCloseAll(ok -> {
            if (ok && journal != null) {
                journal.stop(true);
            }
            exit.accept(ok);
        });
    }

    private void remove(DocumentView view) {
        tabs.getTabs().removeIf(t -> t.getContent() == view);
        view.preview().scheduler().setDocument(null);
        if (view.canvas() instanceof CanvasPane pane) {
            pane.canvas().dispose();
        }
        if (journal != null) {
            journal.untrack(view.document());
        }
    }

    private void select(DocumentView view) {
        tabs.getTabs().stream().filter(t -> t.getContent() == view).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Makes a PDF file the current document's background (drag and drop, File → Set background). */
    public void setBackgroundPdf(Path pdf) {
        EditorDocument doc = currentDocument();
        if (doc == null) {
            return;
        }
        services.tasks().run("Read background", () -> {
            if (java.nio.file.Files.size(pdf) > org.layoutstudio.editor.document.PdfPages.MAX_BACKGROUND_BYTES) {
                throw new java.io.IOException("The file is larger than the 10 MB pretix accepts.");
            }
            byte[] bytes = org.layoutstudio.render.raster.Pdfs.read(pdf);
            org.layoutstudio.editor.document.PdfPages.info(bytes);
            return bytes;
        }, bytes -> {
            doc.replaceBackground(bytes);
            status.set("New background: " + pdf.getFileName() + ".");
        }, e -> dialogs.showError("This background cannot be used.", e.getMessage()));
    }

    // ----- crash journal -----

    /** Documents a previous run left unsaved (crash or kill). */
    public List<CrashJournal.Entry> recoverable() {
        return services.journal() == null ? List.of() : services.journal().recoverable();
    }

    /** Reopens a journalled document as modified, and forgets the old entry (the new tab journals anew). */
    public DocumentView restore(CrashJournal.Entry entry) throws org.layoutstudio.layout.LayoutFormatException {
        DocumentView v = open(JournalRestore.restore(entry));
        services.journal().forget(entry);
        status.set("Restored “" + entry.name() + "”.");
        return v;
    }

    /** Asks whether to restore what the last run left unsaved (call once after start). */
    public void offerRecovery() {
        List<CrashJournal.Entry> entries = recoverable();
        if (!entries.isEmpty()) {
            RecoveryDialog.show(window(), entries, this::restoreQuietly, services.journal()::forget);
        }
    }

    private void restoreQuietly(CrashJournal.Entry e) {
        try {
            restore(e);
        } catch (org.layoutstudio.layout.LayoutFormatException ex) {
            dialogs.showError("“" + e.name() + "” could not be restored.", ex.getMessage());
        }
    }

    /** Writes the journal now (e.g. before a risky operation). */
    public void flushJournal() {
        if (journal != null) {
            journal.flushAll();
        }
    }

    // ----- helpers -----

    private void loadEventContext(LayoutRepository repo) {
        if (repo == null) {
            eventContext.set(EventContext.NONE);
            return;
        }
        services.tasks().run("Load event details", repo::eventContext, eventContext::set,
                e -> status.set("Event details could not be loaded: "
                        + (e instanceof RepositoryException r ? r.userMessage() : e.getMessage())));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static FileChooser layoutChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("pretix layout (JSON)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
