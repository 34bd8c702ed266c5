package org.layoutstudio.render.compare;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/**
 * How well two renderings agree on their ink: the dark pixels of each image (luminance below a
 * threshold, composited over white paper), each matched when the other image has ink within a
 * tolerance of pixels in any direction. The figure is an intersection over union in [0, 1]: 1 when
 * every ink pixel of both has a partner, lower by the share of ink that has none.
 */
public final class InkAgreement {
    /** Luminance (0–255) below which a pixel counts as ink: text, QR modules, the logo, dark artwork. */
    public static final int INK_THRESHOLD = 160;
    /** How far (in pixels, any direction) a partner may lie: anti-aliasing and rounding move edges by one. */
    public static final int TOLERANCE_PX = 1;

    private InkAgreement() {
    }

    /** The ink of an image at {@link #INK_THRESHOLD}. */
    public static boolean[][] ink(BufferedImage img) {
        return ink(img, INK_THRESHOLD, rgb -> false);
    }

    public static boolean[][] ink(BufferedImage img, int threshold) {
        return ink(img, threshold, rgb -> false);
    }

    /**
     * The ink of an image: {@code [y][x]} true where the pixel (alpha-composited over white) is darker
     * than {@code threshold} and {@code ignored} does not reject its opaque RGB (e.g. a test sheet's
     * red guide lines).
     */
    public static boolean[][] ink(BufferedImage img, int threshold, IntPredicate ignored) {
        int w = img.getWidth();
        int h = img.getHeight();
        boolean[][] m = new boolean[h][w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                double a = ((argb >>> 24) & 255) / 255.0;
                double r = ((argb >> 16) & 255) * a + 255 * (1 - a);
                double g = ((argb >> 8) & 255) * a + 255 * (1 - a);
                double b = (argb & 255) * a + 255 * (1 - a);
                int opaque = ((int) r << 16) | ((int) g << 8) | (int) b;
                m[y][x] = 0.299 * r + 0.587 * g + 0.114 * b < threshold && !ignored.test(opaque);
            }
        }
        return m;
    }

    /** The agreement of two images' ink at {@link #INK_THRESHOLD} within {@link #TOLERANCE_PX}. */
    public static double iou(BufferedImage a, BufferedImage b) {
        return iou(a, b, INK_THRESHOLD, TOLERANCE_PX);
    }

    /** The agreement of two images' ink at {@code threshold}, matched within {@link #TOLERANCE_PX}. */
    public static double iou(BufferedImage a, BufferedImage b, int threshold) {
        return iou(a, b, threshold, TOLERANCE_PX);
    }

    /** The agreement of two images' ink at {@code threshold}, matched within {@code tolerance} pixels (0 = same pixel). */
    public static double iou(BufferedImage a, BufferedImage b, int threshold, int tolerance) {
        return iou(ink(a, threshold), ink(b, threshold), tolerance);
    }

    /** The agreement of two masks, matched within {@code tolerance} pixels. */
    public static double iou(boolean[][] a, boolean[][] b, int tolerance) {
        return compare(a, b, tolerance).agreement();
    }

    /**
     * Where the ink of {@code ours} and {@code theirs} agrees and where it does not. Masks of different
     * sizes are compared on the larger area: ink beyond the other's edge has no partner.
     */
    public static InkDifference compare(boolean[][] ours, boolean[][] theirs, int tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("The tolerance is a number of pixels, at least 0, not " + tolerance + ".");
        }
        int h = Math.max(ours.length, theirs.length);
        int w = Math.max(width(ours), width(theirs));
        byte[] cells = new byte[w * h];
        long inkOurs = 0;
        long inkTheirs = 0;
        long matchedOurs = 0;
        long matchedTheirs = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean a = at(ours, x, y);
                boolean b = at(theirs, x, y);
                byte cell = InkDifference.NONE;
                if (a) {
                    inkOurs++;
                    if (near(theirs, x, y, tolerance)) {
                        matchedOurs++;
                        cell = InkDifference.BOTH;
                    } else {
                        cell = InkDifference.ONLY_OURS;
                    }
                }
                if (b) {
                    inkTheirs++;
                    if (near(ours, x, y, tolerance)) {
                        matchedTheirs++;
                        cell = InkDifference.BOTH;
                    } else if (cell == InkDifference.NONE) {
                        cell = InkDifference.ONLY_THEIRS;
                    }
                }
                cells[y * w + x] = cell;
            }
        }
        return new InkDifference(w, h, cells, inkOurs, inkTheirs, matchedOurs, matchedTheirs);
    }

    private static int width(boolean[][] m) {
        return m.length == 0 ? 0 : m[0].length;
    }

    private static boolean at(boolean[][] m, int x, int y) {
        return y < m.length && x < m[y].length && m[y][x];
    }

    private static boolean near(boolean[][] m, int x, int y, int t) {
        for (int dy = -t; dy <= t; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= m.length) {
                continue;
            }
            boolean[] row = m[yy];
            for (int dx = -t; dx <= t; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < row.length && row[xx]) {
                    return true;
                }
            }
        }
        return false;
    }
}
