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

    /** At most this many characters a font lacks are named in a warning. */
    static final int MAX_CHARS_NAMED = 12;

    /** The first pretix release that draws {@code textcontainer} elements (PRETIX.md §2.3, pretix PR #4246). */
    static final String TEXTCONTAINER_SINCE = "2024.7";

    private final Set<String> extraFonts;
    private final ElementGeometry geometry;
    private final FontFacts fonts;
    private final PretixVersion server;

    /** A preflight that knows only pretix's own fonts and those of the free font pack, by name. */
    public Preflight() {
        this(Set.of());
    }

    /** Also accepts these families without warning (e.g. fonts seen in the server's other layouts). */
    public Preflight(Collection<String> extraFonts) {
        this(extraFonts, ElementGeometry.estimating(), null, null);
    }

    /** With the geometry that measures legacy texts (the renderer's text layout) instead of estimating them. */
    public Preflight(Collection<String> extraFonts, ElementGeometry geometry) {
        this(extraFonts, geometry, null, null);
    }

    /**
     * A preflight that knows the fonts as the renderer resolves them: which families the event
     * offers, which are installed, and which characters a face lacks (they print as boxes).
     */
    public Preflight(FontFacts fonts) {
        this(Set.of(), ElementGeometry.estimating(), fonts, null);
    }

    /** Fonts as the renderer resolves them, and legacy texts measured with {@code geometry}. */
    public Preflight(FontFacts fonts, ElementGeometry geometry) {
        this(Set.of(), geometry, fonts, null);
    }

    private Preflight(Collection<String> extraFonts, ElementGeometry geometry, FontFacts fonts, PretixVersion server) {
        this.extraFonts = Set.copyOf(new LinkedHashSet<>(extraFonts));
        this.geometry = geometry;
        this.fonts = fonts;
        this.server = server;
    }

    /**
     * The same checks for a server whose pretix version is known: where that version prints
     * differently from the newest pretix (which the preview follows, docs/RENDERER.md), a warning
     * says so instead of the preview silently guessing.
     */
    public Preflight forServer(PretixVersion version) {
        return new Preflight(extraFonts, geometry, fonts, version);
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
        if (server != null && type == ElementType.TEXTCONTAINER && server.isBefore(TEXTCONTAINER_SINCE)) {
            out.add(Finding.warning(number, t, "type", "this server runs pretix " + clip(server.text())
                    + ", which does not know text boxes of this kind (pretix " + TEXTCONTAINER_SINCE
                    + " added them): it refuses the layout or prints nothing here, while the preview follows the newest pretix."));
        }
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
        if (e.has("page") && !e.get("page").isNumber()) {
            return; // the schema reports it
        }
        Printability.NotPrinted why = Printability.whyNot(e, page);
        if (why != null) {
            out.add(Finding.warning(number, t, why.key(), notPrinted(e, why, page)));
            return;
        }
        checkSigns(number, e, t, out);
        if (!geometry.isMeasurable(e)) {
            return;
        }
        MmBox b = geometry.boxOf(e).bounds();
        double w = page == null ? Double.POSITIVE_INFINITY : page.widthMm();
        double h = page == null ? Double.POSITIVE_INFINITY : page.heightMm();
        String size = page == null ? "" : " of the " + page.describe() + " page";
        if (b.right() <= 0 || b.top() <= 0 || b.left() >= w || b.bottom() >= h) {
            out.add(Finding.warning(number, t, "", "it lies entirely outside the "
                    + (page == null ? "" : page.describe() + " ") + "page; it will not be printed."));
            return;
        }
        List<String> sides = new ArrayList<>();
        if (b.left() < -TOLERANCE_MM) {
            sides.add(Units.mmString(-b.left()) + " mm beyond the left edge");
        }
        if (b.right() > w + TOLERANCE_MM) {
            sides.add(Units.mmString(b.right() - w) + " mm beyond the right edge");
        }
        if (b.bottom() < -TOLERANCE_MM) {
            sides.add(Units.mmString(-b.bottom()) + " mm beyond the bottom edge");
        }
        if (b.top() > h + TOLERANCE_MM) {
            sides.add(Units.mmString(b.top() - h) + " mm beyond the top edge");
        }
        if (!sides.isEmpty()) {
            out.add(Finding.warning(number, t, "", "it reaches " + String.join(" and ", sides) + size
                    + "; that part is cut off."));
        }
    }

    /** The sentence for an element pretix does not print ({@link Printability}). */
    private static String notPrinted(Element e, Printability.NotPrinted why, PageGeometry page) {
        String value = "\"" + why.key() + "\" is " + Sentences.show(e.get(why.key()));
        return switch (why.reason()) {
            case NOT_A_PAGE -> value + "; pages are numbered 1, 2, …, so pretix never prints this element.";
            case PAGE_MISSING -> "it is on page " + Sentences.show(e.get("page")) + ", but the background has "
                    + pages(page.pageCount()) + "; pretix never prints it.";
            case NO_SIZE -> value + "; with a size of zero pretix prints nothing of it.";
            case BREAKS_TICKET -> value + (e.type() == ElementType.POWEREDBY
                    ? "; pretix cannot scale its logo to that and produces no ticket at all."
                    : "; pretix cannot wrap text into that width and produces no ticket at all.");
            case UNKNOWN_TYPE -> "pretix does not know this type and prints nothing.";
        };
    }

    /** Negative sizes that pretix does print, in a way nobody means. */
    private static void checkSigns(int number, Element e, String t, List<Finding> out) {
        switch (e.type()) {
            case BARCODEAREA:
                if (below(e, "size", 0)) {
                    out.add(Finding.warning(number, t, "size", "\"size\" is " + Sentences.show(e.get("size"))
                            + "; pretix prints the QR code turned upside down, to the left of and below its position."));
                }
                return;
            case IMAGEAREA:
                for (String key : new String[] {"width", "height"}) {
                    if (below(e, key, 0)) {
                        out.add(Finding.warning(number, t, key, "\"" + key + "\" is " + Sentences.show(e.get(key))
                                + "; pretix prints only a grey box there, on the other side of its position."));
                        return;
                    }
                }
                return;
            case TEXTCONTAINER:
                if (atMostZero(e, "height")) {
                    out.add(Finding.warning(number, t, "height", "\"height\" is " + Sentences.show(e.get("height"))
                            + (e.autoresize() ? "; pretix shrinks the text to 1 pt trying to fit it." : "; the box has no room, so pretix prints the text outside it.")));
                }
                checkFontSign(number, e, t, out);
                return;
            case TEXTAREA:
                checkFontSign(number, e, t, out);
                return;
            default:
        }
    }

    private static void checkFontSign(int number, Element e, String t, List<Finding> out) {
        if (below(e, "fontsize", 0)) {
            out.add(Finding.warning(number, t, "fontsize", "\"fontsize\" is " + Sentences.show(e.get("fontsize"))
                    + "; pretix prints the text turned upside down."));
        }
    }

    /** True when the value is a number below {@code limit}. */
    private static boolean below(Element e, String key, double limit) {
        Double v = e.numberOrNull(key);
        return v != null && v < limit;
    }

    private static boolean atMostZero(Element e, String key) {
        Double v = e.numberOrNull(key);
        return v != null && v <= 0;
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
        if (fonts != null) {
            checkFontFacts(number, e, t, out);
            return;
        }
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

    /** The font as the renderer resolves it: offered, installed, and the characters it lacks. */
    private void checkFontFacts(int number, Element e, String t, List<Finding> out) {
        String family = e.fontFamily();
        String drawn = family;
        switch (fonts.availability(family)) {
            case NOT_OFFERED -> {
                String near = Sentences.nearest(family, new ArrayList<>(fonts.offered()));
                out.add(Finding.warning(number, t, "fontfamily", "pretix prints the font \"" + clip(family) + "\" only when a font"
                        + " plugin offers it, and none known here does" + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                        + "; the preview shows Open Sans, as pretix prints it then (font plugins: Settings → Fonts, or --font)."));
                drawn = KnownFonts.OPEN_SANS;
            }
            case OFFERED_NOT_INSTALLED -> {
                out.add(Finding.warning(number, t, "fontfamily", "pretix prints the font \"" + clip(family)
                        + "\", but it is not installed here, so the preview shows Open Sans; add its files in Settings → Fonts."));
                return;
            }
            default -> {
                // drawn as asked
            }
        }
        String text = printedText(e);
        String missing = text.isEmpty() ? "" : fonts.missingGlyphs(family, e.bold(), e.italic(), text);
        if (missing.isEmpty()) {
            return;
        }
        String property = PlaceholderCatalog.OTHER_I18N.equals(e.content()) ? "text_i18n" : "text";
        out.add(Finding.warning(number, t, property, "\"" + clip(text.strip().replace('\n', ' ')) + "\" — " + drawn
                + " has no glyphs for " + named(missing) + "; these print as boxes" + covering(missing) + "."));
    }

    /** The custom text an element prints (all languages of a multilingual one); "" for a variable. */
    private static String printedText(Element e) {
        if (PlaceholderCatalog.OTHER.equals(e.content())) {
            return e.text();
        }
        if (PlaceholderCatalog.OTHER_I18N.equals(e.content())) {
            return String.join("\n", e.textI18n().values());
        }
        return "";
    }

    /** "; of your fonts, Noto Sans has them (the event offers it)", or "" when none of the installed fonts has them. */
    private String covering(String missing) {
        List<String> cover = fonts.familiesCovering(missing);
        if (cover.isEmpty()) {
            return "";
        }
        List<String> named = cover.subList(0, Math.min(3, cover.size()));
        boolean offered = fonts.offered().contains(cover.get(0));
        String list = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        return "; of your fonts, " + list + (named.size() == 1 ? " has them" : " have them")
                + (offered ? " (the event offers " + (named.size() == 1 ? "it)" : cover.get(0) + ")")
                        : " (the event does not offer " + (named.size() == 1 ? "it" : "them") + ": Settings → Fonts)");
    }

    /** "Ω, μ, έ" – the characters a font lacks, the first {@link #MAX_CHARS_NAMED}. */
    private static String named(String chars) {
        List<String> each = new ArrayList<>();
        chars.codePoints().limit(MAX_CHARS_NAMED).forEach(cp -> each.add(new String(Character.toChars(cp))));
        int all = (int) chars.codePoints().count();
        return String.join(", ", each) + (all > MAX_CHARS_NAMED ? " and " + (all - MAX_CHARS_NAMED) + " more" : "");
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
