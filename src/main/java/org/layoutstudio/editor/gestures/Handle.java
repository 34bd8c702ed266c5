package org.layoutstudio.editor.gestures;

import java.util.EnumSet;
import java.util.Set;
import org.layoutstudio.layout.ElementType;

/**
 * The grips around a selected element: eight for resizing and one for rotating text. Which ones an
 * element gets follows pretix's editor: square elements resize by their corners only (keeping their
 * aspect), legacy text only left and right, only text rotates.
 */
public enum Handle {
    NW(0, 0), N(0.5, 0), NE(1, 0), E(1, 0.5), SE(1, 1), S(0.5, 1), SW(0, 1), W(0, 0.5), ROTATE(0.5, 0);

    /** Position in the element's frame as a fraction of width (x) and height (y, downwards). */
    public final double fx;
    public final double fy;

    Handle(double fx, double fy) {
        this.fx = fx;
        this.fy = fy;
    }

    public boolean movesLeft() {
        return this == NW || this == W || this == SW;
    }

    public boolean movesRight() {
        return this == NE || this == E || this == SE;
    }

    public boolean movesTop() {
        return this == NW || this == N || this == NE;
    }

    public boolean movesBottom() {
        return this == SW || this == S || this == SE;
    }

    public boolean isCorner() {
        return this == NW || this == NE || this == SE || this == SW;
    }

    /** The handles an element of this type offers. */
    public static Set<Handle> of(ElementType type) {
        return switch (type) {
            case BARCODEAREA, POWEREDBY -> EnumSet.of(NW, NE, SE, SW);
            case TEXTAREA -> EnumSet.of(E, W, ROTATE);
            case TEXTCONTAINER -> EnumSet.of(NW, N, NE, E, SE, S, SW, W, ROTATE);
            case IMAGEAREA -> EnumSet.of(NW, N, NE, E, SE, S, SW, W);
            default -> EnumSet.noneOf(Handle.class);
        };
    }
}
