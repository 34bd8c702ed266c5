package org.layoutstudio.app;

import org.layoutstudio.ui.AppAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.layoutstudio.ui.Texts;
import org.layoutstudio.editor.document.PretixLayoutRepository;
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
    private PretixClient client;
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
                () -> WorkspaceServices.standard(new CrashJournal(context.journalDir())).withCanvas(this::canvas),
                this::ready, e -> context.errors().show(context.window(), e));
    }

    private void ready(WorkspaceServices services) {
        workspace = new EditorWorkspace(services);
        view.getChildren().setAll(workspace);
        bindActions();
        pending.forEach(p -> p.accept(workspace));
        pending.clear();
        workspace.offerRecovery();
    }

    /** The editor's canvas with the grid and snapping of the settings; changes there are remembered. */
    private Node canvas(org.layoutstudio.editor.model.EditorDocument doc) {
        CanvasPane pane = new CanvasPane(doc);
        EditorCanvas canvas = pane.canvas();
        Settings s = context.settings();
        canvas.gridVisibleProperty().set(s.gridVisible);
        canvas.gridSpacingMmProperty().set(s.gridSizeMm);
        canvas.snapEnabledProperty().set(s.snapping);
        canvas.gridVisibleProperty().addListener((o, a, b) -> {
            s.gridVisible = b;
            context.saveSettings();
        });
        canvas.gridSpacingMmProperty().addListener((o, a, b) -> {
            s.gridSizeMm = b.doubleValue();
            context.saveSettings();
        });
        canvas.snapEnabledProperty().addListener((o, a, b) -> {
            s.snapping = b;
            context.saveSettings();
        });
        return pane;
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
                case "layout.saveNew", "layout.replace" -> a.enabledProperty()
                        .bind(ws.hasDocumentBinding().and(ws.repositoryProperty().isNotNull()));
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

    @Override
    public void connectionChanged(ActiveConnection connection) {
        PretixClient old = client;
        client = new PretixClient(connection.pretixConnection());
        PretixClient current = client;
        whenReady(ws -> {
            PretixLayoutRepository repo = new PretixLayoutRepository(current, context.locale().getLanguage());
            ws.repositoryProperty().set(repo);
            if (connection.demo() && ws.views().isEmpty()) {
                openDefaultLayout(ws, repo);
            }
        });
        if (old != null) {
            old.close();
        }
    }

    /** Demo mode: open the demo event's default layout, so that a newcomer sees a ticket at once. */
    private void openDefaultLayout(EditorWorkspace ws, PretixLayoutRepository repo) {
        context.tasks().run("Opening the demo layout", repo::list, layouts -> layouts.stream()
                .filter(l -> l.isDefault()).findFirst().or(() -> layouts.stream().findFirst())
                .ifPresent(l -> {
                    if (ws.views().isEmpty()) {
                        ws.openFromServer(l.id(), v -> { });
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
        if (client != null) {
            client.close();
        }
    }
}
