package org.layoutstudio.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.layoutstudio.editor.actions.Alignment;
import org.layoutstudio.editor.actions.Distribution;
import org.layoutstudio.editor.actions.EditorActions;
import org.layoutstudio.editor.actions.ElementTemplates;
import org.layoutstudio.editor.actions.ZOrder;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.save.SaveMode;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.Texts;

/**
 * The editor's entries of the shell's actions table: File (new, open from pretix, save, close), Edit
 * (undo, clipboard, selection, JSON source), Insert (one per element), Arrange (align, distribute,
 * layer order) and View (zoom, grid, snapping, the preview). Each with its label, icon, shortcut, and
 * an enabled state that follows the current document and its selection, and whether the editor is
 * the area shown. Menus, toolbar, shortcut sheet and the canvas's tool strip are made from these, and
 * the window answers to their shortcuts wherever the focus is — except in a text field, which keeps
 * the keys it uses itself (Ctrl+C copies its text), but not undo and redo: those act on the document.
 * The actions exist before the workspace (the shell asks for them at once); they stay disabled until
 * the workspace {@link #attach attaches}.
 */
public final class WorkspaceActions {
    private final Texts texts;
    private final List<AppAction> all = new ArrayList<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected");
    private EditorWorkspace workspace;
    private EditorDocument watched;
    private final Runnable selectionListener = this::countSelection;

    public WorkspaceActions(Texts texts) {
        this.texts = texts;
        declareFile();
        declareEdit();
        declareInsert();
        declareArrange();
        declareView();
        all.forEach(a -> a.enabledProperty().set(false)); // until the workspace is there
    }

    // ------------------------------------------------------------------ the table

    private void declareFile() {
        onWorkspace(command("layout.new", "file", "action.layout.new", Icon.FILE_PLUS_OUTLINE).shortcut("Shortcut+N")
                .inToolbar().separated(), EditorWorkspace::newDocument);
        onWorkspace(command("layout.openFromServer", "file", "action.layout.openFromServer", Icon.CLOUD_DOWNLOAD_OUTLINE)
                .shortcut("Shortcut+Shift+O").inToolbar(), EditorWorkspace::openFromServer);
        onWorkspace(command("layout.save", "file", "action.layout.save", Icon.CONTENT_SAVE_OUTLINE).shortcut("Shortcut+S")
                .inToolbar(), EditorWorkspace::save);
        onWorkspace(command("layout.saveAs", "file", "action.layout.saveAs", Icon.CONTENT_SAVE_EDIT_OUTLINE)
                .shortcut("Shortcut+Shift+S"), EditorWorkspace::saveAs);
        onWorkspace(command("layout.saveNew", "file", "action.layout.saveNew", Icon.CLOUD_UPLOAD_OUTLINE),
                ws -> ws.saveToServer(SaveMode.CREATE));
        onWorkspace(command("layout.replace", "file", "action.layout.replace", Icon.CLOUD_SYNC_OUTLINE),
                ws -> ws.saveToServer(SaveMode.REPLACE));
        onWorkspace(command("layout.close", "file", "action.layout.close", Icon.CLOSE).shortcut("Shortcut+W"),
                EditorWorkspace::closeCurrent);
    }

