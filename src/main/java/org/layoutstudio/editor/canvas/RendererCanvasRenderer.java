package org.layoutstudio.editor.canvas;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.render.QrCodes;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.ResolvedFont;
import org.layoutstudio.render.text.TextBlock;
import org.layoutstudio.render.text.TextLayoutEngine;
import org.layoutstudio.render.text.TextLine;

/**
 * The canvas drawn by the ticket renderer itself: its text layout engine and TrueType faces, its QR
 * codes, its cached background rasteriser. This is what makes the canvas look like the printed
 * ticket.
 */
public final class RendererCanvasRenderer implements CanvasRenderer {
    private static volatile RendererCanvasRenderer shared;

    private final TextLayoutEngine engine;
    private final BackgroundRaster raster;
    private final Map<String, ResolvedFont> faces = new ConcurrentHashMap<>();
    private final ContentValues samples = ContentValues.of(TicketValues.sample());

    public RendererCanvasRenderer(TextLayoutEngine engine, BackgroundRaster raster) {
        this.engine = engine;
        this.raster = raster;
    }

    /** One instance for the application: the standard font catalogue and one background cache. */
    public static RendererCanvasRenderer shared() {
        RendererCanvasRenderer r = shared;
        if (r == null) {
            synchronized (RendererCanvasRenderer.class) {
                r = shared;
                if (r == null) {
                    r = new RendererCanvasRenderer(new TextLayoutEngine(FontCatalog.standard()), new BackgroundRaster());
                    shared = r;
                }
            }
        }
        return r;
    }

    /**
     * Builds the shared renderer off the FX thread (scanning the system's fonts and parsing the
     * first metrics takes seconds on a cold start): call once at application start, so that the
     * first canvas opens without a pause.
     */
    public static java.util.concurrent.CompletableFuture<RendererCanvasRenderer> warmUp() {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            RendererCanvasRenderer r = shared();
            for (Element e : org.layoutstudio.layout.PretixDefaults.ticketLayout().elements()) {
                if (e.type().isText()) {
                    r.layoutText(e, r.sampleValues().textFor(e));
                } else if (e.type() == org.layoutstudio.layout.ElementType.BARCODEAREA) {
                    r.qrModules(r.sampleValues().barcodeFor(e), e.noWhitespace());
                }
            }
            return r;
        }, runnable -> {
            Thread t = new Thread(runnable, "canvas-warm-up");
            t.setDaemon(true);
            t.start();
        });
    }

    public TextLayoutEngine engine() {
        return engine;
    }

    @Override
    public CanvasText layoutText(Element element, String text) {
        TextBlock b = engine.layout(element, text);
        String key = b.font().key();
        faces.putIfAbsent(key, b.font());
        List<CanvasText.Line> lines = new ArrayList<>(b.lines().size());
        for (TextLine l : b.lines()) {
            lines.add(new CanvasText.Line(l.text(), l.x(), l.baseline(), l.width()));
        }
        return new CanvasText(key, b.fontSize(), b.leading(), lines, b.originX(), b.originY(), b.rotation(), b.color(), b.height());
    }

    @Override
    public byte[] fontBytes(String fontKey) {
        ResolvedFont f = faces.get(fontKey);
        return f == null ? null : engine.fonts().ttfBytes(f);
    }

    @Override
    public boolean[][] qrModules(String content, boolean noWhitespace) {
        return QrCodes.modules(content, noWhitespace);
    }

    @Override
    public ContentValues sampleValues() {
        return samples;
    }

    @Override
    public PageGeometry pages(byte[] pdf) throws RenderException {
        return BackgroundPdf.read(pdf);
    }

    @Override
    public BufferedImage rasterize(byte[] pdf, int pageIndex, double pxPerPt) throws RenderException {
        return raster.render(pdf, pageIndex, pxPerPt);
    }
}
