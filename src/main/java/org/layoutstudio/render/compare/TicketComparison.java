package org.layoutstudio.render.compare;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.raster.Pdfs;

/**
 * Two ticket PDFs compared page by page: each page rasterised at {@link #DPI} dpi, the ink matched
 * within {@link InkAgreement#TOLERANCE_PX} pixel, and one agreement figure over all pages (a page only
 * one PDF has counts as ink without a partner). Immutable; thread-safe.
 */
public final class TicketComparison {
    /** The resolution both PDFs are rasterised at (the fidelity figures of issue 13 are measured at it). */
    public static final float DPI = 150;
    /** Pages compared at most; a ticket has one page per background page. */
    public static final int MAX_PAGES = 20;
    /** Largest page raster, in pixels (an A0 page at 150 dpi has 35 million): bigger pages are refused. */
    public static final long MAX_PAGE_PIXELS = 40_000_000L;

    private final List<PageComparison> pages;
    private final int oursPages;
    private final int theirsPages;

    private TicketComparison(List<PageComparison> pages, int oursPages, int theirsPages) {
        this.pages = List.copyOf(pages);
        this.oursPages = oursPages;
        this.theirsPages = theirsPages;
    }

    /** Rasterises both PDFs and compares them. Their failures name them ("our ticket PDF", "pretix's ticket PDF"). */
    public static TicketComparison of(byte[] ours, byte[] theirs) throws RenderException {
        return of(rasterise(ours, "Our ticket PDF"), rasterise(theirs, "pretix's ticket PDF"));
    }

    /** Compares pages already rasterised at {@link #DPI} dpi (e.g. the other side kept while ours changes). */
    public static TicketComparison of(List<BufferedImage> ours, List<BufferedImage> theirs) {
        List<PageComparison> out = new ArrayList<>();
        int n = Math.max(ours.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            BufferedImage a = i < ours.size() ? ours.get(i) : null;
            BufferedImage b = i < theirs.size() ? theirs.get(i) : null;
            boolean[][] inkA = a == null ? new boolean[0][0] : InkAgreement.ink(a);
            boolean[][] inkB = b == null ? new boolean[0][0] : InkAgreement.ink(b);
            out.add(new PageComparison(i, a, b, InkAgreement.compare(inkA, inkB, InkAgreement.TOLERANCE_PX)));
        }
        return new TicketComparison(out, ours.size(), theirs.size());
    }

    /**
     * Every page of a PDF (at most {@link #MAX_PAGES}) at {@link #DPI} dpi, as shown by a viewer.
     *
     * @param what names the PDF in error sentences, e.g. "pretix's ticket PDF"
     * @throws RenderException when the PDF cannot be read, has too many pages, or a page is too large
     */
    public static List<BufferedImage> rasterise(byte[] pdf, String what) throws RenderException {
        PDDocument doc;
        try {
            doc = Pdfs.open(pdf);
        } catch (RenderException e) {
            throw new RenderException(what + " cannot be read: " + e.getMessage(), e);
        }
        try (doc) {
            int count = doc.getNumberOfPages();
            if (count > MAX_PAGES) {
                throw new RenderException(what + " has " + count + " pages; a comparison takes at most " + MAX_PAGES + ".");
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                PDRectangle box = doc.getPage(i).getCropBox();
                double pixels = (double) box.getWidth() * DPI / 72 * box.getHeight() * DPI / 72;
                if (pixels > MAX_PAGE_PIXELS) {
                    throw new RenderException(what + ": page " + (i + 1) + " is too large to compare ("
                            + Math.round(pixels / 1e6) + " million pixels at " + (int) DPI + " dpi; at most "
                            + MAX_PAGE_PIXELS / 1_000_000 + " million).");
                }
                out.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return out;
        } catch (IOException e) {
            throw new RenderException(what + " cannot be drawn (" + e.getMessage() + ").", e);
        }
    }

    /** The agreement over all pages: their matched ink over their union of ink; 1 when neither has ink. */
    public double agreement() {
        double intersection = 0;
        double union = 0;
        for (PageComparison p : pages) {
            intersection += p.difference().intersection();
            union += p.difference().union();
        }
        return union == 0 ? 1 : intersection / union;
    }

    /** The pages, in order; as many as the longer PDF has. */
    public List<PageComparison> pages() {
        return pages;
    }

    public int oursPageCount() {
        return oursPages;
    }

    public int theirsPageCount() {
        return theirsPages;
    }

    /** The difference pictures of all pages, one below the other with a gap of paper between them. */
    public BufferedImage picture(DiffPalette palette) {
        int gap = Math.round(DPI / 10);
        int width = 1;
        int height = 0;
        for (PageComparison p : pages) {
            width = Math.max(width, p.difference().width());
            height += p.difference().height() + (height == 0 ? 0 : gap);
        }
        BufferedImage out = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(palette.paper(), true));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            int y = 0;
            for (PageComparison p : pages) {
                g.drawImage(p.difference().picture(palette), 0, y, null);
                y += p.difference().height() + gap;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Whether both PDFs have the same number of pages, each of the same size. */
    public boolean sameShape() {
        return oursPages == theirsPages && pages.stream().allMatch(PageComparison::sameSize);
    }
}
