package org.layoutstudio.editor.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.document.ServerOrigin;
import org.layoutstudio.layout.PretixDefaults;

class CrashJournalTest {
    @TempDir
    Path dir;

    @Test
    void entriesSurviveARestartAndACleanCloseRemovesThem() throws Exception {
        CrashJournal first = new CrashJournal(dir);
        ServerOrigin origin = new ServerOrigin(7, "Ticket", false, "[]", "http://x/bg.pdf");
        first.write("a", new CrashJournal.Snapshot("Ticket", null, origin, false, "[{\"type\":\"poweredby\"}]",
                PretixDefaults.badgeBackgroundPdf(), 1));
        first.write("b", new CrashJournal.Snapshot("Badge", Path.of("/tmp/badge.json"), null, true, "[]", null, 2));
        // an older snapshot never overwrites a newer one
        first.write("a", new CrashJournal.Snapshot("Old", null, origin, false, "[]", null, 0));

        List<CrashJournal.Entry> found = new CrashJournal(dir).recoverable();
        assertEquals(2, found.size());
        CrashJournal.Entry a = found.stream().filter(e -> e.id().equals("a")).findFirst().orElseThrow();
        assertEquals("Ticket", a.name());
        assertEquals(7, a.origin().layoutId());
        assertEquals("[{\"type\":\"poweredby\"}]", a.layoutJson());
        assertEquals(PretixDefaults.badgeBackgroundPdf().length, a.background().length);

        first.remove("a");
        first.remove("b");
        assertTrue(new CrashJournal(dir).recoverable().isEmpty());
        first.write("a", new CrashJournal.Snapshot("Late", null, null, false, "[]", null, 5));
        assertTrue(new CrashJournal(dir).recoverable().isEmpty(), "a write after a clean close is ignored");
    }

    @Test
    void aRestoredDocumentIsModifiedAndUndoShowsTheSavedState() throws Exception {
        CrashJournal j = new CrashJournal(dir);
        String saved = PretixDefaults.ticketLayout().toCompactJson();
        j.write("x", new CrashJournal.Snapshot("Ticket", null, new ServerOrigin(3, "Ticket", true, saved, null), false,
                "[]", PretixDefaults.ticketBackgroundPdf(), 1));
        CrashJournal.Entry e = new CrashJournal(dir).recoverable().get(0);
        var doc = JournalRestore.restore(e);
        assertTrue(doc.isModified());
        assertEquals(0, doc.layout().size());
        doc.history().undo();
        assertEquals(saved, doc.layout().toCompactJson());
    }
}
