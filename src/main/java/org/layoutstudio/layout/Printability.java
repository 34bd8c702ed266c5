package org.layoutstudio.layout;

/**
 * Whether pretix prints an element at all: the one rule behind the preflight's warnings, the
 * renderer's choice of what to draw and the canvas's ghosts. From pretix's {@code pdf.py} and the
 * libraries it calls (PRETIX.md §5):
 * <ul>
 * <li>{@code draw_page} draws an element on background page n when {@code o.get('page', 1) == n}:
 *     a page that is not a whole number from 1 never matches, and pages the background lacks are
 *     never drawn;</li>
 * <li>a QR code of size 0 has modules of size 0; a negative size is drawn, turned by 180°, in the
 *     square to the left of and below its position (reportlab's {@code QrCodeWidget} computes its
 *     modules from the signed size);</li>
 * <li>an image area draws its grey box (never the image: the thumbnail fails) with the signed width
 *     and height, so a side of 0 leaves nothing;</li>
 * <li>the logo with a size of 0 or less: Pillow cannot make the thumbnail, {@code _draw_poweredby}
 *     logs it and then uses a width it never set, and the whole ticket fails;</li>
 * <li>a text of width 0 or less: reportlab's {@code Paragraph.wrap} gives up without lines and the
 *     next step fails, again the whole ticket; a font size of 0 prints nothing (a negative one
 *     prints, turned by 180°).</li>
 * </ul>
 * Values that are not numbers are the schema's business and are taken as printable here.
 */
public final class Printability {
    /** Why an element is not printed. */
    public enum Reason {
        /** {@code page} is not 1, 2, …: pretix never draws it. */
        NOT_A_PAGE,
        /** The background has fewer pages than {@code page}. */
        PAGE_MISSING,
        /** A size of 0: nothing of it is printed. */
        NO_SIZE,
        /** pretix fails on this element and produces no ticket at all. */
        BREAKS_TICKET,
        /** A type pretix does not know: it draws nothing. */
        UNKNOWN_TYPE
    }

    /** An element pretix does not print, why, and the property to blame (may be empty). */
    public record NotPrinted(Reason reason, String key) {
    }

    private Printability() {
    }

    /** True when pretix prints the element; {@code page} null means the number of pages is unknown. */
    public static boolean printable(Element e, PageGeometry page) {
        return whyNot(e, page) == null;
    }

    /** Why pretix does not print the element, or null when it does. */
    public static NotPrinted whyNot(Element e, PageGeometry page) {
        if (e.type() == ElementType.UNKNOWN) {
            return new NotPrinted(Reason.UNKNOWN_TYPE, "type");
        }
        Double p = pageValue(e);
        if (p != null && !(p >= 1 && p == Math.rint(p))) {
            return new NotPrinted(Reason.NOT_A_PAGE, "page");
        }
        if (p != null && page != null && p > page.pageCount()) {
            return new NotPrinted(Reason.PAGE_MISSING, "page");
        }
        switch (e.type()) {
            case BARCODEAREA:
                return isZero(e, "size") ? new NotPrinted(Reason.NO_SIZE, "size") : null;
            case POWEREDBY:
                return atMostZero(e, "size") ? new NotPrinted(Reason.BREAKS_TICKET, "size") : null;
            case IMAGEAREA:
                if (isZero(e, "width")) {
                    return new NotPrinted(Reason.NO_SIZE, "width");
                }
                return isZero(e, "height") ? new NotPrinted(Reason.NO_SIZE, "height") : null;
            case TEXTCONTAINER, TEXTAREA:
                if (atMostZero(e, "width")) {
                    return new NotPrinted(Reason.BREAKS_TICKET, "width");
                }
                return isZero(e, "fontsize") ? new NotPrinted(Reason.NO_SIZE, "fontsize") : null;
            default:
                return null;
        }
    }

    /**
     * True when pretix draws the element on background page {@code pageNumber} (1-based), as
     * {@code o.get('page', 1) == n} decides: a missing page is 1, a page that is not a JSON number
     * equal to n is never drawn.
     */
    public static boolean isOnPage(Element e, int pageNumber) {
        if (!e.has("page")) {
            return pageNumber == 1;
        }
        var v = e.get("page");
        return v.isNumber() && v.asDouble() == pageNumber;
    }

    /** The page as a number, 1 when missing, null when it is not a JSON number (the schema says so). */
    private static Double pageValue(Element e) {
        if (!e.has("page")) {
            return 1.0;
        }
        var v = e.get("page");
        return v.isNumber() ? v.asDouble() : null;
    }

    private static boolean isZero(Element e, String key) {
        Double v = e.numberOrNull(key);
        return v != null && v == 0;
    }

    private static boolean atMostZero(Element e, String key) {
        Double v = e.numberOrNull(key);
        return v != null && v <= 0;
    }
}
