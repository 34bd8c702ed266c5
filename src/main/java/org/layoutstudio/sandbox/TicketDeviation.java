package org.layoutstudio.sandbox;

import java.util.Locale;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;

/**
 * A deliberate difference in the sandbox's own ticket rendering: one layout element moved by
 * ({@code dxMm}, {@code dyMm}) or left out, so that a comparison with the client's rendering has
 * something to find. An index beyond the layout changes nothing.
 *
 * @param index the element's index in the layout array (0-based)
 * @param dxMm  how far to the right it moves
 * @param dyMm  how far up it moves
 * @param drop  true to leave the element out instead
 */
record TicketDeviation(int index, double dxMm, double dyMm, boolean drop) {
    TicketDeviation {
        if (index < 0) {
            throw new IllegalArgumentException("An element index is 0 or more, not " + index + ".");
        }
        if (!Double.isFinite(dxMm) || !Double.isFinite(dyMm)) {
            throw new IllegalArgumentException("A shift is a finite number of millimetres.");
        }
    }

    static TicketDeviation shift(int index, double dxMm, double dyMm) {
        return new TicketDeviation(index, dxMm, dyMm, false);
    }

    static TicketDeviation dropping(int index) {
        return new TicketDeviation(index, 0, 0, true);
    }

    /** A changed copy of {@code layout}. */
    LayoutDocument apply(LayoutDocument layout) {
        LayoutDocument out = layout.copy();
        if (index >= out.size()) {
            return out;
        }
        if (drop) {
            out.remove(index);
            return out;
        }
        Element e = out.get(index);
        out.set(index, e.withPosition(e.left() + dxMm, e.bottom() + dyMm));
        return out;
    }

    String describe() {
        return drop ? "drop element " + index
                : String.format(Locale.ROOT, "shift element %d by %.2f, %.2f mm", index, dxMm, dyMm);
    }
}
