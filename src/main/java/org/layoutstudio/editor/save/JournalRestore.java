package org.layoutstudio.editor.save;

import java.nio.file.Files;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceAllCommand;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundPdf;

/**
 * Reopens a journalled document as modified: the document starts from its last saved state (the
 * server copy, the file on disk, or empty) and the journalled content is one undo step on top
 * ("Restore unsaved changes"), so undo shows what was saved.
 */
public final class JournalRestore {
    private JournalRestore() {
    }

    public static EditorDocument restore(CrashJournal.Entry entry) throws LayoutFormatException {
        LayoutDocument recovered = LayoutDocument.parse(entry.layoutJson());
        byte[] background = entry.background() != null ? entry.background() : PretixDefaults.ticketBackgroundPdf();
        EditorDocument doc = new EditorDocument(savedState(entry), background);
        doc.nameProperty().set(entry.name());
        doc.fileProperty().set(entry.file());
        doc.serverOriginProperty().set(entry.origin());
        doc.run(new ReplaceAllCommand("Restore unsaved changes", recovered.elements()));
        if (entry.backgroundChanged()) {
            doc.replaceBackground(background);
        }
        return doc;
    }

    private static LayoutDocument savedState(CrashJournal.Entry entry) {
        try {
            if (entry.origin() != null) {
                return LayoutDocument.parse(entry.origin().layoutJson());
            }
            if (entry.file() != null && Files.isRegularFile(entry.file())
                    && Files.size(entry.file()) < BackgroundPdf.MAX_BYTES) {
                return LayoutDocument.read(entry.file());
            }
        } catch (LayoutFormatException | java.io.IOException e) {
            // the saved state is gone or broken: start from an empty layout, the journal holds the work
        }
        return new LayoutDocument();
    }
}
