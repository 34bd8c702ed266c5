package org.layoutstudio.editor.save;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.layoutstudio.editor.document.Documents;
import org.layoutstudio.editor.model.Command;
import org.layoutstudio.editor.model.CompositeCommand;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.RenameCommand;
import org.layoutstudio.editor.model.ReplaceAllCommand;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundPdf;

/**
 * Reopens a journalled document as modified: the document starts from its last saved state (the
 * server's copy it belongs to, the file on disk, or empty) and the journalled content — elements,
 * name, background — is one undo step on top ("Restore unsaved changes"), so undo shows what was saved
 * and saving goes where the document belongs.
 */
public final class JournalRestore {
    private JournalRestore() {
    }

    public static EditorDocument restore(CrashJournal.Entry entry, String description) throws LayoutFormatException {
        LayoutDocument recovered = LayoutDocument.parse(entry.layoutJson());
        EditorDocument doc;
        if (entry.origin() != null) {
            doc = EditorDocument.fromServer(entry.origin().layout().document(), entry.origin());
        } else {
            doc = new EditorDocument(savedFileState(entry), savedFileBackground(entry));
            doc.nameProperty().set(entry.file() != null ? Documents.baseName(entry.file()) : entry.name());
        }
        doc.fileProperty().set(entry.file());
        List<Command> steps = new ArrayList<>();
        steps.add(new ReplaceAllCommand(description, recovered.elements()));
        if (!entry.name().isEmpty() && !entry.name().equals(doc.nameProperty().get())) {
            steps.add(new RenameCommand(doc, entry.name(), description));
        }
        if (!Arrays.equals(entry.background(), doc.backgroundPdfProperty().get())) {
            steps.add(doc.backgroundCommand(entry.background(), description));
        }
        doc.run(new CompositeCommand(description, steps));
        return doc;
    }

    private static LayoutDocument savedFileState(CrashJournal.Entry entry) {
        try {
            if (entry.file() != null && Files.isRegularFile(entry.file())
                    && Files.size(entry.file()) < BackgroundPdf.MAX_BYTES) {
                return LayoutDocument.read(entry.file());
            }
        } catch (LayoutFormatException | java.io.IOException e) {
            // the saved state is gone or broken: start from an empty layout, the journal holds the work
        }
        return new LayoutDocument();
    }

    /**
     * The saved file's background as opening it would find it (the PDF beside it, else pretix's
     * default); without a saved file the journalled one (a new document has no other).
     */
    private static byte[] savedFileBackground(CrashJournal.Entry entry) {
        if (entry.file() == null || !Files.isRegularFile(entry.file())) {
            return entry.background();
        }
        try {
            java.nio.file.Path pdf = Documents.backgroundBeside(entry.file());
            if (Files.isRegularFile(pdf) && Files.size(pdf) <= BackgroundPdf.MAX_BYTES) {
                return Files.readAllBytes(pdf);
            }
        } catch (java.io.IOException e) {
            // then pretix's default, as opening the file would show
        }
        return PretixDefaults.ticketBackgroundPdf();
    }
}
