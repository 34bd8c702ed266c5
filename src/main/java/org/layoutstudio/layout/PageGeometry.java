package org.layoutstudio.layout;

/**
 * The pages of a background PDF as pretix prints them (PRETIX.md §5.1): every ticket page is sized
 * like the first background page's MediaBox, turned when that page has {@code /Rotate} 90 or 270;
 * so one width and height, in millimetres, and the number of pages. Read by
 * {@code render.raster.BackgroundPdf}; used by the preflight, the editor's canvas and checks, the CLI.
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

    public double widthPt() {
        return Units.mmToPt(widthMm);
    }

    public double heightPt() {
        return Units.mmToPt(heightMm);
    }

    /** The page as a box, mm from its bottom-left corner. */
    public MmBox box() {
        return MmBox.of(0, 0, widthMm, heightMm);
    }

    /** "88.9 × 33.9 mm, 1 page". */
    public String summary() {
        return Units.plain(Math.round(widthMm * 10) / 10.0) + " × " + Units.plain(Math.round(heightMm * 10) / 10.0)
                + " mm, " + pageCount + (pageCount == 1 ? " page" : " pages");
    }
}
