package org.layoutstudio.render.compare;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where the ink of two renderings of one page lies, pixel by pixel: nowhere, only in ours, only in
 * theirs, or in both (within the tolerance it was measured with), with the counts behind the
 * agreement figure. Immutable.
 */
public final class InkDifference {
    static final byte NONE = 0;
    static final byte ONLY_OURS = 1;
    static final byte ONLY_THEIRS = 2;
    static final byte BOTH = 3;

    private final int width;
    private final int height;
    private final byte[] cells;
    private final long inkOurs;
    private final long inkTheirs;
    private final long matchedOurs;
    private final long matchedTheirs;

    InkDifference(int width, int height, byte[] cells, long inkOurs, long inkTheirs, long matchedOurs, long matchedTheirs) {
        this.width = width;
        this.height = height;
        this.cells = cells;
        this.inkOurs = inkOurs;
        this.inkTheirs = inkTheirs;
        this.matchedOurs = matchedOurs;
        this.matchedTheirs = matchedTheirs;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Intersection over union of the ink: matched ink (averaged over both sides) over all ink; 1 when neither has ink. */
    public double agreement() {
        double union = union();
        return union == 0 ? 1 : intersection() / union;
    }

    /** The matched ink, counted once (the mean of both sides' matched pixels). */
    double intersection() {
        return (matchedOurs + matchedTheirs) / 2.0;
    }

    double union() {
        return inkOurs + inkTheirs - intersection();
    }

    /** Ink pixels of ours without a partner in theirs. */
    public long onlyOurs() {
        return inkOurs - matchedOurs;
    }

    /** Ink pixels of theirs without a partner in ours. */
    public long onlyTheirs() {
        return inkTheirs - matchedTheirs;
    }

    /** The smallest rectangle (in pixels) around all ink without a partner; empty when everything matches. */
    public Optional<Rectangle> unmatchedBounds() {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                byte c = cells[y * width + x];
                if (c == ONLY_OURS || c == ONLY_THEIRS) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? Optional.empty() : Optional.of(new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1));
    }

    /** The difference picture: each pixel in the palette's colour for where its ink lies. */
    public BufferedImage picture(DiffPalette palette) {
        BufferedImage img = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        int[] colours = {palette.paper(), palette.onlyOurs(), palette.onlyTheirs(), palette.both()};
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = colours[cells[y * width + x]];
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        return img;
    }
}
