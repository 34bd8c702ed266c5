package org.layoutstudio.render.raster;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.RenderException;

/**
 * The one reader of a background PDF's pages, taken as pretix's renderer takes them (PRETIX.md
 * §5.1): every ticket page is as large as the first background page's MediaBox, width and height
 * swapped when that page has {@code /Rotate} 90 or 270 ({@code pdf.py draw_page}); each background
 * page is laid under its ticket page turned by its {@code /Rotate} and with its MediaBox's corner
 * moved to the page origin (pypdf's {@code transfer_rotation_to_content}), showing what lies inside
 * its CropBox. Also makes blank backgrounds, as pretix's "Create empty background" does.
 */
public final class BackgroundPdf {
    /** pretix refuses background uploads above 10 MiB by default ({@code FILE_UPLOAD_MAX_SIZE_IMAGE}). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The largest blank page this program makes, mm a side (larger pages are surely a typo). */
    public static final double MAX_BLANK_MM = 5000;

    private BackgroundPdf() {
    }

    /** The page facts of a PDF. */
    public static PageGeometry read(byte[] pdf) throws RenderException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            return of(doc);
        } catch (IOException e) {
            throw new RenderException("The background PDF cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** The page facts of a PDF file; the messages name the file. */
    public static PageGeometry read(Path file) throws RenderException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RenderException("There is no background file " + file + ".");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new RenderException("The background " + file + " is larger than 10 MiB, more than pretix accepts.");
            }
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RenderException("The background " + file + " cannot be read (" + e.getMessage() + ").", e);
        } catch (RenderException e) {
            if (e.getMessage().contains(file.toString())) {
                throw e;
            }
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            why = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            throw new RenderException("The background " + file + " is not a readable PDF (" + why + ").", e);
        }
    }

    /** The page facts of an open document (at least one page, as {@link Pdfs#open} ensures). */
    public static PageGeometry of(PDDocument doc) throws RenderException {
        PDPage first = doc.getPage(0);
        PDRectangle box = first.getMediaBox();
        double w = box.getWidth();
        double h = box.getHeight();
        if (isTurned(first)) {
            double t = w;
            w = h;
            h = t;
        }
        if (!(w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h))) {
            throw new RenderException("The first page of the background PDF has no size.");
        }
        return PageGeometry.ofPoints(w, h, doc.getNumberOfPages());
    }

    /** True when the page is shown turned a quarter: pretix then swaps the ticket page's width and height. */
    static boolean isTurned(PDPage page) {
        int rot = rotation(page);
        return rot == 90 || rot == 270;
    }

    /** {@code /Rotate} as 0, 90, 180 or 270. */
    private static int rotation(PDPage page) {
        return ((page.getRotation() % 360) + 360) % 360;
    }

    /**
     * Maps a background page's user space onto its ticket page: the MediaBox's corner to the origin
     * and the content turned by {@code /Rotate}, as pretix's merge does.
     */
    public static AffineTransform displayTransform(PDPage page) {
        PDRectangle box = page.getMediaBox();
        double x0 = box.getLowerLeftX();
        double y0 = box.getLowerLeftY();
        double w = box.getWidth();
        double h = box.getHeight();
        return switch (rotation(page)) {
            case 90 -> new AffineTransform(0, -1, 1, 0, -y0, x0 + w);
            case 180 -> new AffineTransform(-1, 0, 0, -1, x0 + w, y0 + h);
            case 270 -> new AffineTransform(0, 1, -1, 0, y0 + h, -x0);
            default -> new AffineTransform(1, 0, 0, 1, -x0, -y0);
        };
    }

    /**
     * Page {@code index} as it lies under a ticket page, {@code scale} pixels per point: the whole
     * page area ({@link #of}), white where the CropBox hides the background. Viewers (and PDFBox)
     * show only the CropBox; pretix's ticket page is the MediaBox.
     */
    static BufferedImage rasterise(PDFRenderer renderer, PDDocument doc, int index, double scale) throws IOException {
        PDPage page = doc.getPage(index);
        PDRectangle media = page.getMediaBox();
        PDRectangle crop = page.getCropBox();
        if (crop.equals(media)) {
            return renderer.renderImage(index, (float) scale, ImageType.RGB);
        }
        boolean turned = isTurned(page);
        double pageW = turned ? media.getHeight() : media.getWidth();
        double pageH = turned ? media.getWidth() : media.getHeight();
        // where the CropBox lands on the ticket page (pt, y up)
        AffineTransform t = displayTransform(page);
        Point2D a = t.transform(new Point2D.Double(crop.getLowerLeftX(), crop.getLowerLeftY()), null);
        Point2D b = t.transform(new Point2D.Double(crop.getUpperRightX(), crop.getUpperRightY()), null);
        double left = Math.min(a.getX(), b.getX());
        double top = Math.max(a.getY(), b.getY());
        double cropW = Math.abs(b.getX() - a.getX());
        double cropH = Math.abs(b.getY() - a.getY());
        BufferedImage img = new BufferedImage(Math.max(1, (int) Math.round(pageW * scale)), Math.max(1, (int) Math.round(pageH * scale)),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, img.getWidth(), img.getHeight());
            g.translate(left * scale, (pageH - top) * scale);
            g.clip(new Rectangle2D.Double(0, 0, cropW * scale, cropH * scale)); // pretix clips to the CropBox too
            renderer.renderPageToGraphics(index, g, (float) scale);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** One blank page of the given size in mm (pretix's "Create empty background"). */
    public static byte[] blank(double widthMm, double heightMm) {
        if (!(widthMm > 0 && heightMm > 0 && widthMm <= MAX_BLANK_MM && heightMm <= MAX_BLANK_MM)) {
            throw new IllegalArgumentException("A page is between 0 and " + Units.plain(MAX_BLANK_MM) + " mm wide and high.");
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(new PDRectangle((float) Units.mmToPt(widthMm), (float) Units.mmToPt(heightMm))));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write an empty PDF page", e);
        }
    }
}
