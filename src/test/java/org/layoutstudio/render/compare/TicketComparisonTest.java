package org.layoutstudio.render.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.Pdfs4Test;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;

/** Real ticket PDFs from our renderer, compared as the CLI and the editor compare them with pretix's. */
class TicketComparisonTest {
    private static final TicketRenderer RENDERER = new TicketRenderer(FontCatalog.builtInOnly());
    private static byte[] ticket;

    @BeforeAll
    static void renderTheDefaultTicket() throws Exception {
        ticket = RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), null);
    }

    /** The default ticket with element {@code index} moved right by {@code dxMm}. */
    private static byte[] shifted(int index, double dxMm) throws Exception {
        LayoutDocument doc = PretixDefaults.ticketLayout().copy();
        Element e = doc.get(index);
        doc.set(index, e.withLeft(e.left() + dxMm));
        return RENDERER.render(doc, TicketValues.sample(), null);
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * TicketComparison.DPI);
    }

    @Test
    void theSamePdfAgreesCompletely() throws Exception {
        TicketComparison c = TicketComparison.of(ticket, ticket);
        assertEquals(1.0, c.agreement());
        assertTrue(c.sameShape());
        PageComparison page = c.pages().get(0);
        assertEquals(px(210), page.ours().getWidth(), 1, "A4 at 150 dpi");
        assertEquals(0, page.difference().onlyOurs() + page.difference().onlyTheirs());
        assertTrue(page.difference().unmatchedBounds().isEmpty());
    }

    @Test
    void aShiftBelowOnePixelIsWithinTheTolerance() throws Exception {
        // 0.1 mm is 0.6 px at 150 dpi: anti-aliasing moves, the ink still has a partner
        assertTrue(TicketComparison.of(shifted(0, 0.1), ticket).agreement() > 0.99);
    }

    @Test
    void aMovedElementLowersTheFigureAndShowsWhereInTwoColours() throws Exception {
        LayoutDocument layout = PretixDefaults.ticketLayout();
        Element qr = layout.get(0); // the QR code, 64 mm
        assertEquals("barcodearea", qr.typeName());
        TicketComparison c = TicketComparison.of(shifted(0, 10), ticket);
        assertTrue(c.agreement() < 0.9, "a QR code 10 mm off: " + c.agreement());
        InkDifference d = c.pages().get(0).difference();
        assertTrue(d.onlyOurs() > 0 && d.onlyTheirs() > 0);

        // the unmatched ink lies within the old and the new place of the QR code, nothing else
        Rectangle box = d.unmatchedBounds().orElseThrow();
        int pageHeight = c.pages().get(0).theirs().getHeight();
        Rectangle qrPlaces = new Rectangle(px(qr.left()), pageHeight - px(qr.bottom() + qr.size()),
                px(qr.size() + 10), px(qr.size()));
        qrPlaces.grow(2, 2);
        assertTrue(qrPlaces.contains(box), box + " within " + qrPlaces);
        assertTrue(box.width > px(qr.size() / 2) && box.height > px(qr.size() / 2), "spans most of the code: " + box);

        BufferedImage picture = d.picture(DiffPalette.DEFAULT);
        assertEquals(DiffPalette.DEFAULT.paper(), picture.getRGB(2, 2), "paper stays paper");
        int oursOnly = 0;
        int theirsOnly = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                int rgb = picture.getRGB(x, y);
                oursOnly += rgb == DiffPalette.DEFAULT.onlyOurs() ? 1 : 0;
                theirsOnly += rgb == DiffPalette.DEFAULT.onlyTheirs() ? 1 : 0;
            }
        }
        assertEquals(d.onlyOurs(), oursOnly, "every unmatched pixel of ours is painted in ours' colour");
        assertEquals(d.onlyTheirs(), theirsOnly);
        // ours is 10 mm further right: beyond the right edge of theirs only ours has ink
        int oursBeyond = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = px(qr.left() + qr.size()) + 2; x < box.x + box.width; x++) {
                assertTrue(picture.getRGB(x, y) != DiffPalette.DEFAULT.onlyTheirs(), "theirs has no ink right of its code");
                oursBeyond += picture.getRGB(x, y) == DiffPalette.DEFAULT.onlyOurs() ? 1 : 0;
            }
        }
        assertTrue(oursBeyond > 0);
    }

    @Test
    void aMissingPageCountsAsInkWithoutPartner() throws Exception {
        byte[] twoPages = RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), Pdfs4Test.background(2, 210, 297));
        byte[] onePage = RENDERER.render(PretixDefaults.ticketLayout(), TicketValues.sample(), Pdfs4Test.background(1, 210, 297));
        TicketComparison c = TicketComparison.of(onePage, twoPages);
        assertEquals(2, c.pages().size());
        assertFalse(c.sameShape());
        assertEquals(1.0, c.pages().get(0).difference().agreement());
        // the second page has no elements and a blank background: no ink, nothing lost
        assertEquals(1.0, c.agreement());
        assertEquals(null, c.pages().get(1).ours());
    }

    @Test
    void differentPageSizesAreComparedOnTheLargerArea() {
        boolean[][] small = new boolean[2][2];
        boolean[][] large = new boolean[3][3];
        small[0][0] = true;
        large[0][0] = true;
        large[2][2] = true; // beyond the small one's edge: no partner
        InkDifference d = InkAgreement.compare(small, large, 0);
        assertEquals(3, d.width());
        assertEquals(1, d.onlyTheirs());
        assertEquals(0, d.onlyOurs());
        assertEquals(1 / 2.0, d.agreement(), 1e-9);
    }

    @Test
    void badInputGetsASentenceNamingWhichPdf() {
        RenderException e = assertThrows(RenderException.class,
                () -> TicketComparison.of(ticket, "<html>busy</html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("pretix's ticket PDF cannot be read"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InkAgreement.compare(new boolean[1][1], new boolean[1][1], -1));
    }

    @Test
    void tooManyPagesAreRefusedBeforeRasterising() throws Exception {
        byte[] many = Pdfs4Test.background(TicketComparison.MAX_PAGES + 1, 50, 50);
        RenderException e = assertThrows(RenderException.class, () -> TicketComparison.rasterise(many, "pretix's ticket PDF"));
        assertTrue(e.getMessage().contains("at most " + TicketComparison.MAX_PAGES), e.getMessage());
    }

    @Test
    void aHugePageIsRefusedBeforeRasterising() throws Exception {
        byte[] huge = Pdfs4Test.background(1, 5000, 5000); // 5 m square: 870 million pixels
        RenderException e = assertThrows(RenderException.class, () -> TicketComparison.rasterise(huge, "pretix's ticket PDF"));
        assertTrue(e.getMessage().contains("too large to compare"), e.getMessage());
    }
}