    private void declareEdit() {
        onWorkspace(command("edit.undo", "edit", "action.edit.undo", Icon.UNDO).shortcut("Shortcut+Z").inToolbar(),
                EditorWorkspace::undo);
        onWorkspace(command("edit.redo", "edit", "action.edit.redo", Icon.REDO).shortcut("Shortcut+Shift+Z")
                .alsoShortcut("Shortcut+Y").inToolbar(), EditorWorkspace::redo);
        onDocument(command("edit.cut", "edit", "editor.action.cut", Icon.CONTENT_CUT).shortcut("Shortcut+X").separated(),
                EditorActions::cut);
        onDocument(command("edit.copy", "edit", "editor.action.copy", Icon.CONTENT_COPY).shortcut("Shortcut+C"),
                EditorActions::copy);
        onDocument(command("edit.paste", "edit", "editor.action.paste", Icon.CONTENT_PASTE).shortcut("Shortcut+V"),
                EditorActions::paste);
        onDocument(command("edit.duplicate", "edit", "editor.action.duplicate", Icon.CONTENT_DUPLICATE)
                .shortcut("Shortcut+D"), EditorActions::duplicate);
        onDocument(command("edit.delete", "edit", "editor.action.delete", Icon.DELETE_OUTLINE).shortcut("DELETE")
                .alsoShortcut("Backspace"), EditorActions::delete);
        onDocument(command("edit.selectAll", "edit", "editor.action.selectAll", Icon.SELECT_ALL).shortcut("Shortcut+A")
                .separated(), EditorActions::selectAll);
        onDocument(command("edit.selectNone", "edit", "editor.action.selectNone", Icon.SELECT_OFF)
                .shortcut("Shortcut+Shift+A"), EditorActions::selectNone);
        onWorkspace(command("edit.source", "edit", "action.edit.source", Icon.CODE_JSON).shortcut("Shortcut+U").separated(),
                EditorWorkspace::showSource);
    }

    private void declareInsert() {
        for (ElementTemplates t : ElementTemplates.values()) {
            String name = camel(t.name());
            onDocument(command("insert." + Character.toLowerCase(name.charAt(0)) + name.substring(1), "insert", t.labelKey(), icon(t)), a -> {
                a.add(t);
                focusCanvas(); // arrows nudge the new element at once
            });
        }
    }

    private void declareArrange() {
        for (Alignment al : Alignment.values()) {
            onDocument(command("arrange.align" + camel(al.name()), "arrange", al.labelKey(), icon(al)), a -> a.align(al));
        }
        for (Distribution d : Distribution.values()) {
            AppAction distribute = command("arrange.distribute" + camel(d.name()), "arrange", d.labelKey(),
                    d == Distribution.HORIZONTAL ? Icon.DISTRIBUTE_HORIZONTAL_CENTER : Icon.DISTRIBUTE_VERTICAL_CENTER);
            onDocument(d == Distribution.HORIZONTAL ? distribute.separated() : distribute, a -> a.distribute(d));
        }
        onDocument(command("arrange.forward", "arrange", ZOrder.FORWARD.labelKey(), Icon.ARRANGE_BRING_FORWARD)
                .shortcut("Shortcut+]").separated(), a -> a.order(ZOrder.FORWARD));
        onDocument(command("arrange.backward", "arrange", ZOrder.BACKWARD.labelKey(), Icon.ARRANGE_SEND_BACKWARD)
                .shortcut("Shortcut+["), a -> a.order(ZOrder.BACKWARD));
        onDocument(command("arrange.toFront", "arrange", ZOrder.TO_FRONT.labelKey(), Icon.ARRANGE_BRING_TO_FRONT)
                .shortcut("Shortcut+Shift+]"), a -> a.order(ZOrder.TO_FRONT));
        onDocument(command("arrange.toBack", "arrange", ZOrder.TO_BACK.labelKey(), Icon.ARRANGE_SEND_TO_BACK)
                .shortcut("Shortcut+Shift+["), a -> a.order(ZOrder.TO_BACK));
    }

