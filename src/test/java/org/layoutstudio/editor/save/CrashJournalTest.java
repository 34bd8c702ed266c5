package org.layoutstudio.editor.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.editor.model.ServerBackground;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.pretix.TicketLayoutResource;

class CrashJournalTest {
    private static final EventAddress EVENT = new EventAddress("https://pretix.example/", "acme", "fest");

    @TempDir
    Path dir;

    private static ServerOrigin origin(long id, String name, String layoutJson, ServerBackground bg) throws Exception {
        TicketLayoutResource r = TicketLayoutResource.fromJson(LayoutJson.parse("{\"id\":" + id + ",\"name\":\"" + name
                + "\",\"default\":false,\"layout\":" + layoutJson + ",\"background\":\"https://pretix.example/media/bg.pdf\"}"));
        return new ServerOrigin(EVENT, "Acme", r, bg);
    }

    @Test
    void entriesSurviveARestartAndACleanCloseRemovesThem() throws Exception {
        CrashJournal first = new CrashJournal(dir);
        byte[] serverBg = BackgroundPdf.blank(100, 50);
        ServerOrigin origin = origin(7, "Ticket", "[{\"type\":\"poweredby\",\"size\":\"1.50\"}]", ServerBackground.downloaded(serverBg));
        first.write("a", new CrashJournal.Snapshot("Ticket", null, origin, "[{\"type\":\"poweredby\"}]",
                PretixDefaults.badgeBackgroundPdf(), 1));
        first.write("b", new CrashJournal.Snapshot("Badge", Path.of("/tmp/badge.json"), null, "[]",
                PretixDefaults.ticketBackgroundPdf(), 2));
        // an older snapshot never overwrites a newer one
        first.write("a", new CrashJournal.Snapshot("Old", null, origin, "[]", PretixDefaults.ticketBackgroundPdf(), 0));

        List<CrashJournal.Entry> found = new CrashJournal(dir).recoverable();
        assertEquals(2, found.size());
        CrashJournal.Entry a = found.stream().filter(e -> e.id().equals("a")).findFirst().orElseThrow();
        assertEquals("Ticket", a.name());
        assertEquals(EVENT, a.origin().event(), "where it belongs survives the crash");
        assertEquals("Acme", a.origin().connectionName());
        assertEquals(7, a.origin().layoutId());
        assertEquals("[{\"type\":\"poweredby\",\"size\":\"1.50\"}]", LayoutJson.writeCompact(a.origin().layout().layoutJson()),
                "the server's copy with its literals");
        assertArrayEquals(serverBg, a.origin().background().pdf(), "and the server's background");
        assertEquals("[{\"type\":\"poweredby\"}]", a.layoutJson());
        assertArrayEquals(PretixDefaults.badgeBackgroundPdf(), a.background());

        first.remove("a");
        first.remove("b");
        assertTrue(new CrashJournal(dir).recoverable().isEmpty());
        first.write("a", new CrashJournal.Snapshot("Late", null, null, "[]", PretixDefaults.ticketBackgroundPdf(), 5));
        assertTrue(new CrashJournal(dir).recoverable().isEmpty(), "a write after a clean close is ignored");
    }

    @Test
    void aRestoredDocumentIsModifiedBelongsWhereItCameFromAndUndoShowsTheSavedState() throws Exception {
        CrashJournal j = new CrashJournal(dir);
        String saved = PretixDefaults.ticketLayout().toCompactJson();
        ServerOrigin origin = origin(3, "Ticket", saved, ServerBackground.pretixDefault(PretixDefaults.ticketBackgroundPdf()));
        byte[] mine = BackgroundPdf.blank(148, 105);
        j.write("x", new CrashJournal.Snapshot("Ticket v2", null, origin, "[]", mine, 1));
        CrashJournal.Entry e = new CrashJournal(dir).recoverable().get(0);
        var doc = JournalRestore.restore(e, "Restore unsaved changes");
        assertTrue(doc.isModified());
        assertEquals(0, doc.layout().size());
        assertEquals("Ticket v2", doc.nameProperty().get());
        assertArrayEquals(mine, doc.backgroundPdfProperty().get());
        assertEquals(EVENT, doc.serverOrigin().event(), "saving goes back to the event it came from");
        assertEquals("Restore unsaved changes", doc.history().undoDescription());

        doc.history().undo();
        assertEquals(saved, doc.layout().toCompactJson());
        assertEquals("Ticket", doc.nameProperty().get());
        assertArrayEquals(PretixDefaults.ticketBackgroundPdf(), doc.backgroundPdfProperty().get());
        assertFalse(doc.isModified(), "the saved state is the server's copy");
    }
}
