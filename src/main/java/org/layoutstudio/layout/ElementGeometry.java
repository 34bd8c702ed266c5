package org.layoutstudio.layout;

/**
 * Where an element sits on the page, in mm, as pretix's renderer places it (PRETIX.md §5): the one
 * geometry of the preflight, the renderer's measurements and the editor canvas. Only the height of a
 * legacy text ({@code textarea}) depends on its laid-out lines; a geometry {@link #measuring measures}
 * it with the renderer's text layout, or {@link #estimating estimates} one line where no text layout
 * is at hand. Boxes have a non-negative width and height: a negative size covers the area on the
 * other side of the element's position, where pretix then draws it.
 */
public final class ElementGeometry {
    /**
     * pretix multiplies a text's {@code lineheight} by this before using it as reportlab's leading
     * ({@code pdf.py _text_paragraph}: "lineheight display differs from browser canvas", empirical).
     */
    public static final double LINE_HEIGHT_FACTOR = 1.15;
    /**
     * The leading factor of a legacy text without {@code lineheight}: 1.0 with reportlab's
     * {@code autoLeading='max'}, which widens it to the font's ascent + descent ({@code pdf.py
     * _text_paragraph(legacy_lineheight=True)}).
     */
    public static final double LEGACY_LEADING_FACTOR = 1.0;
    /**
     * Width / height of pretix's logo, {@code powered_by_pretix_{dark,white}.png} (1024 × 630 px):
     * {@code size} is the logo's height and its width follows the image ({@code pdf.py _draw_poweredby},
     * {@code resize(None, size)}).
     */
    public static final double LOGO_ASPECT = 1024.0 / 630.0;
    /**
     * The QR code's quiet zone in modules, inside its {@code size} square: reportlab's
     * {@code QrCodeWidget} default {@code barBorder}; {@code nowhitespace} makes it 0
     * ({@code pdf.py _draw_barcodearea}).
     */
    public static final int QR_QUIET_ZONE_MODULES = 4;
    /** The frame the editor gives an element of a type pretix does not know (pretix draws nothing), mm. */
    public static final double UNKNOWN_TYPE_BOX_MM = 10;

    /** The height of a legacy text block in mm, as the text layout wraps it. */
    @FunctionalInterface
    public interface TextHeight {
        double heightMm(Element textarea);
    }

    private static final ElementGeometry ESTIMATING = new ElementGeometry(ElementGeometry::oneLineMm);

    private final TextHeight textHeight;

    private ElementGeometry(TextHeight textHeight) {
        this.textHeight = textHeight;
    }

    /**
     * Legacy text taken as one line at its paragraph style's leading: a lower bound (reportlab's
     * {@code autoLeading} may widen a line, and long text wraps). For plain code without fonts.
     */
    public static ElementGeometry estimating() {
        return ESTIMATING;
    }

    /** Legacy text as tall as the text layout wraps it. */
    public static ElementGeometry measuring(TextHeight textHeight) {
        return new ElementGeometry(textHeight);
    }

    /** The factor pretix multiplies the font size by to get reportlab's leading for this text. */
    public static double leadingFactor(Element text) {
        if (text.type() == ElementType.TEXTAREA && !text.hasLineHeight()) {
            return LEGACY_LEADING_FACTOR;
        }
        return text.lineHeight() * LINE_HEIGHT_FACTOR;
    }

    private static double oneLineMm(Element e) {
        return Units.ptToMm(e.fontSize() * leadingFactor(e));
    }

    /**
     * The element's frame: the square of a QR code, the logo's box, an image's box, a text box
     * (turned clockwise about its top-left corner by {@code rotation}), a legacy text's block.
     * Values that are missing or not numbers count as pretix's defaults (see {@link Element}).
     */
    public MmBox boxOf(Element e) {
        double left = e.left();
        double bottom = e.bottom();
        switch (e.type()) {
            case BARCODEAREA:
                return spanning(left, bottom, e.size(), e.size());
            case POWEREDBY:
                return spanning(left, bottom, e.size() * LOGO_ASPECT, e.size());
            case IMAGEAREA:
                return spanning(left, bottom, e.width(), e.height());
            case TEXTCONTAINER:
                // pretix turns the box about (left, bottom + height), its top-left corner
                return hanging(left, bottom + e.height(), e.width(), e.height(), e.rotation());
            case TEXTAREA: {
                double h = Math.max(0, textHeight.heightMm(e));
                // downward: "bottom" is the top of the text; otherwise the block grows upwards from it
                double top = e.downward() ? bottom : bottom + h;
                return hanging(left, top, e.width(), h, e.rotation());
            }
            default: {
                double w = e.has("width") ? e.width() : e.has("size") ? e.size() : UNKNOWN_TYPE_BOX_MM;
                double h = e.has("height") ? e.height() : e.has("size") ? e.size() : UNKNOWN_TYPE_BOX_MM;
                return MmBox.of(left, bottom, Math.max(Math.abs(w), 1), Math.max(Math.abs(h), 1));
            }
        }
    }

    /**
     * True when the values this geometry reads are numbers and the box is finite: only then does a
     * check of its place on the page mean anything (other values are the schema's business).
     */
    public boolean isMeasurable(Element e) {
        String[] keys = switch (e.type()) {
            case BARCODEAREA, POWEREDBY -> new String[] {"left", "bottom", "size"};
            case IMAGEAREA, TEXTCONTAINER -> new String[] {"left", "bottom", "width", "height"};
            case TEXTAREA -> new String[] {"left", "bottom", "width"};
            default -> new String[] {"left", "bottom"};
        };
        for (String k : keys) {
            Double v = e.numberOrNull(k);
            if (v == null || !Double.isFinite(v)) {
                return false;
            }
        }
        if (e.has("rotation") && !Double.isFinite(e.rotation())) {
            return false;
        }
        MmBox b = boxOf(e).bounds();
        return Double.isFinite(b.left()) && Double.isFinite(b.bottom()) && Double.isFinite(b.right()) && Double.isFinite(b.top());
    }

    /** The area from (x, y) to (x + w, y + h), whichever side the signs put it on. */
    private static MmBox spanning(double x, double y, double w, double h) {
        return MmBox.of(Math.min(x, x + w), Math.min(y, y + h), Math.abs(w), Math.abs(h));
    }

    /** A w × h box hanging from its top-left corner (x, top), turned clockwise by {@code degrees}. */
    private static MmBox hanging(double x, double top, double w, double h, double degrees) {
        double aw = Math.abs(w);
        double ah = Math.abs(h);
        return new MmBox(x, top - ah, aw, ah, degrees);
    }
}
