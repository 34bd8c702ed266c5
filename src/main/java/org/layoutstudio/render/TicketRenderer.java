package org.layoutstudio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.Printability;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.render.raster.Pdfs;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.TextLayoutEngine;

/**
 * Renders tickets as pretix prints them (PRETIX.md §5): one page per background page per ticket,
 * the background page imported once as a form XObject, the elements of each page drawn over it in
 * array order. Fonts, images, the logo and texts that repeat are embedded or laid out once per
 * document and reused by every ticket of a batch; the background is read once for as long as the
 * same bytes come in. The background form is the only form XObject drawn on a ticket page's own
 * level (elements draw none): the preview lays a ready raster of it there instead
 * ({@code raster.TicketPageRaster}). Thread-safe (each call builds its own document).
 */
public final class TicketRenderer {
    /** The document title in the PDF's metadata (not shown by the app; PDF viewers show it in their title bar). */
    static final String PDF_TITLE = "Ticket";
    private final FontCatalog fonts;
    private final TextLayoutEngine text;
    private byte[] preparedBytes;
    private PreparedBackground prepared;

    public TicketRenderer(FontCatalog fonts) {
        this.fonts = fonts;
        this.text = new TextLayoutEngine(fonts);
    }

    public FontCatalog fonts() {
        return fonts;
    }

    public TextLayoutEngine textEngine() {
        return text;
    }

    /** One ticket; without a background pretix's default A4 ticket background is used. */
    public byte[] render(LayoutDocument layout, TicketValues values, byte[] backgroundPdfOrNull) throws RenderException {
        return render(layout, List.of(values), backgroundPdfOrNull);
    }

    /** Many tickets in one document, sharing fonts, images and background XObjects. */
    public byte[] render(LayoutDocument layout, List<TicketValues> tickets, byte[] backgroundPdfOrNull)
            throws RenderException {
        if (tickets.isEmpty()) {
            throw new RenderException("There is no ticket to render.");
        }
        PreparedBackground background = background(backgroundPdfOrNull);
        PageGeometry geometry = background.geometry();
        refuseWhatBreaksPretix(layout, geometry);
        try (PDDocument out = new PDDocument(MemoryUsageSetting.setupMixed(Pdfs.MAX_MAIN_MEMORY).streamCache)) {
            PDFormXObject[] forms = background.importInto(out);
            PDRectangle pageSize = background.pageSize();
            List<List<Element>> onPage = elementsByPage(layout, geometry, forms.length);
            ElementPainter painter = new ElementPainter(out, fonts, text);
            for (TicketValues values : tickets) {
                for (int i = 0; i < forms.length; i++) {
                    PDPage page = new PDPage(pageSize);
                    out.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                        cs.drawForm(forms[i]);
                        for (Element e : onPage.get(i)) {
                            painter.paint(cs, e, values);
                        }
                    }
                }
            }
            PDDocumentInformation meta = out.getDocumentInformation();
            meta.setTitle(PDF_TITLE);
            meta.setCreator("Layout Studio for pretix");
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            out.save(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            throw new RenderException("The ticket PDF could not be written (" + e.getMessage() + ").", e);
        }
    }

    /** The ticket pages with their background and no element: what a preview rasterises once per background. */
    public byte[] renderBackgroundOnly(byte[] backgroundPdfOrNull) throws RenderException {
        return render(new LayoutDocument(), TicketValues.sample(), backgroundPdfOrNull);
    }

    /** pretix produces no ticket at all when one element breaks its renderer ({@link Printability.Reason#BREAKS_TICKET}); nor do we. */
    private static void refuseWhatBreaksPretix(LayoutDocument layout, PageGeometry page) throws RenderException {
        for (int i = 0; i < layout.size(); i++) {
            Element e = layout.get(i);
            Printability.NotPrinted why = Printability.whyNot(e, page);
            if (why != null && why.reason() == Printability.Reason.BREAKS_TICKET) {
                String what = e.type() == ElementType.POWEREDBY ? "scale the logo to a size" : "wrap text into a width";
                throw new RenderException("Element " + (i + 1) + " (" + e.type().label() + "): pretix cannot " + what
                        + " of 0 or less and produces no ticket with this layout.");
            }
        }
    }

    /** The elements pretix prints on each background page, in array order (pretix draws them in that order). */
    private static List<List<Element>> elementsByPage(LayoutDocument layout, PageGeometry geometry, int pages) {
        List<List<Element>> onPage = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            onPage.add(new ArrayList<>());
        }
        for (Element e : layout.elements()) {
            for (int i = 0; i < pages; i++) {
                if (Printability.isOnPage(e, i + 1) && Printability.printable(e, geometry)) {
                    onPage.get(i).add(e);
                }
            }
        }
        return onPage;
    }

    /**
     * The background read once for as long as callers pass the same bytes (the editor's preview
     * renders on the same background after every edit); without one, pretix's default A4 page.
     */
    private PreparedBackground background(byte[] pdfOrNull) throws RenderException {
        byte[] pdf = pdfOrNull == null ? DefaultBackground.PDF : pdfOrNull;
        synchronized (this) {
            if (pdf != preparedBytes) {
                prepared = PreparedBackground.read(pdf);
                preparedBytes = pdf;
            }
            return prepared;
        }
    }

    /** pretix's default A4 ticket background, read from the resources when first needed. */
    private static final class DefaultBackground {
        static final byte[] PDF = PretixDefaults.ticketBackgroundPdf();
    }
}