    private void declareView() {
        // Ctrl+1 and Ctrl+2 show the shell's areas: 100 % and fit width are their Shift forms.
        onView(command("view.zoomIn", "view", "editor.action.zoomIn", Icon.MAGNIFY_PLUS_OUTLINE).shortcut("Shortcut+PLUS")
                .alsoShortcut("Shortcut+EQUALS").separated(), EditorCanvas::zoomIn);
        onView(command("view.zoomOut", "view", "editor.action.zoomOut", Icon.MAGNIFY_MINUS_OUTLINE)
                .shortcut("Shortcut+MINUS"), EditorCanvas::zoomOut);
        onView(command("view.fitPage", "view", "editor.action.fitPage", Icon.FIT_TO_PAGE_OUTLINE).shortcut("Shortcut+0")
                .alsoShortcut("Shortcut+Numpad 0"), EditorCanvas::fitPage);
        onView(command("view.fitWidth", "view", "editor.action.fitWidth", Icon.ARROW_EXPAND_HORIZONTAL)
                .shortcut("Shortcut+Shift+2"), EditorCanvas::fitWidth);
        onView(command("view.actualSize", "view", "editor.action.actualSize", Icon.NUMERIC_1_BOX_OUTLINE)
                .shortcut("Shortcut+Shift+1"), EditorCanvas::actualSize);
        setting(AppAction.toggle("view.grid", "view", "editor.action.grid").icon(Icon.GRID).shortcut("Shortcut+G")
                .separated());
        setting(AppAction.toggle("view.snap", "view", "editor.action.snap").icon(Icon.MAGNET)
                .shortcut("Shortcut+Shift+G"));
        setting(AppAction.toggle("view.preview", "view", "editor.action.preview").icon(Icon.EYE_OUTLINE)
                .shortcut("Shortcut+Shift+P").separated());
        setting(AppAction.toggle("view.previewWindow", "view", "editor.action.previewWindow").icon(Icon.OPEN_IN_NEW));
        get("view.snap").selectedProperty().set(true);
        get("view.preview").selectedProperty().set(true);
    }

    private static AppAction command(String id, String menu, String labelKey, Icon icon) {
        return AppAction.command(id, menu, labelKey).icon(icon);
    }

    /** An action on the workspace. */
    private void onWorkspace(AppAction a, Consumer<EditorWorkspace> run) {
        a.onAction(() -> {
            if (workspace != null) {
                run.accept(workspace);
            }
        });
        all.add(a);
    }

    /** An action on the current canvas's document and selection. */
    private void onDocument(AppAction a, Consumer<EditorActions> run) {
        a.onAction(() -> {
            EditorCanvas c = canvas();
            if (c != null) {
                run.accept(c.actions());
            }
        });
        all.add(a);
    }

    /** An action on the current canvas's view. */
    private void onView(AppAction a, Consumer<EditorCanvas> run) {
        a.onAction(() -> {
            EditorCanvas c = canvas();
            if (c != null) {
                run.accept(c);
            }
        });
        all.add(a);
    }

    /** An on/off setting of every tab. */
    private void setting(AppAction a) {
        all.add(a);
    }

    private static Icon icon(ElementTemplates t) {
        return switch (t) {
            case TEXT_BOX -> Icon.FORM_TEXTBOX;
            case LEGACY_TEXT -> Icon.FORMAT_TEXT;
            case QR_CHECK_IN -> Icon.QRCODE;
            case QR_LEAD_SCANNING -> Icon.QRCODE_SCAN;
            case QR_OTHER -> Icon.QRCODE_EDIT;
            case IMAGE -> Icon.IMAGE_OUTLINE;
            case PRETIX_LOGO -> Icon.TICKET_CONFIRMATION_OUTLINE;
        };
    }

    private static Icon icon(Alignment a) {
        return switch (a) {
            case LEFT -> Icon.ALIGN_HORIZONTAL_LEFT;
            case CENTER -> Icon.ALIGN_HORIZONTAL_CENTER;
            case RIGHT -> Icon.ALIGN_HORIZONTAL_RIGHT;
            case TOP -> Icon.ALIGN_VERTICAL_TOP;
            case MIDDLE -> Icon.ALIGN_VERTICAL_CENTER;
            case BOTTOM -> Icon.ALIGN_VERTICAL_BOTTOM;
        };
    }

    /** "QR_CHECK_IN" → "QrCheckIn" (for action ids: "insert.qrCheckIn", "arrange.alignLeft"). */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ for the shell and the tabs

    /** Every action, in menu order. */
    public List<AppAction> all() {
        return List.copyOf(all);
    }

    /** The actions of one menu ("insert", "arrange", …), in order. */
    public List<AppAction> inMenu(String menu) {
        return all.stream().filter(a -> a.menu().equals(menu)).toList();
    }

