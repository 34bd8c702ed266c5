package org.layoutstudio.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.layoutstudio.render.compare.InkAgreement;

/** Test helper: rasterises a PDF page; the ink and its agreement are {@link InkAgreement}'s. */
public final class Raster {
    private Raster() {
    }

    public static BufferedImage page(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        }
    }

    /** Ink: dark pixels (text, QR modules, logo). */
    public static boolean[][] ink(BufferedImage img) {
        return ink(img, false);
    }

    /**
     * Ink, optionally without red pixels: pretix's text test sheet has red guide boxes (also rotated,
     * anti-aliased into every shade of red), which only a colour filter can remove.
     */
    public static boolean[][] ink(BufferedImage img, boolean withoutRed) {
        return InkAgreement.ink(img, InkAgreement.INK_THRESHOLD, rgb -> withoutRed && guideRed(rgb));
    }

    private static boolean guideRed(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return r - Math.max(g, b) > 40 && Math.abs(g - b) < 16;
    }

    /** Intersection over union of two ink masks where a pixel matches when the other has ink within {@code tol} pixels. */
    public static double iou(boolean[][] a, boolean[][] b, int tol) {
        return InkAgreement.iou(a, b, tol);
    }
}
