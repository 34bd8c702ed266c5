package org.layoutstudio.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.Rgba;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.FontMetrics;
import org.layoutstudio.render.text.GlyphRun;
import org.layoutstudio.render.text.ResolvedFont;
import org.layoutstudio.render.text.TextBlock;
import org.layoutstudio.render.text.TextLayoutEngine;
import org.layoutstudio.render.text.TextLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Paints elements into one output document, keeping its fonts and images for reuse. Not thread-safe. */
final class ElementPainter {
    private static final Logger LOG = LoggerFactory.getLogger(ElementPainter.class);

    private final PDDocument doc;
    private final FontCatalog fonts;
    private final Map<String, PDType0Font> pdfFonts = new HashMap<>();
    /** Decoded images by reference (URL): a batch embeds each image once. */
    private final Map<String, Optional<PDImageXObject>> images = new HashMap<>();
    /** Larger images are refused (a decompression bomb must not take the memory). */
    static final long MAX_IMAGE_PIXELS = 40_000_000L;
    private final Map<String, PDImageXObject> logos = new HashMap<>();
    private PDExtendedGraphicsState invisible;
    private final LaidOutTexts laidOut;

    ElementPainter(PDDocument doc, FontCatalog fonts, TextLayoutEngine text) {
        this.doc = doc;
        this.fonts = fonts;
        this.laidOut = new LaidOutTexts(text);
    }

    void paint(PDPageContentStream cs, Element e, TicketValues values) throws IOException {
        switch (e.type()) {
            case TEXTCONTAINER, TEXTAREA -> paintText(cs, laidOut.of(e, values.textFor(e)));
            case BARCODEAREA -> paintQr(cs, e, values.barcodeFor(e), values);
            case IMAGEAREA -> paintImage(cs, e, values);
            case POWEREDBY -> paintLogo(cs, e);
            default -> {
                // pretix ignores unknown element types
            }
        }
    }

    void paintText(PDPageContentStream cs, TextBlock block) throws IOException {
        if (block.lines().isEmpty()) {
            return;
        }
        PDType0Font font = pdfFont(block.font());
        FontMetrics metrics = fonts.metrics(block.font());
        double size = block.fontSize();
        cs.saveGraphicsState();
        setFill(cs, block.color());
        cs.transform(Matrix.getTranslateInstance((float) block.originX(), (float) block.originY()));
        if (block.rotation() != 0) {
            cs.transform(Matrix.getRotateInstance(Math.toRadians(-block.rotation()), 0, 0));
        }
        List<double[]> boxes = new ArrayList<>();
        cs.beginText();
        cs.setFont(font, (float) size);
        for (TextLine line : block.lines()) {
            for (GlyphRun run : line.runs(metrics, size)) {
                double x = line.x() + run.x();
                if (run.missing()) {
                    boxes.add(new double[] {x, -line.baseline()});
                } else if (!run.text().isBlank()) {
                    cs.setTextMatrix(Matrix.getTranslateInstance((float) x, (float) -line.baseline()));
                    cs.showText(run.text());
                }
            }
        }
        cs.endText();
        if (!boxes.isEmpty()) {
            fillNotdef(cs, metrics, size, boxes);
        }
        cs.restoreGraphicsState();
    }

