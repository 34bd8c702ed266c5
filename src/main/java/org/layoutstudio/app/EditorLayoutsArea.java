package org.layoutstudio.app;

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
import org.layoutstudio.editor.CanvasPane;
import org.layoutstudio.editor.EditorPanes;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.WorkspaceActions;
import org.layoutstudio.editor.WorkspaceServices;
import org.layoutstudio.editor.compare.CompareWithPretix;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.Secrets;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.Texts;

/**
 * The layout editor in the main window. The editor's services (renderer, fonts) take a moment to
 * load, so they load in the background behind a spinner; files and connections that arrive meanwhile
 * are handed over once the workspace exists. Its commands ({@link WorkspaceActions}, and Compare with
 * pretix) join the one actions table; grid, snapping and the panes' sizes are remembered in the
 * settings; what the workspace reports ("Saved …") goes to the status bar.
 */
final class EditorLayoutsArea implements LayoutsArea {
    private final ShellContext context;
    private final StackPane view = new StackPane();
    private final List<Consumer<EditorWorkspace>> pending = new ArrayList<>();
    private final WorkspaceActions editorActions;
    private final AppAction compareAction;
    private EditorWorkspace workspace;
    /** The demo's default layout is being opened by the app itself (not remembered as opened by the user). */
    private boolean openingByItself;
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
        editorActions = new WorkspaceActions(new Texts(context.texts()));
        compareAction = AppAction.command("view.compareWithPretix", "view", "editor.compare.action").icon(Icon.COMPARE)
                .separated();
        compareAction.onAction(() -> whenReady(compare::open));
        compareAction.enabledProperty().set(false); // until the workspace is loaded
        CanvasPreferences prefs = context.canvasPreferences();
        editorActions.get("view.grid").selectedProperty().bindBidirectional(prefs.gridVisibleProperty());
        editorActions.get("view.snap").selectedProperty().bindBidirectional(prefs.snappingProperty());
    }

    @Override
    public void windowShown() {
        context.tasks().run(context.text("editor.task.loadEditor"),
                () -> {
                    FontSettings.apply(context.settings());
                    return WorkspaceServices.standard(new Texts(context.texts()), new CrashJournal(context.journalDir()))
                            .withCanvas(this::canvas);
                },
                this::ready, e -> context.errors().show(context.window(), e));
    }

    private void ready(WorkspaceServices services) {
        workspace = new EditorWorkspace(services, editorActions);
        workspace.connections().setReconnector(this::reconnector);
        rememberServerLayouts(workspace);
        rememberPanes(workspace.panes());
        workspace.statusProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                context.showStatus(now);
            }
        });
        view.getChildren().setAll(workspace);
        compare.attach(workspace, compareAction);
        pending.forEach(p -> p.accept(workspace));
        pending.clear();
        workspace.offerRecovery();
    }

    /**
     * The editor's canvas with the grid size of the settings (grid and snapping are the View menu's
     * toggles, bound to the settings both ways): Settings reach every open tab at once.
     */
    private Node canvas(org.layoutstudio.editor.model.EditorDocument doc, WorkspaceActions actions) {
        CanvasPane pane = new CanvasPane(doc, actions);
        pane.canvas().gridSpacingMmProperty().bindBidirectional(context.canvasPreferences().gridSizeMmProperty());
        return pane;
    }

    /** The panes start as the user left them last time, and every change is remembered. */
    private void rememberPanes(EditorPanes panes) {
        Settings s = context.settings();
        panes.previewShownProperty().set(s.editorPreviewShown);
        panes.previewWindowedProperty().set(s.editorPreviewWindowed);
        panes.inspectorWidthProperty().set(s.editorInspectorWidth);
        panes.previewWidthProperty().set(s.editorPreviewWidth);
        if (s.editorPreviewWindowWidth > 0 && s.editorPreviewWindowHeight > 0) {
            panes.previewWindowBoundsProperty().set(new javafx.geometry.Rectangle2D(s.editorPreviewWindowX, s.editorPreviewWindowY,
                    s.editorPreviewWindowWidth, s.editorPreviewWindowHeight));
        }
        javafx.beans.InvalidationListener save = o -> {
            s.editorPreviewShown = panes.previewShownProperty().get();
            s.editorPreviewWindowed = panes.previewWindowedProperty().get();
            s.editorInspectorWidth = panes.inspectorWidthProperty().get();
            s.editorPreviewWidth = panes.previewWidthProperty().get();
            javafx.geometry.Rectangle2D w = panes.previewWindowBoundsProperty().get();
            if (w != null) {
                s.editorPreviewWindowX = w.getMinX();
                s.editorPreviewWindowY = w.getMinY();
                s.editorPreviewWindowWidth = w.getWidth();
                s.editorPreviewWindowHeight = w.getHeight();
            }
            context.saveSettings();
        };
        panes.previewShownProperty().addListener(save);
        panes.previewWindowedProperty().addListener(save);
        panes.inspectorWidthProperty().addListener(save);
        panes.previewWidthProperty().addListener(save);
        panes.previewWindowBoundsProperty().addListener(save);
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

    /**
     * File → Open recent lists layouts opened from pretix (and new ones saved there) too; not the demo's
     * default layout that the app opens by itself at every start, which would push what the user opened
     * down the list each time (and cost the start its first write of the settings).
     */
    private void rememberServerLayouts(EditorWorkspace ws) {
        ws.tabPane().getTabs().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Tab>) change -> {
            while (change.next()) {
                for (javafx.scene.control.Tab t : change.getAddedSubList()) {
                    org.layoutstudio.editor.model.EditorDocument doc = ((org.layoutstudio.editor.DocumentView) t.getContent()).document();
                    if (!openingByItself) {
                        remember(doc.serverOrigin(), doc.nameProperty().get());
                    }
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
        List<AppAction> all = new ArrayList<>(editorActions.all());
        all.add(compareAction);
        return all;
    }

    /** Open tabs draw their texts and previews again with the fonts now known (before, only the next edit did). */
    @Override
    public void fontsChanged() {
        if (workspace != null) {
            workspace.fontsChanged();
        }
    }

    /** The editor's actions apply while its tab is shown (Delete in the certificate viewer deletes no element). */
    @Override
    public void shownChanged(boolean shown) {
        editorActions.shownProperty().set(shown);
    }

    /**
     * The new connection becomes the workspace's active event; the earlier ones stay known to the
     * workspace, so that open documents are still saved where they came from.
     */
    @Override
    public void connectionChanged(ActiveConnection connection) {
        LayoutRepository repo = new LayoutRepository(new PretixClient(connection.pretixConnection()),
                connection.demo() ? null : connection.profileName(), context.locale().getLanguage());
        if (connection.demo() && (workspace == null || workspace.views().isEmpty())) {
            openDefaultLayout(repo);
        }
        whenReady(ws -> ws.connections().activate(repo));
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

    /**
     * Demo mode: open the demo event's default layout, so that a newcomer sees a ticket at once. It is
     * asked for at once, while the editor may still be loading, and opened when both are there.
     */
    private void openDefaultLayout(LayoutRepository repo) {
        context.tasks().run(context.text("editor.task.openDemo"), repo::fetchDefault, found -> found.ifPresent(f -> whenReady(ws -> {
            if (ws.views().isEmpty()) {
                openingByItself = true;
                try {
                    ws.openFetched(repo, f, v -> { });
                } finally {
                    openingByItself = false;
                }
            }
        })), e -> { }); // an empty workspace is fine too: the File menu offers everything
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
