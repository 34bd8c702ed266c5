package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.text.FontCatalog;

class TicketRendererSmokeTest {
    @Test
    void rendersTheDefaultTicketWithSampleValues() throws Exception {
        byte[] pdf = new TicketRenderer(FontCatalog.standard()).render(PretixDefaults.ticketLayout(), TicketValues.sample(), null);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/smoke.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("Ticket", doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Sample event name"), text);
        }
    }
}
