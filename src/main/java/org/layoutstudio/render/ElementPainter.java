package org.layoutstudio.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.Rgba;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.FontMetrics;
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
    private final TextLayoutEngine text;
    private final Map<String, PDType0Font> pdfFonts = new HashMap<>();
    private final Map<String, Optional<PDImageXObject>> images = new HashMap<>();
    private final Map<String, PDImageXObject> logos = new HashMap<>();

    ElementPainter(PDDocument doc, FontCatalog fonts, TextLayoutEngine text) {
        this.doc = doc;
        this.fonts = fonts;
        this.text = text;
    }

    void paint(PDPageContentStream cs, Element e, TicketValues values) throws IOException {
        switch (e.type()) {
            case TEXTCONTAINER, TEXTAREA -> paintText(cs, text.layout(e, values.textFor(e)));
            case BARCODEAREA -> paintQr(cs, e, values.barcodeFor(e));
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
        cs.saveGraphicsState();
        setFill(cs, block.color());
        cs.transform(Matrix.getTranslateInstance((float) block.originX(), (float) block.originY()));
        if (block.rotation() != 0) {
            cs.transform(Matrix.getRotateInstance(Math.toRadians(-block.rotation()), 0, 0));
        }
        cs.beginText();
        cs.setFont(font, (float) block.fontSize());
        for (TextLine line : block.lines()) {
            String s = printable(line.text(), metrics);
            if (s.isEmpty()) {
                continue;
            }
            cs.setTextMatrix(Matrix.getTranslateInstance((float) line.x(), (float) -line.baseline()));
            cs.showText(s);
        }
        cs.endText();
        cs.restoreGraphicsState();
    }

    /** Drops characters the face has no glyph for (reportlab would draw its .notdef box). */
    private static String printable(String s, FontMetrics metrics) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = metrics.hasGlyph(cp) || cp == ' ';
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    void paintQr(PDPageContentStream cs, Element e, String content) throws IOException {
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
        double x0 = Units.mmToPt(e.left());
        double y0 = Units.mmToPt(e.bottom());
        int n = grid.length;
        double m = size / n;
        cs.saveGraphicsState();
        setFill(cs, e.color());
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
                cs.addRect((float) (x0 + start * m), (float) (y0 + size - (row + 1) * m),
                        (float) ((col - start) * m), (float) m);
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }

    void paintImage(PDPageContentStream cs, Element e, TicketValues values) throws IOException {
        double x = Units.mmToPt(e.left());
        double y = Units.mmToPt(e.bottom());
        double w = Units.mmToPt(e.width());
        double h = Units.mmToPt(e.height());
        Optional<PDImageXObject> img = Optional.empty();
        String key = e.content();
        if (!key.isEmpty()) {
            Optional<byte[]> bytes = values.image(key);
            if (bytes.isPresent()) {
                img = image(bytes.get());
            }
        }
        if (img.isEmpty()) {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(0.8f, 0.8f, 0.8f);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
            cs.restoreGraphicsState();
            return;
        }
        PDImageXObject im = img.get();
        drawFitted(cs, im, x, y, w, h, 0.5);
    }

    /** Draws an image scaled to fit the box, aspect kept; {@code vAnchor} 0.5 = centre, 1 = top. */
    private static void drawFitted(PDPageContentStream cs, PDImageXObject im, double x, double y, double w, double h,
                                   double vAnchor) throws IOException {
        double s = Math.min(w / im.getWidth(), h / im.getHeight());
        double iw = im.getWidth() * s;
        double ih = im.getHeight() * s;
        double ix = x + (w - iw) / 2;
        double iy = y + (h - ih) * (1 - vAnchor);
        cs.drawImage(im, (float) ix, (float) iy, (float) iw, (float) ih);
    }

    void paintLogo(PDPageContentStream cs, Element e) throws IOException {
        String style = "white".equals(e.string("content", "dark")) ? "white" : "dark";
        PDImageXObject logo = logo(style);
        double size = Units.mmToPt(e.size());
        double x = Units.mmToPt(e.left());
        double y = Units.mmToPt(e.bottom());
        drawFitted(cs, logo, x, y, size, size, 1.0);
    }

    private Optional<PDImageXObject> image(byte[] bytes) {
        String key = java.util.Arrays.hashCode(bytes) + ":" + bytes.length;
        return images.computeIfAbsent(key, k -> {
            try {
                BufferedImage bi = ImageIO.read(new ByteArrayInputStream(bytes));
                if (bi == null) {
                    LOG.warn("An image of the ticket is not a readable image; drawing a grey box.");
                    return Optional.empty();
                }
                return Optional.of(LosslessFactory.createFromImage(doc, bi));
            } catch (IOException | RuntimeException ex) {
                LOG.warn("An image of the ticket cannot be read ({}); drawing a grey box.", ex.getMessage());
                return Optional.empty();
            }
        });
    }

    private PDImageXObject logo(String style) {
        return logos.computeIfAbsent(style, s -> {
            String name = "pretix-powered_by_pretix_" + s + ".png";
            try (InputStream in = ElementPainter.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in logo " + name + " is missing");
                }
                return LosslessFactory.createFromImage(doc, ImageIO.read(in));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private PDType0Font pdfFont(ResolvedFont font) throws IOException {
        PDType0Font f = pdfFonts.get(font.key());
        if (f == null) {
            f = PDType0Font.load(doc, new ByteArrayInputStream(fonts.ttfBytes(font)), true);
            pdfFonts.put(font.key(), f);
        }
        return f;
    }

    private static void setFill(PDPageContentStream cs, Rgba c) throws IOException {
        cs.setNonStrokingColor(clamp(c.r()), clamp(c.g()), clamp(c.b()));
    }

    private static float clamp(double v) {
        return (float) Math.max(0, Math.min(1, v / 255.0));
    }
}
