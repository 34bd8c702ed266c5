package org.layoutstudio.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.layoutstudio.editor.document.Connections;
import org.layoutstudio.editor.document.Documents;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.document.NewLayoutDialog;
import org.layoutstudio.editor.document.OpenFromServerDialog;
import org.layoutstudio.editor.document.PageFormat;
import org.layoutstudio.editor.inspector.InspectorPane;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.editor.preview.PreviewPane;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.JournalKeeper;
import org.layoutstudio.editor.save.JournalRestore;
import org.layoutstudio.editor.save.SaveController;
import org.layoutstudio.editor.save.SaveDialogs;
import org.layoutstudio.editor.save.SaveMode;
import org.layoutstudio.editor.source.SourceDialog;

/**
 * The editor's workspace: documents in tabs (title = name, "•" when modified, a badge naming the
 * pretix event a layout belongs to), each with canvas, inspector and live preview; opening (file,
 * pretix's default, empty page, a pretix event), saving (file, or the event the document came from),
 * the JSON source view, undo/redo, the unsaved-changes guard and the crash journal. The app shell puts
 * it in its window, hands it its connections and drives it from the actions table, to which the
 * workspace contributes its {@link WorkspaceActions}. The panes of its tabs share the window as its
 * {@link EditorPanes} say; the preview can live in a window of its own.
 */
public final class EditorWorkspace extends BorderPane {
    private final WorkspaceServices services;
    private final TabPane tabs = new TabPane();
    private final Connections connections = new Connections();
    private final Map<EventAddress, EventContext> eventContexts = new HashMap<>();
    private final ReadOnlyObjectWrapper<EventContext> eventContext = new ReadOnlyObjectWrapper<>(this, "eventContext", EventContext.NONE);
    private final ReadOnlyObjectWrapper<DocumentView> currentView = new ReadOnlyObjectWrapper<>(this, "currentView");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** The current document's history revision (0 without a document): the undo/redo bindings follow it. */
    private final ObservableValue<Number> currentRevision;
    /** Layouts being fetched, so that a second request for the same one does not open a second tab. */
    private final Set<String> opening = new HashSet<>();
    private final SaveDialogs dialogs;
    private final SaveController saver;
    private final JournalKeeper journal;
    private final WorkspaceActions actions;
    private final EditorPanes panes = new EditorPanes();
    private final PreviewWindow previewWindow;

    /** A workspace with actions of its own (tests; the app hands in the ones it gave the shell). */
    public EditorWorkspace(WorkspaceServices services) {
        this(services, new WorkspaceActions(services.texts()));
    }

    /** A workspace driven by {@code actions} (made before, for the shell's actions table). */
    public EditorWorkspace(WorkspaceServices services, WorkspaceActions actions) {
        this.services = services;
        this.actions = actions;
        this.dialogs = new SaveDialogs(this::window, services.texts());
        this.saver = new SaveController(services.tasks(), services.checks(), connections, dialogs, this::saveAs);
        this.journal = services.journal() == null ? null : new JournalKeeper(services.journal(), services.tasks());
        getStyleClass().add("editor-workspace");
        tabs.setId("document-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Label empty = new Label(text("editor.workspace.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane placeholder = new StackPane(empty);
        centerProperty().bind(Bindings.when(Bindings.isEmpty(tabs.getTabs())).then((Node) placeholder).otherwise(tabs));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                currentView.set(b == null ? null : (DocumentView) b.getContent()));
        currentRevision = currentView.flatMap(v -> v.document().revisionProperty()).orElse(0L);
        connections.activeProperty().addListener((o, a, b) -> loadEventContext(b));
        previewWindow = new PreviewWindow(services.texts(), panes, () -> panes.previewWindowedProperty().set(false));
        panes.previewShownProperty().addListener(o -> arrangePreviews());
        panes.previewWindowedProperty().addListener(o -> arrangePreviews());
        currentView.addListener(o -> arrangePreviews());
        actions.attach(this);
    }

    // ----- properties for the shell -----

    /** The editor's entries of the actions table (menus, toolbar, tool strips, shortcuts). */
    public WorkspaceActions actions() {
        return actions;
    }

