package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.text.FontCatalog;

/**
 * What a batch prepares once stays right for every ticket: texts laid out once per element and
 * text (a name differs on each ticket, the event name does not), and a background read once per
 * bytes handed in, whichever comes next.
 */
class TicketBatchTest {
    private final TicketRenderer renderer = new TicketRenderer(FontCatalog.builtInOnly());

    @Test
    void everyTicketOfABatchShowsItsOwnTextsAndTheSharedOnes() throws Exception {
        int tickets = 3 * LaidOutTexts.MAX_TEXTS_PER_ELEMENT; // past the point where the kept texts start over
        List<TicketValues> all = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            Map<String, String> v = new HashMap<>(PlaceholderCatalog.samples());
            v.put("attendee_name", "Guest " + i + " Q");
            all.add(TicketValues.of(v, "secret" + i, "en"));
        }
        byte[] pdf = renderer.render(PretixDefaults.ticketLayout(), all, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(tickets, doc.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            for (int page : new int[] {1, 2, LaidOutTexts.MAX_TEXTS_PER_ELEMENT + 1, tickets}) {
                text.setStartPage(page);
                text.setEndPage(page);
                String shown = text.getText(doc);
                assertTrue(shown.contains("Guest " + (page - 1) + " Q"), "page " + page + " shows its attendee: " + shown);
                assertEquals(1, shown.split("Guest ", -1).length - 1, "page " + page + " shows one attendee");
                assertTrue(shown.contains(PlaceholderCatalog.samples().get("event_name")), "page " + page + " shows the event");
                assertTrue(shown.contains("\"secret\": \"secret" + (page - 1) + "\""), "page " + page + " carries its own secret");
            }
        }
    }

    @Test
    void theBackgroundFollowsTheBytesOfEachCall() throws Exception {
        byte[] a4 = Pdfs4Test.background(1, 210, 297);
        byte[] a6 = Pdfs4Test.background(2, 148, 105);
        LayoutDocument layout = PretixDefaults.ticketLayout();
        assertPages(renderer.render(layout, TicketValues.sample(), a4), 1, 210, 297);
        assertPages(renderer.render(layout, TicketValues.sample(), a6), 2, 148, 105);
        assertPages(renderer.render(layout, TicketValues.sample(), a4), 1, 210, 297);
        assertPages(renderer.render(layout, TicketValues.sample(), a6.clone()), 2, 148, 105);
        assertPages(renderer.render(layout, TicketValues.sample(), null), 1, 210, 297);
    }

    private static void assertPages(byte[] pdf, int pages, double wMm, double hMm) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(pages, doc.getNumberOfPages());
            assertEquals(wMm, Units.ptToMm(doc.getPage(0).getMediaBox().getWidth()), 0.1);
            assertEquals(hMm, Units.ptToMm(doc.getPage(0).getMediaBox().getHeight()), 0.1);
        }
    }
}