    /**
     * Characters the face lacks: reportlab draws the face's .notdef glyph (Open Sans: a box) there,
     * so the ticket shows the same boxes. Drawn as the glyph's outline, filled like a glyph.
     */
    private static void fillNotdef(PDPageContentStream cs, FontMetrics metrics, double size, List<double[]> at)
            throws IOException {
        for (double[] p : at) {
            java.awt.geom.GeneralPath box = metrics.notdefOutline();
            box.transform(new java.awt.geom.AffineTransform(size / 1000, 0, 0, size / 1000, p[0], p[1]));
            float[] c = new float[6];
            float lastX = 0;
            float lastY = 0;
            for (java.awt.geom.PathIterator it = box.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case java.awt.geom.PathIterator.SEG_MOVETO -> cs.moveTo(lastX = c[0], lastY = c[1]);
                    case java.awt.geom.PathIterator.SEG_LINETO -> cs.lineTo(lastX = c[0], lastY = c[1]);
                    case java.awt.geom.PathIterator.SEG_QUADTO -> {
                        // a TrueType quadratic curve as the equivalent cubic
                        cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                                c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                        lastX = c[2];
                        lastY = c[3];
                    }
                    case java.awt.geom.PathIterator.SEG_CUBICTO -> {
                        cs.curveTo(c[0], c[1], c[2], c[3], lastX = c[4], lastY = c[5]);
                    }
                    default -> cs.closePath();
                }
            }
        }
        cs.fill();
    }

    void paintQr(PDPageContentStream cs, Element e, String content, TicketValues values) throws IOException {
        if (content == null || content.isEmpty()) {
            return;
        }
        boolean[][] grid;
        try {
            grid = QrCodes.modules(content, e.noWhitespace());
        } catch (IllegalArgumentException ex) {
            LOG.warn("QR code skipped: {}", ex.getMessage());
            return;
        }
        double size = Units.mmToPt(e.size());
        int n = grid.length;
        float m = (float) (size / n);
        cs.saveGraphicsState();
        setFill(cs, e.color());
        // in modules from the top-left corner: every coordinate is a small integer, quick to write
        cs.transform(new Matrix(m, 0, 0, -m, (float) Units.mmToPt(e.left()), (float) (Units.mmToPt(e.bottom()) + size)));
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!grid[row][col]) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && grid[row][col]) {
                    col++;
                }
                cs.addRect(start, row, col - start, 1);
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
        hiddenQrData(cs, e, content, values);
    }

    /**
     * pretix writes the QR content as an invisible string (size 0.01, alpha 0) at the page origin, for
     * third parties that check tickets: {@code {"issuer": <site URL>, <content key>: <content>}}, keys sorted.
     */
    private void hiddenQrData(PDPageContentStream cs, Element e, String content, TicketValues values) throws IOException {
        java.util.TreeMap<String, String> data = new java.util.TreeMap<>();
        data.put("issuer", values.issuer());
        data.put(e.string("content", "secret"), content);
        StringBuilder json = new StringBuilder("{");
        data.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append(Json.quote(k)).append(": ").append(Json.quote(v)));
        json.append('}');
        PDType0Font font = pdfFont(fonts.resolve(FontCatalog.OPEN_SANS, false, false));
        if (invisible == null) {
            invisible = new PDExtendedGraphicsState();
            invisible.setNonStrokingAlphaConstant(0f);
            invisible.setStrokingAlphaConstant(0f);
        }
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(invisible);
        cs.beginText();
        cs.setFont(font, 0.01f);
        cs.newLineAtOffset(0, 0);
        cs.showText(json.toString());
        cs.endText();
        cs.restoreGraphicsState();
    }

    void paintImage(PDPageContentStream cs, Element e, TicketValues values) throws IOException {
        double x = Units.mmToPt(e.left());
        double y = Units.mmToPt(e.bottom());
        double w = Units.mmToPt(e.width());
        double h = Units.mmToPt(e.height());
        Optional<PDImageXObject> img = Optional.empty();
        String key = e.content();
        // pretix: the image is scaled to its box first, which fails for a side of 0 or less (grey box instead)
        if (!key.isEmpty() && w > 0 && h > 0) {
            String ref = values.imageRef(key).orElse(null);
            if (ref != null) {
                img = images.computeIfAbsent(ref, r -> values.image(key).flatMap(this::decode));
            }
        }
        if (img.isEmpty()) {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(0.8f, 0.8f, 0.8f); // pretix's grey box for a missing image
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
            cs.restoreGraphicsState();
            return;
        }
        drawFitted(cs, img.get(), x, y, w, h);
    }

    /** Draws an image scaled to fit the box, aspect kept, centred (reportlab's anchor 'c'). */
    private static void drawFitted(PDPageContentStream cs, PDImageXObject im, double x, double y, double w, double h)
            throws IOException {
        double s = Math.min(w / im.getWidth(), h / im.getHeight());
        double iw = im.getWidth() * s;
        double ih = im.getHeight() * s;
        cs.drawImage(im, (float) (x + (w - iw) / 2), (float) (y + (h - ih) / 2), (float) iw, (float) ih);
    }

    void paintLogo(PDPageContentStream cs, Element e) throws IOException {
        String style = "white".equals(e.string("content", "dark")) ? "white" : "dark";
        PDImageXObject logo = logo(style);
        // pretix: resize(None, size) gives the box the logo's aspect, so the logo fills it: height = size
        double h = Units.mmToPt(e.size());
        double w = h * ElementGeometry.LOGO_ASPECT;
        cs.drawImage(logo, (float) Units.mmToPt(e.left()), (float) Units.mmToPt(e.bottom()), (float) w, (float) h);
    }

    /** Decodes an image once per document; anything that is not a readable, reasonably sized image gives empty. */
    private Optional<PDImageXObject> decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            java.util.Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                LOG.warn("An image of the ticket is not an image in a known format; drawing a grey box.");
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_IMAGE_PIXELS) {
                    LOG.warn("An image of the ticket is too large ({} pixels); drawing a grey box.", pixels);
                    return Optional.empty();
                }
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (format.equals("jpeg") || format.equals("jpg")) {
                    return Optional.of(JPEGFactory.createFromByteArray(doc, bytes)); // keeps the JPEG data as it is
                }
                BufferedImage bi = reader.read(0);
                return Optional.of(LosslessFactory.createFromImage(doc, bi));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException ex) {
            LOG.warn("An image of the ticket cannot be read ({}); drawing a grey box.", ex.getMessage());
            return Optional.empty();
        }
    }

    private PDImageXObject logo(String style) {
        return logos.computeIfAbsent(style, st -> {
            try {
                return LogoImages.of(st).into(doc);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private PDType0Font pdfFont(ResolvedFont font) throws IOException {
        PDType0Font f = pdfFonts.get(font.key());
        if (f == null) {
            TrueTypeFont ttf = parsed(font);
            ttf.setEnableGsub(false); // reportlab applies no GSUB: glyphs exactly as the characters map
            f = PDType0Font.load(doc, ttf, true);
            pdfFonts.put(font.key(), f);
        }
        return f;
    }

    /**
     * Parsed TrueType fonts, kept per thread (FontBox reads tables lazily from a shared buffer, so a
     * parsed font must not be used by two threads at once); parsing is most of a font's cost per document.
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private TrueTypeFont parsed(ResolvedFont font) throws IOException {
        Map<String, TrueTypeFont> mine = PARSED.get();
        String key = font.key() + "@" + System.identityHashCode(fonts.ttfBytes(font));
        TrueTypeFont ttf = mine.get(key);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(fonts.ttfBytes(font)));
            mine.put(key, ttf);
        }
        return ttf;
    }

    private static void setFill(PDPageContentStream cs, Rgba c) throws IOException {
        cs.setNonStrokingColor(clamp(c.r()), clamp(c.g()), clamp(c.b()));
    }

    private static float clamp(double v) {
        return (float) Math.max(0, Math.min(1, v / 255.0));
    }
}
