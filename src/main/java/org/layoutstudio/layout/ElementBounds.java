package org.layoutstudio.layout;

/**
 * The area an element covers on the page, in mm from the bottom-left corner, after rotation.
 * Text boxes rotate about their top-left corner, clockwise on the page (PRETIX.md §5.3, §5.4).
 * A legacy text grows with its content; without a text layout engine we take one line.
 */
public record ElementBounds(double minX, double minY, double maxX, double maxY) {
    /** Width / height of pretix's "powered by" logo image (1024 × 630 px). */
    public static final double POWERED_BY_ASPECT = 1024.0 / 630.0;

    /** The covered area, or null when the element's position, size or rotation is not a (finite) number. */
    public static ElementBounds of(Element e) {
        ElementBounds b = compute(e);
        if (b == null || !Double.isFinite(b.minX) || !Double.isFinite(b.minY) || !Double.isFinite(b.maxX) || !Double.isFinite(b.maxY)) {
            return null;
        }
        return b;
    }

    private static ElementBounds compute(Element e) {
        Double left = e.numberOrNull("left");
        Double bottom = e.numberOrNull("bottom");
        if (left == null || bottom == null) {
            return null;
        }
        switch (e.type()) {
            case BARCODEAREA: {
                Double size = e.numberOrNull("size");
                return size == null ? null : box(left, bottom, size, size);
            }
            case POWEREDBY: {
                Double size = e.numberOrNull("size");
                return size == null ? null : box(left, bottom, size * POWERED_BY_ASPECT, size);
            }
            case IMAGEAREA: {
                Double w = e.numberOrNull("width");
                Double h = e.numberOrNull("height");
                return w == null || h == null ? null : box(left, bottom, w, h);
            }
            case TEXTCONTAINER: {
                Double w = e.numberOrNull("width");
                Double h = e.numberOrNull("height");
                return w == null || h == null ? null : rotated(left, bottom + h, w, h, e.rotation());
            }
            case TEXTAREA: {
                Double w = e.numberOrNull("width");
                if (w == null) {
                    return null;
                }
                double line = Units.ptToMm(e.fontSize() * (e.hasLineHeight() ? e.lineHeight() * 1.15 : 1.0));
                double top = e.downward() ? bottom : bottom + line;
                return rotated(left, top, w, line, e.rotation());
            }
            default:
                return null;
        }
    }

    private static ElementBounds box(double left, double bottom, double w, double h) {
        return new ElementBounds(Math.min(left, left + w), Math.min(bottom, bottom + h),
                Math.max(left, left + w), Math.max(bottom, bottom + h));
    }

    /** A w × h box hanging from its top-left corner (x, top), turned clockwise by {@code degrees}. */
    static ElementBounds rotated(double x, double top, double w, double h, double degrees) {
        if (degrees == 0) {
            return box(x, top - h, w, h);
        }
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double[][] corners = {{0, 0}, {w, 0}, {0, -h}, {w, -h}};
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : corners) {
            // Clockwise on a y-up page.
            double px = x + c[0] * cos + c[1] * sin;
            double py = top - c[0] * sin + c[1] * cos;
            minX = Math.min(minX, px);
            minY = Math.min(minY, py);
            maxX = Math.max(maxX, px);
            maxY = Math.max(maxY, py);
        }
        return new ElementBounds(minX, minY, maxX, maxY);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
