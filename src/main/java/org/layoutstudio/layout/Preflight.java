package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Warnings the schema cannot see (PRETIX.md §2.4): pretix accepts the layout, but the ticket will
 * not print as meant. Elements off the page or on a page the background lacks, unknown
 * placeholders, fonts the server may not have, QR codes too small or too pale to scan, empty
 * content, text too pale to read. Every finding is a {@link Finding.Severity#WARNING}.
 * Values that are not numbers are left to the schema check.
 */
public final class Preflight {
    /** Below this edge length phone cameras and scanners start to fail on a ticket QR code. */
    public static final double MIN_QR_MM = 10;
    /** WCAG contrast against white below which text is hard to read. */
    static final double MIN_TEXT_CONTRAST = 1.6;
    /** Scanners need more contrast than eyes. */
    static final double MIN_QR_CONTRAST = 3.0;
    private static final double TOLERANCE_MM = 0.01;

    private final Set<String> extraFonts;

    /** A preflight that knows only pretix's own fonts and those of the free font pack. */
    public Preflight() {
        this(Set.of());
    }

    /** Also accepts these families without warning (e.g. fonts seen in the server's other layouts). */
    public Preflight(Collection<String> extraFonts) {
        this.extraFonts = Set.copyOf(new LinkedHashSet<>(extraFonts));
    }

    /**
     * Checks a layout. {@code page} is the background's geometry; with null the page size is
     * unknown and only the left and bottom page edges are checked.
     */
    public ValidationReport check(LayoutDocument document, PageGeometry page) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            out.addAll(checkElement(i + 1, document.get(i), page));
        }
        return new ValidationReport(out);
    }

    /**
     * Checks any JSON value: elements that are not objects (and a root that is not a list) are
     * the schema's business and skipped here, keeping the element numbers of the file.
     */
    public ValidationReport check(JsonNode root, PageGeometry page) {
        List<Finding> out = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                if (root.get(i).isObject()) {
                    out.addAll(checkElement(i + 1, Element.of((ObjectNode) root.get(i)), page));
                }
            }
        }
        return new ValidationReport(out);
    }

    /** The warnings for one element; {@code number} is its 1-based place in the layout. */
    public List<Finding> checkElement(int number, Element e, PageGeometry page) {
        List<Finding> out = new ArrayList<>();
        if (!withinNumberLimits(e)) {
            return out; // the validator reports numbers no ticket can use; there is no placement to judge
        }

        ElementType type = e.type();
        if (type == ElementType.UNKNOWN) {
            return out;
        }
        String t = e.typeName();
        checkPlacement(number, e, t, page, out);
        checkContent(number, e, t, type, out);
        if (type.isText()) {
            checkFont(number, e, t, out);
            checkTextColour(number, e, t, out);
        }
        if (type == ElementType.BARCODEAREA) {
            checkQr(number, e, t, out);
        }

        checkTextLength(number, e, t, out);
        return out;
    }

    private void checkPlacement(int number, Element e, String t, PageGeometry page, List<Finding> out) {
        double pageNumber = 1;
        if (e.has("page")) {
            var p = e.get("page");
            if (!p.isNumber()) {
                return; // the schema reports it
            }
            pageNumber = p.asDouble();
        }
        if (pageNumber < 1 || pageNumber != Math.rint(pageNumber) || !Double.isFinite(pageNumber)) {
            out.add(Finding.warning(number, t, "page", "\"page\" is " + Sentences.show(e.get("page"))
                    + "; pages are numbered 1, 2, …, so pretix never prints this element."));
            return;
        }
        if (page != null && pageNumber > page.pageCount()) {
            out.add(Finding.warning(number, t, "page", "it is on page " + Sentences.show(e.get("page"))
                    + ", but the background has " + pages(page.pageCount()) + "; pretix never prints it."));
            return;
        }
        for (String key : new String[] {"size", "width", "height", "fontsize"}) {
            Double v = e.has(key) ? e.numberOrNull(key) : null;
            if (v != null && v <= 0 && Element.isDimensionOf(e.type(), key)) {
                out.add(Finding.warning(number, t, key, "\"" + key + "\" is " + Sentences.show(e.get(key))
                        + "; with a size of zero or less nothing is printed."));
                return;
            }
        }
        ElementBounds b = ElementBounds.of(e);
        if (b == null) {
            return;
        }
        double w = page == null ? Double.POSITIVE_INFINITY : page.widthMm();
        double h = page == null ? Double.POSITIVE_INFINITY : page.heightMm();
        String size = page == null ? "" : " of the " + page.describe() + " page";
        if (b.maxX() <= 0 || b.maxY() <= 0 || b.minX() >= w || b.minY() >= h) {
            out.add(Finding.warning(number, t, "", "it lies entirely outside the "
                    + (page == null ? "" : page.describe() + " ") + "page; it will not be printed."));
            return;
        }
        List<String> sides = new ArrayList<>();
        if (b.minX() < -TOLERANCE_MM) {
            sides.add(Units.mmString(-b.minX()) + " mm beyond the left edge");
        }
        if (b.maxX() > w + TOLERANCE_MM) {
            sides.add(Units.mmString(b.maxX() - w) + " mm beyond the right edge");
        }
        if (b.minY() < -TOLERANCE_MM) {
            sides.add(Units.mmString(-b.minY()) + " mm beyond the bottom edge");
        }
        if (b.maxY() > h + TOLERANCE_MM) {
            sides.add(Units.mmString(b.maxY() - h) + " mm beyond the top edge");
        }
        if (!sides.isEmpty()) {
            out.add(Finding.warning(number, t, "", "it reaches " + String.join(" and ", sides) + size
                    + "; that part is cut off."));
        }
    }

    private static String pages(int n) {
        return n == 1 ? "1 page" : n + " pages";
    }

    private void checkContent(int number, Element e, String t, ElementType type, List<Finding> out) {
        if (type == ElementType.POWEREDBY || !e.has("content") && type != ElementType.BARCODEAREA) {
            return; // a missing content is the schema's business (or "secret" for a QR code)
        }
        if (e.has("content") && !e.get("content").isTextual()) {
            return;
        }
        String content = e.content();
        if (type == ElementType.IMAGEAREA) {
            if (content.isEmpty()) {
                out.add(Finding.warning(number, t, "content", "\"content\" is empty; the image area stays blank."));
            } else if (!content.startsWith("question_")) {
                out.add(Finding.warning(number, t, "content", "\"content\" is \"" + clip(content)
                        + "\", an image pretix knows only if a plugin provides it; images of file-upload questions are question_<identifier>."));
            }
            return;
        }
        String shows = type == ElementType.BARCODEAREA ? "pretix leaves out the QR code" : "pretix prints \"(error)\" here";
        if (content.isEmpty()) {
            out.add(Finding.warning(number, t, "content", "\"content\" is empty; " + shows + "."));
        } else if (PlaceholderCatalog.OTHER.equals(content)) {
            if (e.text().isBlank()) {
                out.add(Finding.warning(number, t, "text", "the custom text is empty; "
                        + (type == ElementType.BARCODEAREA ? "pretix leaves out the QR code." : "nothing is printed.")));
            }
            checkInterpolation(number, t, "text", e.text(), out);
        } else if (PlaceholderCatalog.OTHER_I18N.equals(content)) {
            Map<String, String> texts = e.textI18n();
            if (texts.values().stream().allMatch(String::isBlank)) {
                out.add(Finding.warning(number, t, "text_i18n", "the custom text has no language with text; nothing is printed."));
            }
            for (String s : texts.values()) {
                checkInterpolation(number, t, "text_i18n", s, out);
            }
        } else if (!PlaceholderCatalog.isKnown(content)) {
            out.add(Finding.warning(number, t, "content", "\"content\" is \"" + clip(content)
                    + "\", a variable pretix does not know" + suggestion(content) + "; "
                    + (type == ElementType.BARCODEAREA ? "pretix leaves out the QR code." : "it prints as empty text.")));
        }
    }

    private void checkInterpolation(int number, String t, String property, String text, List<Finding> out) {
        Matcher m = PlaceholderCatalog.INTERPOLATION.matcher(text);
        Set<String> reported = new LinkedHashSet<>();
        while (m.find()) {
            String key = m.group(1);
            if (!PlaceholderCatalog.isKnown(key) && reported.add(key)) {
                out.add(Finding.warning(number, t, property, "the custom text contains {" + clip(key)
                        + "}, a variable pretix does not know" + suggestion(key) + "; it prints literally as {" + clip(key) + "}."));
            }
        }
    }

    private static String suggestion(String key) {
        List<String> keys = new ArrayList<>();
        PlaceholderCatalog.all().forEach(p -> keys.add(p.key()));
        String near = Sentences.nearest(key, keys);
        return near == null ? "" : " (did you mean \"" + near + "\"?)";
    }

    private void checkFont(int number, Element e, String t, List<Finding> out) {
        if (!e.has("fontfamily") || !e.get("fontfamily").isTextual()) {
            return;
        }
        String family = e.fontFamily();
        if (extraFonts.contains(family)) {
            return;
        }
        switch (KnownFonts.availability(family)) {
            case BUILT_IN:
                return;
            case FONT_PACK:
                out.add(Finding.warning(number, t, "fontfamily", "the font \"" + family
                        + "\" is probably available only with the pretix-fontpack-free plugin; without it pretix prints Open Sans."));
                return;
            default:
                String near = KnownFonts.closest(family);
                out.add(Finding.warning(number, t, "fontfamily", "pretix may not have the font \"" + clip(family) + "\""
                        + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                        + "; only Open Sans is always there, other fonts come from plugins, and a missing font is printed as Open Sans."));
        }
    }

    private void checkTextColour(int number, Element e, String t, List<Finding> out) {
        if (!e.has("color")) {
            return;
        }
        double contrast = contrastOnWhite(e.color());
        if (contrast < MIN_TEXT_CONTRAST) {
            out.add(Finding.warning(number, t, "color", "the text colour " + e.color().hex()
                    + " is very pale; on a white background it is hard to read."));
        }
    }

    private void checkQr(int number, Element e, String t, List<Finding> out) {
        Double size = e.numberOrNull("size");
        if (size != null && size > 0 && size < MIN_QR_MM) {
            out.add(Finding.warning(number, t, "size", "the QR code is " + Units.mmString(size)
                    + " mm wide; below " + Units.plain(MIN_QR_MM) + " mm scanners may fail to read it."));
        }
        if (e.has("color") && contrastOnWhite(e.color()) < MIN_QR_CONTRAST) {
            out.add(Finding.warning(number, t, "color", "the QR colour " + e.color().hex()
                    + " is too pale; scanners need a dark code on a light background."));
        }
    }

    private static boolean withinNumberLimits(Element e) {
        for (String key : e.keys()) {
            InputLimits.NumberRange range = InputLimits.rangeOf(key);
            Double v = range == null ? null : e.numberOrNull(key);
            if (v != null && !range.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** Long texts are warned about well below {@link InputLimits#MAX_TEXT_CHARS}, where rendering stops. */
    private void checkTextLength(int number, Element e, String t, List<Finding> out) {
        for (String key : new String[] {"text", "text_i18n"}) {
            int chars = e.has(key) ? LayoutValidator.longestText(key, e.node().get(key)) : 0;
            if (chars >= InputLimits.LONG_TEXT_CHARS && chars <= InputLimits.MAX_TEXT_CHARS) {
                out.add(Finding.warning(number, t, key, InputLimits.longText(key, chars)));
            }
        }
    }

    /** WCAG 2 contrast ratio of a colour against white (1 = invisible, 21 = black). */
    static double contrastOnWhite(Rgba c) {
        double l = 0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b());
        return 1.05 / (l + 0.05);
    }

    private static double linear(double channel) {
        double s = Math.max(0, Math.min(255, channel)) / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
