package org.layoutstudio.editor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

class UndoHistoryTest {
    private final AtomicLong now = new AtomicLong(10_000);

    private LayoutDocument doc() throws Exception {
        return LayoutDocument.parse("[{\"type\":\"poweredby\",\"left\":\"0\",\"bottom\":\"0\",\"size\":\"1.00\",\"content\":\"dark\"}]");
    }

    private ReplaceElementsCommand nudge(LayoutDocument d, double dx) {
        Element e = d.get(0);
        return new ReplaceElementsCommand("Nudge", List.of(e), List.of(e.withLeft(e.left() + dx)), true);
    }

    @Test
    void undoRedoRestoresExactJsonAndModifiedIsDerived() throws Exception {
        LayoutDocument d = doc();
        String original = d.toCompactJson();
        UndoHistory h = new UndoHistory(d, now::get);
        assertFalse(h.isModified());
        h.run(nudge(d, 5));
        assertTrue(h.isModified());
        assertEquals("Nudge", h.undoDescription());
        h.undo();
        assertEquals(original, d.toCompactJson());
        assertFalse(h.isModified(), "back at the opened state");
        h.redo();
        assertEquals("5.00", d.get(0).string("left", ""));
        h.markSaved();
        assertFalse(h.isModified());
        h.undo();
        assertTrue(h.isModified(), "undoing past the save point is a change");
    }

    @Test
    void quickNudgesMergeIntoOneStepButNotAcrossASave() throws Exception {
        LayoutDocument d = doc();
        UndoHistory h = new UndoHistory(d, now::get);
        h.run(nudge(d, 1));
        now.addAndGet(100);
        h.run(nudge(d, 1));
        now.addAndGet(100);
        h.run(nudge(d, 1));
        assertEquals(1, h.undoDescriptions().size());
        h.markSaved();
        now.addAndGet(100);
        h.run(nudge(d, 1));
        assertEquals(2, h.undoDescriptions().size());
        now.addAndGet(5_000);
        h.run(nudge(d, 1));
        assertEquals(3, h.undoDescriptions().size(), "a pause starts a new step");
        h.undo();
        h.undo();
        h.undo();
        assertEquals("0", d.get(0).string("left", ""));
    }

    @Test
    void removeAndReorderUndoToTheSameOrder() throws Exception {
        LayoutDocument d = LayoutDocument.parse("[{\"type\":\"a\"},{\"type\":\"b\"},{\"type\":\"c\"},{\"type\":\"d\"}]");
        String original = d.toCompactJson();
        UndoHistory h = new UndoHistory(d, now::get);
        h.run(new RemoveElementsCommand("Delete", List.of(d.get(3).id(), d.get(1).id())));
        assertEquals("[{\"type\":\"a\"},{\"type\":\"c\"}]", d.toCompactJson());
        h.undo();
        assertEquals(original, d.toCompactJson());
        h.run(new ReorderCommand("To back", List.of(d.get(2).id(), d.get(0).id(), d.get(1).id(), d.get(3).id())));
        assertEquals("[{\"type\":\"c\"},{\"type\":\"a\"},{\"type\":\"b\"},{\"type\":\"d\"}]", d.toCompactJson());
        h.undo();
        assertEquals(original, d.toCompactJson());
    }

    @Test
    void theRevisionCountsEveryChangeOfState() throws Exception {
        LayoutDocument d = doc();
        UndoHistory h = new UndoHistory(d, now::get);
        long r0 = h.revision();
        h.run(nudge(d, 1));
        long r1 = h.revision();
        h.undo();
        long r2 = h.revision();
        h.redo();
        long r3 = h.revision();
        h.markSaved();
        long r4 = h.revision();
        assertTrue(r0 < r1 && r1 < r2 && r2 < r3 && r3 < r4, List.of(r0, r1, r2, r3, r4).toString());
        h.undo();
        h.undo(); // nothing left to undo: no change, no new revision
        assertEquals(r4 + 1, h.revision());
    }

    @Test
    void aCommandPushedWhileAnotherExecutesIsRefused() throws Exception {
        LayoutDocument d = doc();
        UndoHistory h = new UndoHistory(d, now::get);
        String before = d.toCompactJson();
        Command nested = new Command() {
            @Override
            public void execute(LayoutDocument document) {
                h.run(nudge(document, 3)); // a command that pushes a command would make undo inexact
            }

            @Override
            public void undo(LayoutDocument document) {
            }

            @Override
            public String description() {
                return "Nested";
            }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> h.run(nested));
        assertTrue(e.getMessage().contains("while another one executes"), e.getMessage());
        assertEquals(before, d.toCompactJson(), "nothing changed");
        assertFalse(h.canUndo(), "nothing was recorded");
        h.run(nudge(d, 2));
        assertTrue(h.canUndo(), "the history works on afterwards");
    }
}
