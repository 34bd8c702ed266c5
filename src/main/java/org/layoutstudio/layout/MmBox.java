package org.layoutstudio.layout;

import java.util.Collection;

/**
 * An element's frame on the page in mm, pretix's way: {@code left}/{@code bottom} from the page's
 * bottom-left corner, y upwards. A rotated element turns clockwise about its top-left corner
 * (pretix's renderer: translate to the top-left, rotate by -rotation).
 */
public record MmBox(double left, double bottom, double width, double height, double rotation) {

    public static MmBox of(double left, double bottom, double width, double height) {
        return new MmBox(left, bottom, width, height, 0);
    }

    public double right() {
        return left + width;
    }

    public double top() {
        return bottom + height;
    }

    public double centerX() {
        return left + width / 2;
    }

    public double centerY() {
        return bottom + height / 2;
    }

    public boolean isRotated() {
        return Math.abs(rotation % 360) > 1e-9;
    }

    public MmBox translate(double dx, double dy) {
        return new MmBox(left + dx, bottom + dy, width, height, rotation);
    }

    /**
     * A point given in the element's own frame (x right, y down from the top-left corner, before
     * rotation) on the page, mm, y up.
     */
    public double[] toPage(double x, double yDown) {
        double r = Math.toRadians(rotation);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        // clockwise on the page: in a y-down frame the usual rotation matrix turns clockwise
        return new double[] {left + x * cos - yDown * sin, top() - (x * sin + yDown * cos)};
    }

    /** The inverse of {@link #toPage}: a page point in the element's frame (x right, y down). */
    public double[] toLocal(double px, double py) {
        double r = Math.toRadians(rotation);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        double dx = px - left;
        double dy = top() - py; // downwards
        // toPage: dx = x cos - y sin, dy = x sin + y cos
        return new double[] {dx * cos + dy * sin, -dx * sin + dy * cos};
    }

    /** The four corners on the page: top-left, top-right, bottom-right, bottom-left. */
    public double[][] corners() {
        return new double[][] {toPage(0, 0), toPage(width, 0), toPage(width, height), toPage(0, height)};
    }

    /** True when the page point lies inside the (rotated) frame. */
    public boolean contains(double x, double y) {
        double[] l = toLocal(x, y);
        return l[0] >= 0 && l[0] <= width && l[1] >= 0 && l[1] <= height;
    }

    /** The axis-aligned box around the rotated frame. */
    public MmBox bounds() {
        if (!isRotated()) {
            return this;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : corners()) {
            minX = Math.min(minX, c[0]);
            maxX = Math.max(maxX, c[0]);
            minY = Math.min(minY, c[1]);
            maxY = Math.max(maxY, c[1]);
        }
        return of(minX, minY, maxX - minX, maxY - minY);
    }

    public boolean intersects(MmBox other) {
        MmBox a = bounds();
        MmBox b = other.bounds();
        return a.left < b.right() && b.left < a.right() && a.bottom < b.top() && b.bottom < a.top();
    }

    /** True when this box's bounds lie completely inside the other's bounds. */
    public boolean inside(MmBox other) {
        MmBox a = bounds();
        MmBox b = other.bounds();
        return a.left >= b.left && a.right() <= b.right() && a.bottom >= b.bottom && a.top() <= b.top();
    }

    /** The axis-aligned union of the boxes' bounds, or null for none. */
    public static MmBox union(Collection<MmBox> boxes) {
        MmBox u = null;
        for (MmBox b0 : boxes) {
            MmBox b = b0.bounds();
            if (u == null) {
                u = b;
            } else {
                double l = Math.min(u.left, b.left);
                double bt = Math.min(u.bottom, b.bottom);
                double r = Math.max(u.right(), b.right());
                double t = Math.max(u.top(), b.top());
                u = of(l, bt, r - l, t - bt);
            }
        }
        return u;
    }
}
