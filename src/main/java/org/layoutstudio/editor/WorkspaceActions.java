package org.layoutstudio.editor;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.layoutstudio.editor.save.SaveMode;

/**
 * Menu items for the app shell, wired to a workspace, with accelerators and enabled state:
 * File (new, open, open from pretix, save, save as, save to pretix as new / replace, close) and
 * Edit (undo and redo named after the step, JSON source).
 */
public final class WorkspaceActions {
    private final EditorWorkspace ws;

    public WorkspaceActions(EditorWorkspace workspace) {
        this.ws = workspace;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** New…, New pretix default ticket, Open…, Open from pretix…, Save, Save as…, Save to pretix as new, Replace on pretix, Close. */
    public List<MenuItem> fileItems() {
        MenuItem newDoc = item("New layout…", "Shortcut+N", ws::newDocument);
        MenuItem open = item("Open file…", "Shortcut+O", ws::openFile);
        MenuItem openServer = item("Open from pretix…", "Shortcut+Shift+O", ws::openFromServer);
        openServer.disableProperty().bind(ws.repositoryProperty().isNull());
        MenuItem save = item("Save", "Shortcut+S", ws::save);
        save.disableProperty().bind(ws.hasDocumentBinding().not());
        MenuItem saveAs = item("Save as file…", "Shortcut+Shift+S", ws::saveAs);
        saveAs.disableProperty().bind(ws.hasDocumentBinding().not());
        MenuItem saveNew = item("Save to pretix as new layout", null, () -> ws.saveToServer(SaveMode.CREATE));
        saveNew.disableProperty().bind(ws.hasDocumentBinding().not().or(ws.repositoryProperty().isNull()));
        MenuItem replace = item("Replace on pretix", null, () -> ws.saveToServer(SaveMode.REPLACE));
        replace.disableProperty().bind(ws.hasDocumentBinding().not().or(ws.repositoryProperty().isNull()));
        MenuItem close = item("Close", "Shortcut+W", ws::closeCurrent);
        close.disableProperty().bind(ws.hasDocumentBinding().not());
        return List.of(newDoc, open, openServer, new SeparatorMenuItem(), save, saveAs, saveNew, replace,
                new SeparatorMenuItem(), close);
    }

    /** Undo (named), Redo (named), JSON source. */
    public List<MenuItem> editItems() {
        MenuItem undo = item("Undo", "Shortcut+Z", ws::undo);
        undo.textProperty().bind(ws.undoTextBinding());
        undo.disableProperty().bind(ws.canUndoBinding().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", ws::redo);
        redo.textProperty().bind(ws.redoTextBinding());
        redo.disableProperty().bind(ws.canRedoBinding().not());
        MenuItem source = item("JSON source…", "Shortcut+U", ws::showSource);
        source.disableProperty().bind(ws.hasDocumentBinding().not());
        return List.of(undo, redo, new SeparatorMenuItem(), source);
    }

    public Menu fileMenu() {
        Menu m = new Menu("File");
        m.getItems().setAll(fileItems());
        return m;
    }

    public Menu editMenu() {
        Menu m = new Menu("Edit");
        m.getItems().setAll(editItems());
        return m;
    }
}
