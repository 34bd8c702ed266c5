package org.layoutstudio.layout;

/**
 * The pages of a background PDF as the preflight needs them: pretix sizes every page like the
 * first one (PRETIX.md §5.1), so one width and height, in millimetres, and the number of pages.
 */
public record PageGeometry(double widthMm, double heightMm, int pageCount) {
    /** pretix's default ticket background, {@code ticket_default_a4.pdf}: one A4 portrait page. */
    public static final PageGeometry A4_PORTRAIT = new PageGeometry(210, 297, 1);

    public PageGeometry {
        if (!(widthMm > 0) || !(heightMm > 0) || !Double.isFinite(widthMm) || !Double.isFinite(heightMm)) {
            throw new IllegalArgumentException("A page needs a positive width and height, not " + widthMm + " × " + heightMm);
        }
        if (pageCount < 1) {
            throw new IllegalArgumentException("A background has at least one page, not " + pageCount);
        }
    }

    /** From a PDF page size in points (1/72 inch). */
    public static PageGeometry ofPoints(double widthPt, double heightPt, int pageCount) {
        return new PageGeometry(Units.ptToMm(widthPt), Units.ptToMm(heightPt), pageCount);
    }

    /** "210.00 × 297.00 mm". */
    public String describe() {
        return Units.mmString(widthMm) + " × " + Units.mmString(heightMm) + " mm";
    }
}
