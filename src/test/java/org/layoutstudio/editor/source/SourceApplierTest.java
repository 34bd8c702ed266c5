package org.layoutstudio.editor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.Message;
import org.layoutstudio.layout.PretixDefaults;

class SourceApplierTest {
    @Test
    void invalidJsonIsNeverAppliedAndValidJsonIsOneUndoStep() {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        String before = doc.layout().toCompactJson();
        SourceApplier.Parsed broken = SourceApplier.parse("[{\"type\": ", (l, b) -> List.of(), null);
        assertNotNull(broken.problem());
        assertFalse(SourceApplier.apply(doc, broken, "Edit JSON source"));
        assertEquals(before, doc.layout().toCompactJson());

        SourceApplier.Parsed rejected = SourceApplier.parse("[]", (l, b) -> List.of(Finding.error(0, "", "", Message.of("layout.value.other"))), null);
        assertFalse(SourceApplier.apply(doc, rejected, "Edit JSON source"));

        long keptId = doc.layout().get(1).id();
        String edited = doc.layout().toPrettyJson().replaceFirst("\"130.40\"", "\"99.00\"");
        assertTrue(SourceApplier.apply(doc, SourceApplier.parse(edited, (l, b) -> List.of(), null), "Edit JSON source"));
        assertEquals("99.00", doc.layout().get(0).string("left", ""));
        assertEquals(keptId, doc.layout().get(1).id(), "unchanged elements keep their identity");
        assertEquals("Edit JSON source", doc.history().undoDescription());
        doc.history().undo();
        assertEquals(before, doc.layout().toCompactJson());
    }
}
