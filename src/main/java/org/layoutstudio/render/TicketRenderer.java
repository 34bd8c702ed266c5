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
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.Pdfs;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.TextLayoutEngine;

/**
 * Renders tickets as pretix prints them (PRETIX.md §5): one page per background page per ticket,
 * the background page imported once as a form XObject, the elements of each page drawn over it in
 * array order. Fonts, images, the logo and texts that repeat are embedded or laid out once per
 * document and reused by every ticket of a batch; the background is read once for as long as the
 * same bytes come in. Thread-safe (each call builds its own document).
 */
public final class TicketRenderer {
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

    /**
     * Maps a background page's user space to the page as a viewer shows it: the MediaBox's corner to
     * the origin and the page turned by its /Rotate, as pretix's merge does (pypdf's
     * {@code transfer_rotation_to_content}).
     */
    static java.awt.geom.AffineTransform displayTransform(PDPage page) {
        PDRectangle box = page.getMediaBox();
        double x0 = box.getLowerLeftX();
        double y0 = box.getLowerLeftY();
        double w = box.getWidth();
        double h = box.getHeight();
        int rot = ((page.getRotation() % 360) + 360) % 360;
        return switch (rot) {
            case 90 -> new java.awt.geom.AffineTransform(0, -1, 1, 0, -y0, x0 + w);
            case 180 -> new java.awt.geom.AffineTransform(-1, 0, 0, -1, x0 + w, y0 + h);
            case 270 -> new java.awt.geom.AffineTransform(0, 1, -1, 0, y0 + h, -x0);
            default -> new java.awt.geom.AffineTransform(1, 0, 0, 1, -x0, -y0);
        };
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
        try (PDDocument out = new PDDocument(MemoryUsageSetting.setupMixed(Pdfs.MAX_MAIN_MEMORY).streamCache)) {
            PDFormXObject[] forms = background.importInto(out);
            PDRectangle pageSize = new PDRectangle(background.pageSize().getWidth(), background.pageSize().getHeight());
            List<List<Element>> onPage = elementsByPage(layout, forms.length);
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
            meta.setTitle("Ticket");
            meta.setCreator("Layout Studio for pretix");
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            out.save(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            throw new RenderException("The ticket PDF could not be written (" + e.getMessage() + ").", e);
        }
    }

    /** The elements of each background page, in array order (pretix draws them in that order). */
    private static List<List<Element>> elementsByPage(LayoutDocument layout, int pages) {
        List<List<Element>> onPage = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            onPage.add(new ArrayList<>());
        }
        for (Element e : layout.elements()) {
            if (e.page() >= 1 && e.page() <= pages) {
                onPage.get(e.page() - 1).add(e);
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