    /** How the panes of the tabs share the window (the app remembers it). */
    public EditorPanes panes() {
        return panes;
    }

    /**
     * The pretix events this session can reach: the shell activates the current connection's; documents
     * are saved to their own event's, whatever is active.
     */
    public Connections connections() {
        return connections;
    }

    /** The active connection's event; null when not connected (then "open from" / "save as new" are disabled). */
    public ReadOnlyObjectProperty<LayoutRepository> repositoryProperty() {
        return connections.activeProperty();
    }

    /** Languages, questions and meta properties of the active connection's event (empty when not connected). */
    public ReadOnlyObjectProperty<EventContext> eventContextProperty() {
        return eventContext.getReadOnlyProperty();
    }

    /** The texts of the bundle this workspace shows. */
    public String text(String key, Object... args) {
        return dialogs.text(key, args);
    }

    public ReadOnlyObjectProperty<DocumentView> currentViewProperty() {
        return currentView.getReadOnlyProperty();
    }

    public EditorDocument currentDocument() {
        return currentView.get() == null ? null : currentView.get().document();
    }

    /**
     * A sentence about the last thing that happened ("Saved “Badge” to pretix."), for a status bar.
     * Each report changes it, also the same sentence again (it passes through "" on the way).
     */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void report(String sentence) {
        status.set("");
        status.set(sentence);
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

    /** True when the current document belongs to a pretix event (Replace on pretix is possible). */
    public BooleanBinding hasServerDocumentBinding() {
        return ofCurrentDocument(d -> d.serverOrigin() != null);
    }

    public BooleanBinding canUndoBinding() {
        return ofCurrentDocument(d -> d.history().canUndo());
    }

    public BooleanBinding canRedoBinding() {
        return ofCurrentDocument(d -> d.history().canRedo());
    }

    /** "Undo Change font size" or "Undo". */
    public StringBinding undoTextBinding() {
        return Bindings.createStringBinding(() -> {
            String d = historyStep(h -> h.undoDescription());
            return d == null ? text("editor.undo") : text("editor.undoStep", d);
        }, currentRevision, currentView);
    }

    public StringBinding redoTextBinding() {
        return Bindings.createStringBinding(() -> {
            String d = historyStep(h -> h.redoDescription());
            return d == null ? text("editor.redo") : text("editor.redoStep", d);
        }, currentRevision, currentView);
    }

    /**
     * A fact about the current document that follows its history. The revision is read each time:
     * a lazy value that is never read stops telling of its changes after the first one.
     */
    private BooleanBinding ofCurrentDocument(java.util.function.Predicate<EditorDocument> fact) {
        return Bindings.createBooleanBinding(() -> {
            currentRevision.getValue();
            EditorDocument d = currentDocument();
            return d != null && fact.test(d);
        }, currentRevision, currentView);
    }

    private String historyStep(java.util.function.Function<org.layoutstudio.editor.model.UndoHistory, String> step) {
        currentRevision.getValue(); // read, so that it keeps telling (see ofCurrentDocument)
        EditorDocument d = currentDocument();
        return d == null ? null : step.apply(d.history());
    }

    // ----- opening -----

    /** Adds a document as a new tab and selects it. */
    public DocumentView open(EditorDocument doc) {
        Node canvas = services.canvasFactory() != null ? services.canvasFactory().canvas(doc, actions)
                : new CanvasPlaceholder(doc, services.texts());
        InspectorPane inspector = new InspectorPane(doc, () -> eventContextOf(doc), services.fonts(), services.tasks(), services.texts());
        PreviewPane preview = new PreviewPane(doc, services.renderer(), services.tasks(), () -> connections.forDocument(doc),
                services.texts().bundle());
        DocumentView view = new DocumentView(doc, canvas, inspector, preview, panes);
        if (canvas instanceof CanvasPane pane) {
            // the canvas shows the same data as the preview: samples or the chosen attendee
            preview.scheduler().dataProperty().addListener((o, a, b) -> pane.canvas().setTicketValues(
                    b == null ? org.layoutstudio.render.TicketValues.sample() : org.layoutstudio.render.TicketValues.fromPdfData(b)));
        }
        Tab tab = new Tab();
        tab.setContent(view);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> doc.nameProperty().get() + (doc.isModified() ? " •" : ""), doc.nameProperty(), doc.modifiedProperty()));
        showWhereItBelongs(tab, doc);
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

