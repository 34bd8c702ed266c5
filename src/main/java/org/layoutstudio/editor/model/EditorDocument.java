package org.layoutstudio.editor.model;

import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layoutstudio.layout.LayoutDocument;

/**
 * One open layout in the editor: the document, its one undo history, its selection, the background
 * PDF it is drawn on, the page shown, and where it came from (a file or a layout on the server).
 */
public final class EditorDocument {
    private final LayoutDocument layout;
    private final UndoHistory history;
    private final Selection selection;
    private final StringProperty name = new SimpleStringProperty(this, "name", "Untitled layout");
    private final ObjectProperty<byte[]> backgroundPdf = new SimpleObjectProperty<>(this, "backgroundPdf");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 1);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<Object> serverOrigin = new SimpleObjectProperty<>(this, "serverOrigin");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    /** True when the background was replaced and must be uploaded before the next server save. */
    private boolean backgroundChanged;

    public EditorDocument(LayoutDocument layout, byte[] backgroundPdf) {
        this.layout = layout;
        this.history = new UndoHistory(layout);
        this.selection = new Selection(layout);
        this.backgroundPdf.set(backgroundPdf);
        history.addListener(() -> modified.set(history.isModified() || backgroundChanged));
    }

    public LayoutDocument layout() {
        return layout;
    }

    public UndoHistory history() {
        return history;
    }

    public Selection selection() {
        return selection;
    }

    /** Runs a command through the one undo history. */
    public void run(Command command) {
        if (command instanceof ReplaceElementsCommand r && r.isNoOp()) {
            return;
        }
        history.run(command);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<byte[]> backgroundPdfProperty() {
        return backgroundPdf;
    }

    /** Replaces the background PDF (a user action: the document becomes modified). */
    public void replaceBackground(byte[] pdf) {
        backgroundPdf.set(pdf);
        backgroundChanged = true;
        modified.set(true);
    }

    public boolean isBackgroundChanged() {
        return backgroundChanged;
    }

    /** 1-based page shown on the canvas. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Where the layout lives on the server (the pretix client's layout resource), or null. */
    public ObjectProperty<Object> serverOriginProperty() {
        return serverOrigin;
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** After a successful save: the current state is the saved one. */
    public void markSaved() {
        backgroundChanged = false;
        history.markSaved();
    }
}
