package org.layoutstudio.editor.model;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layoutstudio.layout.LayoutDocument;

/**
 * One open layout in the editor: the document, its one undo history, its selection, the background
 * PDF it is drawn on, the page shown, and where it belongs (a file, and/or a layout on a pretix server).
 * Every change of content — elements, name, background — is a command in the history; "modified" is
 * derived from it.
 */
public final class EditorDocument {
    private final LayoutDocument layout;
    private final UndoHistory history;
    private final Selection selection;
    /** Named by whoever makes the document (after its file, pretix's name, "New ticket layout"). */
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<byte[]> backgroundPdf = new ReadOnlyObjectWrapper<>(this, "backgroundPdf");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 1);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<ServerOrigin> serverOrigin = new SimpleObjectProperty<>(this, "serverOrigin");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public EditorDocument(LayoutDocument layout, byte[] backgroundPdf) {
        this.layout = layout;
        this.history = new UndoHistory(layout);
        this.selection = new Selection(layout);
        this.backgroundPdf.set(backgroundPdf); // null only where a canvas is tested without a page
        history.addListener(() -> {
            modified.set(history.isModified());
            revision.set(history.revision());
        });
    }

    /** A document opened from pretix: it belongs to {@code origin}, on the server's background. */
    public static EditorDocument fromServer(LayoutDocument layout, ServerOrigin origin) {
        EditorDocument doc = new EditorDocument(layout, origin.background().pdf());
        doc.name.set(origin.layout().name());
        doc.serverOrigin.set(origin);
        return doc;
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

    /** The name; change it with {@link RenameCommand} (the setter is for the history's commands). */
    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<byte[]> backgroundPdfProperty() {
        return backgroundPdf.getReadOnlyProperty();
    }

    /** Replaces the background PDF as one undoable step described by {@code description}. */
    public void replaceBackground(byte[] pdf, String description) {
        if (pdf != backgroundPdf.get()) {
            run(backgroundCommand(pdf, description));
        }
    }

    /** The step that puts {@code pdf} under the layout (for composite steps such as "take theirs"). */
    public Command backgroundCommand(byte[] pdf, String description) {
        return new BackgroundCommand(this, Objects.requireNonNull(pdf, "pdf"), description);
    }

    /** For {@link BackgroundCommand}: what the canvas, preview and checks draw on. */
    void showBackground(byte[] pdf) {
        backgroundPdf.set(pdf);
    }

    /**
     * True while the document shows a stand-in page because its server background could not be
     * fetched (the server's background is then left untouched by saving).
     */
    public boolean isOnStandInBackground() {
        ServerOrigin o = serverOrigin.get();
        return o != null && o.background().isUnavailable() && o.background().pdf() == backgroundPdf.get();
    }

    /** 1-based page shown on the canvas. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** The file the document was opened from or last saved to, or null. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Where the layout belongs on a pretix server, or null (a file or a new layout). */
    public ObjectProperty<ServerOrigin> serverOriginProperty() {
        return serverOrigin;
    }

    public ServerOrigin serverOrigin() {
        return serverOrigin.get();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** Raised by every change of the history (run, undo, redo, save): views follow it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** After a successful save: the current state is the saved one. */
    public void markSaved() {
        history.markSaved();
    }
}