    /** The fonts the renderer knows changed: every tab's canvas and preview draw their texts again. */
    public void fontsChanged() {
        for (DocumentView v : views()) {
            if (v.canvas() instanceof CanvasPane pane) {
                pane.canvas().fontsChanged();
            }
            v.preview().scheduler().refresh();
        }
    }

    /** pretix's default ticket layout with its A4 background. */
    public DocumentView newDefaultTicket() {
        return open(Documents.defaultTicket(services.texts()));
    }

    public DocumentView newEmptyPage(PageFormat format) {
        return open(Documents.emptyPage(format, services.texts()));
    }

    /** The "New layout" dialog (default ticket or empty page of a size). */
    public void newDocument() {
        NewLayoutDialog.show(window(), services.texts(), this::open);
    }

    /** Asks for a layout file and opens it. */
    public void openFile() {
        FileChooser chooser = layoutChooser(text("editor.chooser.openTitle"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a layout file off the FX thread (or shows its tab when it is open); a broken file is explained. */
    public void openFile(Path file) {
        for (DocumentView v : views()) {
            if (file.toAbsolutePath().equals(v.document().fileProperty().get() == null ? null
                    : v.document().fileProperty().get().toAbsolutePath())) {
                select(v);
                return;
            }
        }
        services.tasks().run(text("editor.task.openFile", file.getFileName()), () -> Documents.openFile(file), doc -> {
            open(doc);
            report(text("editor.status.opened", file.getFileName()));
        }, e -> dialogs.showFailure("editor.open.failed", e));
    }

    /** The list of the active connection's layouts; the chosen one opens (or its tab shows). */
    public void openFromServer() {
        LayoutRepository repo = connections.active();
        if (repo == null) {
            dialogs.showNotConnected();
            return;
        }
        OpenFromServerDialog.show(window(), repo, dialogs.where(repo.address()), services.tasks(), services.texts(),
                chosen -> openFromServer(repo, chosen.id(), v -> { }));
    }

    /** Opens one layout of the active connection's event by id (or shows its tab when it is open). */
    public void openFromServer(long layoutId, Consumer<DocumentView> opened) {
        LayoutRepository repo = connections.active();
        if (repo == null) {
            dialogs.showNotConnected();
            return;
        }
        openFromServer(repo, layoutId, opened);
    }

    /**
     * Opens layout {@code layoutId} of {@code repo}'s event. A layout that is open already is shown,
     * not opened twice; a request while the same layout is being fetched is ignored.
     */
    public void openFromServer(LayoutRepository repo, long layoutId, Consumer<DocumentView> opened) {
        DocumentView shown = viewOf(repo.address(), layoutId);
        if (shown != null) {
            select(shown);
            opened.accept(shown);
            return;
        }
        String key = repo.address() + "#" + layoutId;
        if (!opening.add(key)) {
            return;
        }
        services.tasks().run(text("editor.task.openLayout"), () -> repo.fetch(layoutId), fetched -> {
            opening.remove(key);
            openFetched(repo, fetched, opened);
        }, e -> {
            opening.remove(key);
            dialogs.showFailure("editor.open.failed", e);
        });
    }

    /**
     * Opens a layout of {@code repo}'s event that was fetched already (or shows its tab when it is
     * open by now).
     */
    public void openFetched(LayoutRepository repo, LayoutRepository.Fetched fetched, Consumer<DocumentView> opened) {
        Long id = fetched.layout().id();
        DocumentView shown = id == null ? null : viewOf(repo.address(), id);
        if (shown != null) {
            select(shown);
            opened.accept(shown);
            return;
        }
        try {
            DocumentView v = open(Documents.fromServer(repo, fetched, dialogs::explain));
            report(text("editor.status.openedFromPretix", v.document().nameProperty().get()));
            opened.accept(v);
        } catch (org.layoutstudio.layout.LayoutFormatException ex) {
            dialogs.showFailure("editor.open.failed", ex);
        }
    }

    /** The tab of layout {@code layoutId} of {@code event}, or null. */
    private DocumentView viewOf(EventAddress event, long layoutId) {
        for (DocumentView v : views()) {
            ServerOrigin o = v.document().serverOrigin();
            if (o != null && o.event().equals(event) && o.layoutId() == layoutId) {
                return v;
            }
        }
        return null;
    }

    // ----- saving -----

    /** Save: to the pretix event the document belongs to, else to its file, else asks for a file. */
    public void save() {
        EditorDocument doc = currentDocument();
        if (doc != null) {
            save(doc, ok -> { });
        }
    }

    public void save(EditorDocument doc, Consumer<Boolean> done) {
        Consumer<Boolean> reported = ok -> {
            if (ok) {
                reportSaved(doc);
            }
            done.accept(ok);
        };
        if (doc.serverOrigin() != null) {
            saver.saveToOrigin(doc, SaveMode.UPDATE, reported);
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
            saveAs(doc, ok -> {
                if (ok) {
                    report(text("editor.status.saved", doc.nameProperty().get()));
                }
            });
        }
    }

    /** "Saved “Badge”." or "Saved “Badge” to {event}.": the confirmation a user sees. */
    private void reportSaved(EditorDocument doc) {
        report(doc.serverOrigin() != null
                ? text("editor.status.savedTo", doc.nameProperty().get(), dialogs.where(doc.serverOrigin().event()))
                : text("editor.status.saved", doc.nameProperty().get()));
    }

    private void saveAs(EditorDocument doc, Consumer<Boolean> done) {
        FileChooser chooser = layoutChooser(text("editor.chooser.saveTitle"));
        chooser.setInitialFileName(doc.nameProperty().get() + ".json");
        File f = chooser.showSaveDialog(window());
        if (f == null) {
            done.accept(false);
            return;
        }
        saver.saveToFile(doc, f.toPath(), done);
    }

    /**
     * Save to pretix: {@link SaveMode#CREATE} posts a new layout into the active connection's event;
     * UPDATE (PATCH what changed) and REPLACE (PUT) go to the event the document belongs to.
     */
    public void saveToServer(SaveMode mode) {
        EditorDocument doc = currentDocument();
        if (doc == null) {
            return;
        }
        Consumer<Boolean> reported = ok -> {
            if (ok) {
                reportSaved(doc);
            }
        };
        if (mode == SaveMode.CREATE || doc.serverOrigin() == null) {
            saver.saveAsNew(doc, reported);
        } else {
            saver.saveToOrigin(doc, mode, reported);
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
            SourceDialog.show(window(), currentDocument(), services.checks(), services.tasks(), services.texts());
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
        services.tasks().run(text("editor.task.readBackground"), () -> {
            if (java.nio.file.Files.size(pdf) > BackgroundPdf.MAX_BYTES) {
                throw new IllegalArgumentException(text("editor.background.tooLarge"));
            }
            byte[] bytes = org.layoutstudio.render.raster.Pdfs.read(pdf);
            BackgroundPdf.read(bytes);
            return bytes;
        }, bytes -> {
            doc.replaceBackground(bytes, text("editor.background.replaceStep"));
            report(text("editor.status.newBackground", pdf.getFileName()));
        }, e -> dialogs.showFailure("editor.background.unusable", e));
    }

    // ----- crash journal -----

    /** Documents a previous run left unsaved (crash or kill). */
    public List<CrashJournal.Entry> recoverable() {
        return services.journal() == null ? List.of() : services.journal().recoverable();
    }

    /** Reopens a journalled document as modified, and forgets the old entry (the new tab journals anew). */
    public DocumentView restore(CrashJournal.Entry entry) throws org.layoutstudio.layout.LayoutFormatException {
        DocumentView v = open(JournalRestore.restore(entry, text("editor.restore.step")));
        services.journal().forget(entry);
        report(text("editor.status.restored", v.document().nameProperty().get()));
        return v;
    }

    /** Asks whether to restore what the last run left unsaved (call once after start). */
    public void offerRecovery() {
        List<CrashJournal.Entry> entries = recoverable();
        if (!entries.isEmpty()) {
            RecoveryDialog.show(window(), services.texts(), entries, this::restoreQuietly, services.journal()::forget);
        }
    }

    private void restoreQuietly(CrashJournal.Entry e) {
        try {
            restore(e);
        } catch (org.layoutstudio.layout.LayoutFormatException ex) {
            dialogs.showFailure("editor.restore.failed", ex);
        }
    }

    /** The window has closed: the connections of this session are closed, the preview's window too. */
    public void dispose() {
        previewWindow.hide();
        connections.close();
    }

    /**
     * Puts every tab's preview where {@link #panes()} say: in the tab, in the preview window (the
     * current tab's), or nowhere (collapsed).
     */
    private void arrangePreviews() {
        DocumentView current = currentView.get();
        for (DocumentView v : views()) {
            v.showPreview(panes.previewInTab());
        }
        if (panes.previewInWindow() && current != null) {
            previewWindow.show(window(), current, actions.all());
        } else {
            previewWindow.hide();
        }
    }

    /** The preview's own window, while there is one (tests). */
    javafx.stage.Stage previewWindow() {
        return previewWindow.stage();
    }

    /** Writes the journal now (e.g. before a risky operation). */
    public void flushJournal() {
        if (journal != null) {
            journal.flushAll();
        }
    }

    // ----- helpers -----

    /** Loads the active event's languages, questions and meta properties (kept per event for its documents). */
    private void loadEventContext(LayoutRepository repo) {
        if (repo == null) {
            eventContext.set(EventContext.NONE);
            return;
        }
        eventContext.set(eventContexts.getOrDefault(repo.address(), EventContext.NONE));
        services.tasks().run(text("editor.task.eventDetails"), repo::eventContext, c -> {
            eventContexts.put(repo.address(), c);
            if (connections.active() == repo) {
                eventContext.set(c);
            }
        }, e -> report(text("editor.status.eventDetailsFailed", dialogs.explain(e))));
    }

    /** The event details for {@code doc}: its own event's when known, else the active event's. */
    private EventContext eventContextOf(EditorDocument doc) {
        ServerOrigin o = doc.serverOrigin();
        return o == null ? eventContext.get() : eventContexts.getOrDefault(o.event(), eventContext.get());
    }

    /**
     * The tab says where its document belongs: a badge with the event for a layout from pretix, the
     * place in the tooltip (file or event), and a warning when the server's background could not be
     * fetched.
     */
    private void showWhereItBelongs(Tab tab, EditorDocument doc) {
        Label badge = new Label();
        badge.getStyleClass().add("document-origin-badge");
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tab.setTooltip(tip);
        Runnable update = () -> {
            ServerOrigin o = doc.serverOrigin();
            Path file = doc.fileProperty().get();
            badge.setText(o == null ? "" : o.event().event());
            badge.setVisible(o != null);
            badge.setManaged(o != null);
            List<String> lines = new ArrayList<>();
            if (o != null) {
                lines.add(text(o.isDemo() ? "editor.tab.belongsDemo" : "editor.tab.belongs", dialogs.where(o.event()),
                        o.connectionName()));
            }
            if (file != null) {
                lines.add(text("editor.tab.file", file.toAbsolutePath()));
            }
            if (o == null && file == null) {
                lines.add(text("editor.tab.new"));
            }
            boolean standIn = doc.isOnStandInBackground();
            if (standIn) {
                lines.add(text("editor.tab.standIn", o.background().problem()));
            }
            tip.setText(String.join("\n", lines));
            tab.getStyleClass().remove("background-unavailable");
            if (standIn) {
                tab.getStyleClass().add("background-unavailable");
            }
        };
        doc.serverOriginProperty().addListener((o, a, b) -> update.run());
        doc.fileProperty().addListener((o, a, b) -> update.run());
        doc.backgroundPdfProperty().addListener((o, a, b) -> update.run());
        update.run();
        tab.setGraphic(badge);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private FileChooser layoutChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(text("editor.chooser.layouts"), "*.json"),
                new FileChooser.ExtensionFilter(text("editor.chooser.all"), "*"));
        return chooser;
    }
}
