package org.layoutstudio.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Test helper: rasterises a PDF page and measures ink agreement between two rasters. */
public final class Raster {
    private Raster() {
    }

    public static BufferedImage page(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        }
    }

    /** Ink: dark or strongly coloured pixels (text, QR modules, logo). */
    public static boolean[][] ink(BufferedImage img) {
        return ink(img, false);
    }

    /**
     * Ink, optionally without red pixels: pretix's text test sheet has red guide boxes (also rotated,
     * anti-aliased into every shade of red), which only a colour filter can remove.
     */
    public static boolean[][] ink(BufferedImage img, boolean withoutRed) {
        int w = img.getWidth();
        int h = img.getHeight();
        boolean[][] m = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                boolean red = withoutRed && r - Math.max(g, b) > 40 && Math.abs(g - b) < 16;
                m[y][x] = (r + g + b) / 3 < 160 && !red;
            }
        }
        return m;
    }

    /** Intersection over union of two ink masks where a pixel matches when the other has ink within {@code tol} pixels. */
    public static double iou(boolean[][] a, boolean[][] b, int tol) {
        int h = Math.min(a.length, b.length);
        int w = Math.min(a[0].length, b[0].length);
        long na = 0;
        long nb = 0;
        long matchedA = 0;
        long matchedB = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a[y][x]) {
                    na++;
                    if (near(b, x, y, tol, w, h)) {
                        matchedA++;
                    }
                }
                if (b[y][x]) {
                    nb++;
                    if (near(a, x, y, tol, w, h)) {
                        matchedB++;
                    }
                }
            }
        }
        double inter = (matchedA + matchedB) / 2.0;
        double union = na + nb - inter;
        return union == 0 ? 1 : inter / union;
    }

    private static boolean near(boolean[][] m, int x, int y, int tol, int w, int h) {
        for (int dy = -tol; dy <= tol; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= h) {
                continue;
            }
            for (int dx = -tol; dx <= tol; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < w && m[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }
}
