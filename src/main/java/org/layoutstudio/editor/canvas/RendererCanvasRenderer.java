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
import org.layoutstudio.render.text.FontMetrics;
import org.layoutstudio.render.text.GlyphRun;
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
    private final Map<String, String> notdefs = new ConcurrentHashMap<>();
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
        FontMetrics metrics = engine.fonts().metrics(b.font());
        List<CanvasText.Line> lines = new ArrayList<>(b.lines().size());
        for (TextLine l : b.lines()) {
            List<CanvasText.Run> runs = new ArrayList<>();
            for (GlyphRun r : l.runs(metrics, b.fontSize())) {
                addRun(runs, r, metrics, b.fontSize());
            }
            lines.add(new CanvasText.Line(l.text(), l.x(), l.baseline(), l.width(), runs));
        }
        String notdef = notdefs.computeIfAbsent(key, k -> svg(metrics.notdefOutline()));
        return new CanvasText(key, b.fontSize(), b.leading(), lines, b.originX(), b.originY(), b.rotation(), b.color(),
                b.height(), notdef);
    }

    /**
     * A run as the canvas draws it. The text is already in visual order; JavaFX would reorder
     * right-to-left letters once more, so each of them is a run of its own, placed by the metrics.
     */
    static void addRun(List<CanvasText.Run> out, GlyphRun r, FontMetrics metrics, double size) {
        if (r.missing() || r.text().codePoints().noneMatch(RendererCanvasRenderer::rightToLeft)) {
            out.add(new CanvasText.Run(r.text(), r.x(), r.missing()));
            return;
        }
        StringBuilder ltr = new StringBuilder();
        double ltrX = r.x();
        double x = r.x();
        for (int i = 0; i < r.text().length(); ) {
            int cp = r.text().codePointAt(i);
            i += Character.charCount(cp);
            if (rightToLeft(cp)) {
                if (ltr.length() > 0) {
                    out.add(new CanvasText.Run(ltr.toString(), ltrX, false));
                    ltr.setLength(0);
                }
                out.add(new CanvasText.Run(Character.toString(cp), x, false));
            } else {
                if (ltr.length() == 0) {
                    ltrX = x;
                }
                ltr.appendCodePoint(cp);
            }
            x += 0.001 * size * metrics.advance(cp);
        }
        if (ltr.length() > 0) {
            out.add(new CanvasText.Run(ltr.toString(), ltrX, false));
        }
    }

    private static boolean rightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** A glyph outline (y up) as SVG path data (y down). */
    static String svg(java.awt.geom.GeneralPath path) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> d.append('M').append(c[0]).append(' ').append(-c[1]);
                case java.awt.geom.PathIterator.SEG_LINETO -> d.append('L').append(c[0]).append(' ').append(-c[1]);
                case java.awt.geom.PathIterator.SEG_QUADTO -> d.append('Q').append(c[0]).append(' ').append(-c[1])
                        .append(' ').append(c[2]).append(' ').append(-c[3]);
                case java.awt.geom.PathIterator.SEG_CUBICTO -> d.append('C').append(c[0]).append(' ').append(-c[1])
                        .append(' ').append(c[2]).append(' ').append(-c[3]).append(' ').append(c[4]).append(' ').append(-c[5]);
                default -> d.append('Z');
            }
        }
        return d.toString();
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
