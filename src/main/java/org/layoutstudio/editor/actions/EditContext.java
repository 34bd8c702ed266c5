package org.layoutstudio.editor.actions;

import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.PageGeometry;

/**
 * What the actions need to know of the view they act in: element geometry, the page shown and its
 * size, and the centre of what is visible (where new elements go). The canvas is one; tests make
 * their own with {@link #of}.
 */
public interface EditContext {
    ElementGeometry geometry();

    PageGeometry pageGeometry();

    /** 1-based page shown. */
    int page();

    /** True when the element is shown on the page shown (and so can be selected there). */
    default boolean isShown(Element e) {
        return e.page() == page();
    }

    /** Centre of the visible part of the page, mm from the bottom-left corner. */
    double[] visibleCenterMm();

    static EditContext of(ElementGeometry geometry, PageGeometry size, int page, double centerXMm, double centerYMm) {
        return new EditContext() {
            @Override
            public ElementGeometry geometry() {
                return geometry;
            }

            @Override
            public PageGeometry pageGeometry() {
                return size;
            }

            @Override
            public int page() {
                return page;
            }

            @Override
            public double[] visibleCenterMm() {
                return new double[] {centerXMm, centerYMm};
            }
        };
    }
}
