package org.layoutstudio.app;

import org.layoutstudio.ui.AppAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.layoutstudio.editor.CanvasPane;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.WorkspaceServices;
import org.layoutstudio.editor.compare.CompareWithPretix;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.Secrets;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.SaveMode;
import org.layoutstudio.pretix.PretixClient;

/**
 * The layout editor in the main window. The editor's services (renderer, fonts) take a moment to
 * load, so they load in the background behind a spinner; files and connections that arrive meanwhile
 * are handed over once the workspace exists. Its commands join the one actions table.
 */
final class EditorLayoutsArea implements LayoutsArea {
    private final ShellContext context;
    private final StackPane view = new StackPane();
    private final List<Consumer<EditorWorkspace>> pending = new ArrayList<>();
    private final List<AppAction> actions = new ArrayList<>();
    private EditorWorkspace workspace;
    private final CompareWithPretix compare;

    EditorLayoutsArea(ShellContext context) {
        this.context = context;
        view.setId("layouts-area");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        VBox loading = new VBox(10, spinner, new Label(context.text("area.layouts.loading")));
        loading.setAlignment(javafx.geometry.Pos.CENTER);
        view.getChildren().add(loading);
        compare = new CompareWithPretix(context.tasks(), new Texts(context.texts()), context.errors());
        declareActions();
    }

    @Override
    public void windowShown() {
        context.tasks().run("Loading the layout editor",
                () -> {
                    FontSettings.apply(context.settings());
                    return WorkspaceServices.standard(new Texts(context.texts()), new CrashJournal(context.journalDir()))
                            .withCanvas(this::canvas);
                },
                this::ready, e -> context.errors().show(context.window(), e));
    }

    private void ready(WorkspaceServices services) {
        workspace = new EditorWorkspace(services);
        workspace.connections().setReconnector(this::reconnector);
        rememberServerLayouts(workspace);
        view.getChildren().setAll(workspace);
        bindActions();
        pending.forEach(p -> p.accept(workspace));
        pending.clear();
        workspace.offerRecovery();
    }

    /**
     * The editor's canvas, bound to the grid and snapping of the settings both ways: Settings reach
     * every open tab at once, and a change on a canvas is remembered.
     */
    private Node canvas(org.layoutstudio.editor.model.EditorDocument doc) {
        CanvasPane pane = new CanvasPane(doc);
        EditorCanvas canvas = pane.canvas();
        CanvasPreferences prefs = context.canvasPreferences();
        canvas.gridVisibleProperty().bindBidirectional(prefs.gridVisibleProperty());
        canvas.gridSpacingMmProperty().bindBidirectional(prefs.gridSizeMmProperty());
        canvas.snapEnabledProperty().bindBidirectional(prefs.snappingProperty());
        return pane;
    }

    /** The window has its real size now: the pages shown so far are fitted to it (later ones fit on their own). */
    @Override
    public void windowSized() {
        whenReady(ws -> ws.views().forEach(v -> {
            if (v.canvas() instanceof CanvasPane pane) {
                pane.canvas().fitPage();
            }
        }));
    }

