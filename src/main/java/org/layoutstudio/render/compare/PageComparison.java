package org.layoutstudio.render.compare;

import java.awt.image.BufferedImage;

/**
 * One page of a {@link TicketComparison}: both renderings at {@link TicketComparison#DPI} dpi (either
 * may be null when only one PDF has the page) and where their ink differs.
 *
 * @param index      the page, 0-based
 * @param ours       our rendering of the page, or null
 * @param theirs     their rendering of the page, or null
 * @param difference where the ink lies
 */
public record PageComparison(int index, BufferedImage ours, BufferedImage theirs, InkDifference difference) {

    /** Whether both renderings exist and have the same size in pixels (else the page sizes differ). */
    public boolean sameSize() {
        return ours != null && theirs != null && ours.getWidth() == theirs.getWidth() && ours.getHeight() == theirs.getHeight();
    }
}
