package org.layoutstudio.editor.canvas;

import java.awt.image.BufferedImage;

/**
 * How well two renderings agree on the ink: dark pixels (luminance below a threshold over white)
 * of each image, matched with a tolerance of one pixel in any direction; the result is an
 * intersection-over-union in [0, 1].
 */
final class InkAgreement {
    private InkAgreement() {
    }

    static boolean[][] ink(BufferedImage img, int threshold) {
        boolean[][] m = new boolean[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                double a = ((argb >>> 24) & 255) / 255.0;
                double r = ((argb >> 16) & 255) * a + 255 * (1 - a);
                double g = ((argb >> 8) & 255) * a + 255 * (1 - a);
                double b = (argb & 255) * a + 255 * (1 - a);
                m[y][x] = 0.299 * r + 0.587 * g + 0.114 * b < threshold;
            }
        }
        return m;
    }

    /** IoU of the ink of two images of (nearly) the same size, matched within one pixel. */
    static double iou(BufferedImage a, BufferedImage b, int threshold) {
        return iou(a, b, threshold, 1);
    }

    /** IoU of the ink matched within {@code tolerance} pixels (0 = the very same pixel). */
    static double iou(BufferedImage a, BufferedImage b, int threshold, int tolerance) {
        boolean[][] ia = ink(a, threshold);
        boolean[][] ib = ink(b, threshold);
        long countA = 0;
        long countB = 0;
        long matchedA = 0;
        long matchedB = 0;
        int h = Math.min(ia.length, ib.length);
        int w = Math.min(ia[0].length, ib[0].length);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ia[y][x]) {
                    countA++;
                    if (near(ib, x, y, w, h, tolerance)) {
                        matchedA++;
                    }
                }
                if (ib[y][x]) {
                    countB++;
                    if (near(ia, x, y, w, h, tolerance)) {
                        matchedB++;
                    }
                }
            }
        }
        double matched = (matchedA + matchedB) / 2.0;
        double union = countA + countB - matched;
        return union == 0 ? 1 : matched / union;
    }

    private static boolean near(boolean[][] m, int x, int y, int w, int h, int t) {
        for (int dy = -t; dy <= t; dy++) {
            for (int dx = -t; dx <= t; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && m[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }
}