    /** File → Open recent lists layouts opened from pretix (and new ones saved there) too. */
    private void rememberServerLayouts(EditorWorkspace ws) {
        ws.tabPane().getTabs().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Tab>) change -> {
            while (change.next()) {
                for (javafx.scene.control.Tab t : change.getAddedSubList()) {
                    org.layoutstudio.editor.model.EditorDocument doc = ((org.layoutstudio.editor.DocumentView) t.getContent()).document();
                    remember(doc.serverOrigin(), doc.nameProperty().get());
                    doc.serverOriginProperty().addListener((o, a, b) -> {
                        if (b != null && (a == null || a.layoutId() != b.layoutId() || !a.event().equals(b.event()))) {
                            remember(b, doc.nameProperty().get());
                        }
                    });
                }
            }
        });
    }

    private void remember(ServerOrigin origin, String name) {
        if (origin != null) {
            context.rememberRecentServerLayout(origin.connectionName(), origin.event().organizer(), origin.event().event(),
                    origin.layoutId(), name);
        }
    }

    @Override
    public void openServerLayout(long layoutId) {
        whenReady(ws -> ws.openFromServer(layoutId, v -> { }));
    }

    private void whenReady(Consumer<EditorWorkspace> step) {
        if (workspace != null) {
            step.accept(workspace);
        } else {
            pending.add(step);
        }
    }

    /** The workspace once loaded (tests and later wiring). */
    EditorWorkspace workspace() {
        return workspace;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<AppAction> actions() {
        return actions;
    }

    private void declareActions() {
        add(AppAction.command("layout.new", "file", "action.layout.new").icon(MaterialDesignF.FILE_PLUS_OUTLINE)
                .shortcut("Shortcut+N").inToolbar().separated(), EditorWorkspace::newDocument);
        add(AppAction.command("layout.openFromServer", "file", "action.layout.openFromServer")
                .icon(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE).shortcut("Shortcut+Shift+O").inToolbar(),
                EditorWorkspace::openFromServer);
        add(AppAction.command("layout.save", "file", "action.layout.save").icon(MaterialDesignC.CONTENT_SAVE_OUTLINE)
                .shortcut("Shortcut+S").inToolbar(), EditorWorkspace::save);
        add(AppAction.command("layout.saveAs", "file", "action.layout.saveAs").icon(MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE)
                .shortcut("Shortcut+Shift+S"), EditorWorkspace::saveAs);
        add(AppAction.command("layout.saveNew", "file", "action.layout.saveNew").icon(MaterialDesignC.CLOUD_UPLOAD_OUTLINE),
                ws -> ws.saveToServer(SaveMode.CREATE));
        add(AppAction.command("layout.replace", "file", "action.layout.replace").icon(MaterialDesignC.CLOUD_SYNC_OUTLINE),
                ws -> ws.saveToServer(SaveMode.REPLACE));
        add(AppAction.command("layout.close", "file", "action.layout.close").icon(MaterialDesignC.CLOSE)
                .shortcut("Shortcut+W"), EditorWorkspace::closeCurrent);
        add(AppAction.command("edit.undo", "edit", "action.edit.undo").icon(MaterialDesignU.UNDO)
                .shortcut("Shortcut+Z").inToolbar(), EditorWorkspace::undo);
        add(AppAction.command("edit.redo", "edit", "action.edit.redo").icon(MaterialDesignR.REDO)
                .shortcut("Shortcut+Shift+Z").inToolbar(), EditorWorkspace::redo);
        add(AppAction.command("edit.source", "edit", "action.edit.source").icon(MaterialDesignC.CODE_JSON)
                .shortcut("Shortcut+U").separated(), EditorWorkspace::showSource);
        add(AppAction.command("view.compareWithPretix", "view", "editor.compare.action").icon(MaterialDesignC.COMPARE),
                compare::open);
        actions.forEach(a -> a.enabledProperty().set(false)); // until the workspace is loaded
    }

    private void add(AppAction action, Consumer<EditorWorkspace> run) {
        action.onAction(() -> whenReady(run));
        actions.add(action);
    }

    private void bindActions() {
        EditorWorkspace ws = workspace;
        for (AppAction a : actions) {
            switch (a.id()) {
                case "layout.new" -> a.enabledProperty().set(true);
                case "layout.openFromServer" -> a.enabledProperty().bind(ws.repositoryProperty().isNotNull());
                case "layout.saveNew" -> a.enabledProperty().bind(ws.hasDocumentBinding().and(ws.repositoryProperty().isNotNull()));
                case "layout.replace" -> a.enabledProperty().bind(ws.hasServerDocumentBinding());
                case "edit.undo" -> {
                    a.enabledProperty().bind(ws.canUndoBinding());
                    a.dynamicLabel(ws.undoTextBinding());
                }
                case "edit.redo" -> {
                    a.enabledProperty().bind(ws.canRedoBinding());
                    a.dynamicLabel(ws.redoTextBinding());
                }
                case "view.compareWithPretix" -> compare.attach(ws, a);
                default -> a.enabledProperty().bind(ws.hasDocumentBinding());
            }
        }
    }

    /**
     * The new connection becomes the workspace's active event; the earlier ones stay known to the
     * workspace, so that open documents are still saved where they came from.
     */
    @Override
    public void connectionChanged(ActiveConnection connection) {
        LayoutRepository repo = new LayoutRepository(new PretixClient(connection.pretixConnection()),
                connection.demo() ? null : connection.profileName(), context.locale().getLanguage());
        whenReady(ws -> {
            ws.connections().activate(repo);
            if (connection.demo() && ws.views().isEmpty()) {
                openDefaultLayout(ws, repo);
            }
        });
    }

    /**
     * How to reach a document's event again when it is not connected in this session: through the
     * saved connection it was opened with (or another one for the same server and organizer), whose
     * token is in the credential store. The demo server of an earlier run is gone for good.
     */
    private Optional<Callable<LayoutRepository>> reconnector(ServerOrigin origin) {
        if (origin.isDemo()) {
            return Optional.empty();
        }
        EventAddress where = origin.event();
        List<ConnectionProfile> saved = context.profiles().profiles();
        Optional<ConnectionProfile> profile = saved.stream().filter(p -> p.name().equals(origin.connectionName()))
                .filter(p -> reaches(p, where)).findFirst()
                .or(() -> saved.stream().filter(p -> reaches(p, where)).findFirst());
        return profile.map(p -> () -> {
            String token = context.credentials().token(p)
                    .orElseThrow(() -> new IllegalArgumentException(context.text("editor.reconnect.noToken", p.name())));
            Secrets.register(token);
            PretixConnection c = PretixConnection.of(p.serverUrl(), where.organizer(), where.event(), p.authScheme(), token);
            return new LayoutRepository(new PretixClient(c), p.name(), context.locale().getLanguage());
        });
    }

    private static boolean reaches(ConnectionProfile p, EventAddress where) {
        return new EventAddress(p.serverUrl(), p.organizer(), where.event()).equals(where);
    }

    /** Demo mode: open the demo event's default layout, so that a newcomer sees a ticket at once. */
    private void openDefaultLayout(EditorWorkspace ws, LayoutRepository repo) {
        context.tasks().run("Opening the demo layout", repo::list, layouts -> layouts.stream()
                .filter(l -> l.isDefault()).findFirst().or(() -> layouts.stream().findFirst())
                .ifPresent(l -> {
                    if (ws.views().isEmpty()) {
                        ws.openFromServer(repo, l.id(), v -> { });
                    }
                }), e -> { }); // an empty workspace is fine too: the File menu offers everything
    }

    @Override
    public void openLayoutFile(Path file) {
        context.rememberRecentLayout(file);
        whenReady(ws -> ws.openFile(file));
    }

    @Override
    public void setBackgroundPdf(Path pdf) {
        whenReady(ws -> ws.setBackgroundPdf(pdf));
    }

    @Override
    public void requestClose(Consumer<Boolean> done) {
        if (workspace == null) {
            done.accept(true);
        } else {
            workspace.requestExit(done);
        }
    }

    @Override
    public void dispose() {
        if (workspace != null) {
            workspace.dispose();
        }
    }
}