    public AppAction get(String id) {
        return all.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No editor action " + id));
    }

    public Texts texts() {
        return texts;
    }

    /**
     * Whether the editor is the area shown (its tab selected). Its editing actions apply only then:
     * Delete or Ctrl+Z in the certificate viewer must not change a layout.
     */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * Undo and redo inside text fields act on the document's history, not on the field's own text:
     * a filter on {@code root} (the workspace) catches their keys before the field does.
     */
    void routeHistoryKeys(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof TextInputControl)) {
                return;
            }
            for (AppAction a : List.of(get("edit.undo"), get("edit.redo"))) {
                if (a.shortcuts().stream().anyMatch(k -> k.match(e))) {
                    a.fire();
                    e.consume();
                    return;
                }
            }
        });
    }

    /** Connects the actions to {@code ws}: handlers reach it, enabled states follow its document and selection. */
    void attach(EditorWorkspace ws) {
        if (workspace != null) {
            throw new IllegalStateException("The editor's actions belong to one workspace");
        }
        workspace = ws;
        ws.currentViewProperty().addListener((o, a, b) -> watch(b == null ? null : b.document()));
        watch(ws.currentDocument());
        BooleanBinding hasDocument = ws.hasDocumentBinding();
        BooleanBinding canvas = shown.and(Bindings.createBooleanBinding(() -> canvas() != null, ws.currentViewProperty()));
        BooleanBinding withSelection = canvas.and(selected.greaterThan(0));
        for (AppAction a : all) {
            a.enabledProperty().bind(switch (a.id()) {
                case "layout.new" -> new SimpleBooleanProperty(true);
                case "layout.openFromServer" -> ws.repositoryProperty().isNotNull();
                case "layout.saveNew" -> hasDocument.and(ws.repositoryProperty().isNotNull());
                case "layout.replace" -> ws.hasServerDocumentBinding();
                case "layout.save", "layout.saveAs", "layout.close" -> hasDocument;
                case "edit.undo" -> shown.and(ws.canUndoBinding());
                case "edit.redo" -> shown.and(ws.canRedoBinding());
                case "edit.source" -> shown.and(hasDocument);
                case "edit.paste", "edit.selectAll", "view.zoomIn", "view.zoomOut", "view.fitPage", "view.fitWidth",
                     "view.actualSize" -> canvas;
                case "arrange.distributeHorizontal", "arrange.distributeVertical" ->
                        canvas.and(selected.greaterThanOrEqualTo(Distribution.MIN_ELEMENTS));
                case "view.grid", "view.snap", "view.preview", "view.previewWindow" -> shown;
                default -> a.menu().equals("insert") ? canvas : withSelection;
            });
        }
        get("edit.undo").dynamicLabel(ws.undoTextBinding());
        get("edit.redo").dynamicLabel(ws.redoTextBinding());
        get("view.preview").selectedProperty().bindBidirectional(ws.panes().previewShownProperty());
        get("view.previewWindow").selectedProperty().bindBidirectional(ws.panes().previewWindowedProperty());
        routeHistoryKeys(ws);
    }

    /** The number of selected elements follows the current document. */
    private void watch(EditorDocument doc) {
        if (watched != null) {
            watched.selection().removeListener(selectionListener);
        }
        watched = doc;
        if (doc != null) {
            doc.selection().addListener(selectionListener);
        }
        countSelection();
    }

    private void countSelection() {
        selected.set(watched == null ? 0 : watched.selection().size());
    }

    /** The current tab's canvas, or null (no document, or a workspace without canvas). */
    private EditorCanvas canvas() {
        DocumentView v = workspace == null ? null : workspace.currentViewProperty().get();
        return v != null && v.canvas() instanceof CanvasPane p ? p.canvas() : null;
    }

    private void focusCanvas() {
        EditorCanvas c = canvas();
        if (c != null) {
            c.requestFocus();
        }
    }
}
