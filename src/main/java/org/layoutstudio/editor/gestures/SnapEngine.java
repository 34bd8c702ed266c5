package org.layoutstudio.editor.gestures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.layout.PageGeometry;

/**
 * Snapping maths, in mm: a moving box's edges and centre are pulled to the page's edges and centre,
 * the other elements' edges and centres, and the grid, when they come within a threshold. The
 * lines it snapped to come back as guides for the canvas to draw. Plain Java, no toolkit.
 */
public final class SnapEngine {
    private static final double EPS = 1e-6;

    /** X: a vertical line at x = {@code at}; Y: a horizontal line at y = {@code at}. */
    public enum Axis { X, Y }

    public record Guide(Axis axis, double at) {
    }

    /** The correction to apply ({@code dx}, {@code dy} in mm) and the lines matched. */
    public record Snap(double dx, double dy, List<Guide> guides) {
        public static final Snap NONE = new Snap(0, 0, List.of());
    }

    private final double[] xs;
    private final double[] ys;
    private final double grid;

    private SnapEngine(Collection<Double> xs, Collection<Double> ys, double gridMm) {
        this.xs = new TreeSet<>(xs).stream().mapToDouble(Double::doubleValue).toArray();
        this.ys = new TreeSet<>(ys).stream().mapToDouble(Double::doubleValue).toArray();
        this.grid = gridMm;
    }

    /**
     * Targets: the page's edges and centre, every other box's edges and centre, and a grid of
     * {@code gridMm} (0 = no grid).
     */
    public static SnapEngine of(PageGeometry page, Collection<MmBox> others, double gridMm) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        if (page != null) {
            xs.add(0.0);
            xs.add(page.widthMm() / 2);
            xs.add(page.widthMm());
            ys.add(0.0);
            ys.add(page.heightMm() / 2);
            ys.add(page.heightMm());
        }
        for (MmBox b0 : others) {
            MmBox b = b0.bounds();
            xs.add(b.left());
            xs.add(b.centerX());
            xs.add(b.right());
            ys.add(b.bottom());
            ys.add(b.centerY());
            ys.add(b.top());
        }
        return new SnapEngine(xs, ys, gridMm);
    }

    /** Snaps a moved box: the nearest pair of (edge or centre, target) per axis within the threshold wins. */
    public Snap snapMove(MmBox moved, double thresholdMm) {
        MmBox b = moved.bounds();
        double[] cx = {b.left(), b.centerX(), b.right()};
        double[] cy = {b.bottom(), b.centerY(), b.top()};
        double dx = best(cx, xs, thresholdMm, new double[] {b.left(), b.right()});
        double dy = best(cy, ys, thresholdMm, new double[] {b.bottom(), b.top()});
        List<Guide> guides = new ArrayList<>();
        collect(cx, dx, xs, Axis.X, guides);
        collect(cy, dy, ys, Axis.Y, guides);
        return new Snap(dx, dy, guides);
    }

    /**
     * Snaps one point (a dragged edge or corner while resizing); an axis not asked for stays put.
     */
    public Snap snapPoint(double x, double y, boolean snapX, boolean snapY, double thresholdMm) {
        double dx = snapX ? best(new double[] {x}, xs, thresholdMm, new double[] {x}) : 0;
        double dy = snapY ? best(new double[] {y}, ys, thresholdMm, new double[] {y}) : 0;
        List<Guide> guides = new ArrayList<>();
        if (snapX) {
            collect(new double[] {x}, dx, xs, Axis.X, guides);
        }
        if (snapY) {
            collect(new double[] {y}, dy, ys, Axis.Y, guides);
        }
        return new Snap(dx, dy, guides);
    }

    /** The smallest correction moving one candidate onto a target or an edge onto the grid; 0 if none is close. */
    private double best(double[] candidates, double[] targets, double threshold, double[] gridCandidates) {
        double bestD = Double.NaN;
        for (double c : candidates) {
            for (double t : targets) {
                double d = t - c;
                if (Math.abs(d) <= threshold && (Double.isNaN(bestD) || Math.abs(d) < Math.abs(bestD) - EPS)) {
                    bestD = d;
                }
            }
        }
        if (grid > 0) {
            for (double c : gridCandidates) {
                double d = Math.round(c / grid) * grid - c;
                if (Math.abs(d) <= threshold && (Double.isNaN(bestD) || Math.abs(d) < Math.abs(bestD) - EPS)) {
                    bestD = d;
                }
            }
        }
        return Double.isNaN(bestD) ? 0 : bestD;
    }

    private static void collect(double[] candidates, double shift, double[] targets, Axis axis, List<Guide> out) {
        for (double t : targets) {
            for (double c : candidates) {
                if (Math.abs(c + shift - t) < 1e-4) {
                    out.add(new Guide(axis, t));
                    break;
                }
            }
        }
    }
}
