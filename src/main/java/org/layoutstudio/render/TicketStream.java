package org.layoutstudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.SafeText;
import org.layoutstudio.render.raster.Pdfs;

/**
 * Renders many tickets, and copies of them, into one PDF written straight to a stream in bounded
 * memory: the {@link TicketRenderer} renders a batch of tickets at a time, the batch's pages are
 * appended to the output ({@link PdfAppender}) and dropped. Copies of a ticket are rendered once
 * and share their page content. Refuses, before anything is written, what lies beyond
 * {@link RenderLimits} and the layout's {@link org.layoutstudio.layout.InputLimits}.
 */
public final class TicketStream {
    /** Distinct tickets rendered into one intermediate document. */
    static final int TICKETS_PER_BATCH = 100;
    /** Copies appended between two progress reports. */
    private static final int COPIES_PER_REPORT = 10_000;

    /** Hears how far the work is: pages written so far, of how many. */
    @FunctionalInterface
    public interface Progress {
        void pagesWritten(long done, long total);
    }

    private final TicketRenderer renderer;

    /** Renders through {@code renderer}. */
    public TicketStream(TicketRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Writes {@code copies} copies of every ticket (ticket 1's copies first) on {@code background}
     * (pretix's default A4 ticket when null) to {@code out}, and returns the number of pages.
     *
     * @throws RenderException with a sentence when the layout, a ticket's text, the background
     *                         or the size of the job is beyond the limits, or rendering fails
     * @throws IOException     when {@code out} cannot be written
     */
    public long write(LayoutDocument layout, List<TicketValues> tickets, int copies, byte[] background, OutputStream out,
            Progress progress) throws RenderException, IOException {
        if (copies < 1 || copies > RenderLimits.MAX_COPIES) {
            throw new RenderException(RenderLimits.tooManyCopies(copies));
        }
        if (tickets.isEmpty()) {
            throw new RenderException("There is no ticket to render.");
        }
        List<Finding> beyond = LayoutValidator.beyondLimits(layout);
        if (!beyond.isEmpty()) {
            throw new RenderException(beyond.get(0).line());
        }
        byte[] bg = background == null ? PretixDefaults.ticketBackgroundPdf() : background;
        int pagesPerTicket;
        try (PDDocument doc = Pdfs.open(bg)) {
            pagesPerTicket = doc.getNumberOfPages();
        }
        long total = (long) tickets.size() * copies * pagesPerTicket;
        if (total > RenderLimits.MAX_OUTPUT_PAGES) {
            throw new RenderException(RenderLimits.tooManyOutputPages(total));
        }
        checkTexts(layout, tickets);
        try (PdfAppender pdf = new PdfAppender(out)) {
            for (int from = 0; from < tickets.size(); from += TICKETS_PER_BATCH) {
                List<TicketValues> batch = tickets.subList(from, Math.min(tickets.size(), from + TICKETS_PER_BATCH));
                byte[] rendered = renderer.render(layout, batch, bg);
                try (PDDocument doc = Loader.loadPDF(rendered, "", null, null,
                        MemoryUsageSetting.setupMixed(Pdfs.MAX_MAIN_MEMORY).streamCache)) {
                    for (int t = 0; t < batch.size(); t++) {
                        for (int done = 0; done < copies; done += COPIES_PER_REPORT) {
                            pdf.append(doc, t * pagesPerTicket, pagesPerTicket, Math.min(COPIES_PER_REPORT, copies - done));
                            progress.pagesWritten(pdf.pages(), total);
                        }
                    }
                }
            }
            pdf.finish("Ticket", "Layout Studio for pretix");
            return pdf.pages();
        }
    }

    /** A text that grows beyond the limit with a ticket's values (a 10 MB attendee name) is refused. */
    private static void checkTexts(LayoutDocument layout, List<TicketValues> tickets) throws RenderException {
        List<Element> texts = layout.elements().stream().filter(e -> e.type().isText()).toList();
        for (int t = 0; t < tickets.size(); t++) {
            for (Element e : texts) {
                int chars = tickets.get(t).textFor(e).length();
                if (chars > org.layoutstudio.layout.InputLimits.MAX_TEXT_CHARS) {
                    throw new RenderException(RenderLimits.textTooLong(t + 1, layout.indexOf(e.id()) + 1,
                            SafeText.line(e.typeName(), 60), chars));
                }
            }
        }
    }
}
