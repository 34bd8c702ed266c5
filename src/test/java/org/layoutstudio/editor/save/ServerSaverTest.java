package org.layoutstudio.editor.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.document.ServerLayout;
import org.layoutstudio.editor.document.ServerOrigin;
import org.layoutstudio.editor.testing.InMemoryLayoutRepository;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;

class ServerSaverTest {
    private final InMemoryLayoutRepository repo = new InMemoryLayoutRepository();
    private final ServerSaver saver = new ServerSaver(repo);

    @Test
    void patchSendsOnlyWhatChanged() throws Exception {
        ServerLayout s = repo.put("Ticket", PretixDefaults.ticketLayout().toCompactJson());
        ServerOrigin origin = ServerOrigin.of(s);
        LayoutDocument d = LayoutDocument.parse(s.layoutJson());
        d.set(0, d.get(0).withLeft(12.5));

        saver.save(new SaveRequest("Ticket", d.toCompactJson(), null, origin), SaveMode.UPDATE);
        assertEquals("PATCH layout", repo.requests.get(repo.requests.size() - 1));
        assertTrue(repo.stored(s.id()).layoutJson().contains("\"left\":\"12.50\""));

        ServerOrigin after = ServerOrigin.of(repo.stored(s.id()));
        saver.save(new SaveRequest("Renamed", d.toCompactJson(), null, after), SaveMode.UPDATE);
        assertEquals("PATCH name", repo.requests.get(repo.requests.size() - 1));

        int before = repo.requests.size();
        saver.save(new SaveRequest("Renamed", d.toCompactJson(), null, ServerOrigin.of(repo.stored(s.id()))), SaveMode.UPDATE);
        assertEquals(before, repo.requests.size(), "nothing changed: no request");
    }

    @Test
    void aNewBackgroundIsUploadedFirstAndSentAsFileId() throws Exception {
        ServerLayout s = repo.put("Ticket", "[]");
        saver.save(new SaveRequest("Ticket", "[]", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 1, 2, 3}, ServerOrigin.of(s)),
                SaveMode.UPDATE);
        assertEquals(List.of("UPLOAD", "PATCH background"), repo.requests.subList(repo.requests.size() - 2, repo.requests.size()));
    }

    @Test
    void conflictIsAServerCopyThatDiffersFromTheOneAtOpen() throws Exception {
        ServerLayout s = repo.put("Ticket", PretixDefaults.ticketLayout().toCompactJson());
        ServerOrigin origin = ServerOrigin.of(s);
        assertNull(saver.changedOnServer(origin));
        repo.changeBehindTheBack(s.id(), "[]");
        ServerLayout theirs = saver.changedOnServer(origin);
        assertNotNull(theirs);
        assertEquals("[]", theirs.layoutJson());
    }

    @Test
    void sameLayoutIgnoresFormatting() {
        assertTrue(ServerSaver.sameLayout("[{\"a\": \"1.50\", \"b\": 2}]", "[{\"a\":\"1.50\",\"b\":2}]"));
        assertTrue(!ServerSaver.sameLayout("[{\"a\": \"1.50\"}]", "[{\"a\":\"1.5\"}]"));
    }
}
