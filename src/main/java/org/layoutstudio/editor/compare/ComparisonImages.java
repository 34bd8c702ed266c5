package org.layoutstudio.editor.compare;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.layoutstudio.render.compare.DiffPalette;
import org.layoutstudio.render.compare.PageComparison;
import org.layoutstudio.render.compare.TicketComparison;
import org.layoutstudio.ui.FxImages;

/**
 * A comparison ready for the screen: per page our rendering, pretix's and the difference picture as
 * JavaFX images (made off the FX thread), with the figure and the facts the notes need.
 */
record ComparisonImages(double agreement, List<Page> pages, int oursPages, int theirsPages) {
    /**
     * One page; {@code ours} or {@code theirs} is null when only the other PDF has it.
     *
     * @param unmatched the pixels (at 150 dpi) around all ink without a partner, or null when all ink matches
     */
    record Page(Image ours, Image theirs, Image difference, Rectangle unmatched, boolean sameSize,
                double[] oursSizeMm, double[] theirsSizeMm) {
    }

    static ComparisonImages of(TicketComparison c, DiffPalette palette) {
        List<Page> pages = new ArrayList<>();
        for (PageComparison p : c.pages()) {
            pages.add(new Page(fx(p.ours()), fx(p.theirs()), FxImages.toFx(p.difference().picture(palette)),
                    p.difference().unmatchedBounds().orElse(null), p.sameSize(), mm(p.ours()), mm(p.theirs())));
        }
        return new ComparisonImages(c.agreement(), List.copyOf(pages), c.oursPageCount(), c.theirsPageCount());
    }

    private static Image fx(BufferedImage img) {
        return img == null ? null : FxImages.toFx(img);
    }

    private static double[] mm(BufferedImage img) {
        return img == null ? null : new double[] {img.getWidth() * 25.4 / TicketComparison.DPI, img.getHeight() * 25.4 / TicketComparison.DPI};
    }
}
