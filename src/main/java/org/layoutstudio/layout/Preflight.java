package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
            out.add(Finding.warning(number, t, "type",
                    Message.of("layout.preflight.oldServerTextBox", clip(server.text()), TEXTCONTAINER_SINCE)));
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
        if (b.right() <= 0 || b.top() <= 0 || b.left() >= w || b.bottom() >= h) {
            out.add(Finding.warning(number, t, "", page == null ? Message.of("layout.preflight.outside")
                    : Message.of("layout.preflight.outsideOf", mm(w), mm(h))));
            return;
        }
        Message sides = null; // at most two: left or right, bottom or top
        if (b.left() < -TOLERANCE_MM) {
            sides = and(sides, Message.of("layout.preflight.beyond.left", mm(-b.left())));
        }
        if (b.right() > w + TOLERANCE_MM) {
            sides = and(sides, Message.of("layout.preflight.beyond.right", mm(b.right() - w)));
        }
        if (b.bottom() < -TOLERANCE_MM) {
            sides = and(sides, Message.of("layout.preflight.beyond.bottom", mm(-b.bottom())));
        }
        if (b.top() > h + TOLERANCE_MM) {
            sides = and(sides, Message.of("layout.preflight.beyond.top", mm(b.top() - h)));
        }
        if (sides != null) {
            out.add(Finding.warning(number, t, "", page == null ? Message.of("layout.preflight.reaches", sides)
                    : Message.of("layout.preflight.reachesOf", sides, mm(w), mm(h))));
        }
    }

    /** The sentence for an element pretix does not print ({@link Printability}). */
    private static Message notPrinted(Element e, Printability.NotPrinted why, PageGeometry page) {
        String key = why.key();
        Object value = Sentences.show(e.get(key));
        return switch (why.reason()) {
            case NOT_A_PAGE -> Message.of("layout.preflight.notAPage", key, value);
            case PAGE_MISSING -> Message.of("layout.preflight.pageMissing", Sentences.show(e.get("page")), page.pageCount());
            case NO_SIZE -> Message.of("layout.preflight.noSize", key, value);
            case BREAKS_TICKET -> Message.of(e.type() == ElementType.POWEREDBY ? "layout.preflight.logoBreaks"
                    : "layout.preflight.textBreaks", key, value);
            case UNKNOWN_TYPE -> Message.of("layout.preflight.unknownType");
        };
    }

    /** Negative sizes that pretix does print, in a way nobody means. */
    private static void checkSigns(int number, Element e, String t, List<Finding> out) {
        switch (e.type()) {
            case BARCODEAREA:
                if (below(e, "size", 0)) {
                    out.add(Finding.warning(number, t, "size",
                            Message.of("layout.preflight.qrNegative", "size", Sentences.show(e.get("size")))));
                }
                return;
            case IMAGEAREA:
                for (String key : new String[] {"width", "height"}) {
                    if (below(e, key, 0)) {
                        out.add(Finding.warning(number, t, key,
                                Message.of("layout.preflight.imageNegative", key, Sentences.show(e.get(key)))));
                        return;
                    }
                }
                return;
            case TEXTCONTAINER:
                if (atMostZero(e, "height")) {
                    out.add(Finding.warning(number, t, "height", Message.of(e.autoresize() ? "layout.preflight.heightShrinks"
                            : "layout.preflight.heightNoRoom", "height", Sentences.show(e.get("height")))));
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
            out.add(Finding.warning(number, t, "fontsize",
                    Message.of("layout.preflight.fontNegative", "fontsize", Sentences.show(e.get("fontsize")))));
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

    /** Millimetres as the sentences show them: rounded to two places as layouts write them ({@link Units#mmString}). */
    private static BigDecimal mm(double v) {
        return new BigDecimal(Units.mmString(v));
    }

    /** "a" alone, or "a and b". */
    private static Message and(Message first, Message next) {
        return first == null ? next : Message.of("layout.and", first, next);
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
                out.add(Finding.warning(number, t, "content", Message.of("layout.preflight.imageEmpty", "content")));
            } else if (!content.startsWith("question_")) {
                out.add(Finding.warning(number, t, "content", Message.of("layout.preflight.imageUnknown", "content", clip(content))));
            }
            return;
        }
        boolean qr = type == ElementType.BARCODEAREA;
        Message noQr = Message.of("layout.preflight.effect.noQr");
        if (content.isEmpty()) {
            out.add(Finding.warning(number, t, "content", Message.of("layout.preflight.contentEmpty", "content",
                    qr ? noQr : Message.of("layout.preflight.effect.error"))));
        } else if (PlaceholderCatalog.OTHER.equals(content)) {
            if (e.text().isBlank()) {
                out.add(Finding.warning(number, t, "text", Message.of("layout.preflight.customEmpty",
                        qr ? noQr : Message.of("layout.preflight.effect.nothing"))));
            }
            checkInterpolation(number, t, "text", e.text(), out);
        } else if (PlaceholderCatalog.OTHER_I18N.equals(content)) {
            Map<String, String> texts = e.textI18n();
            if (texts.values().stream().allMatch(String::isBlank)) {
                out.add(Finding.warning(number, t, "text_i18n", Message.of("layout.preflight.i18nEmpty")));
            }
            for (String s : texts.values()) {
                checkInterpolation(number, t, "text_i18n", s, out);
            }
        } else if (!PlaceholderCatalog.isKnown(content)) {
            Message effect = qr ? noQr : Message.of("layout.preflight.effect.empty");
            String near = suggestion(content);
            out.add(Finding.warning(number, t, "content", near == null
                    ? Message.of("layout.preflight.unknownVariable", "content", clip(content), effect)
                    : Message.of("layout.preflight.unknownVariable.near", "content", clip(content), effect, near)));
        }
    }

    private void checkInterpolation(int number, String t, String property, String text, List<Finding> out) {
        Matcher m = PlaceholderCatalog.INTERPOLATION.matcher(text);
        Set<String> reported = new LinkedHashSet<>();
        while (m.find()) {
            String key = m.group(1);
            if (!PlaceholderCatalog.isKnown(key) && reported.add(key)) {
                String written = "{" + clip(key) + "}";
                String near = suggestion(key);
                out.add(Finding.warning(number, t, property, near == null ? Message.of("layout.preflight.unknownInText", written)
                        : Message.of("layout.preflight.unknownInText.near", written, near)));
            }
        }
    }

    /** The known variable a misspelt one probably means, or null. */
    private static String suggestion(String key) {
        List<String> keys = new ArrayList<>();
        PlaceholderCatalog.all().forEach(p -> keys.add(p.key()));
        return Sentences.nearest(key, keys);
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
                out.add(Finding.warning(number, t, "fontfamily", Message.of("layout.preflight.fontPack", family)));
                return;
            default:
                String near = KnownFonts.closest(family);
                out.add(Finding.warning(number, t, "fontfamily", near == null ? Message.of("layout.preflight.fontUnknown", clip(family))
                        : Message.of("layout.preflight.fontUnknown.near", clip(family), near)));
        }
    }

    /** The font as the renderer resolves it: offered, installed, and the characters it lacks. */
    private void checkFontFacts(int number, Element e, String t, List<Finding> out) {
        String family = e.fontFamily();
        String drawn = family;
        switch (fonts.availability(family)) {
            case NOT_OFFERED -> {
                String near = Sentences.nearest(family, new ArrayList<>(fonts.offered()));
                out.add(Finding.warning(number, t, "fontfamily", near == null ? Message.of("layout.preflight.fontNotOffered", clip(family))
                        : Message.of("layout.preflight.fontNotOffered.near", clip(family), near)));
                drawn = KnownFonts.OPEN_SANS;
            }
            case OFFERED_NOT_INSTALLED -> {
                out.add(Finding.warning(number, t, "fontfamily", Message.of("layout.preflight.fontNotInstalled", clip(family))));
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
        String quoted = clip(text.strip().replace('\n', ' '));
        Message covering = covering(missing);
        out.add(Finding.warning(number, t, property, covering == null ? Message.of("layout.preflight.glyphs", quoted, drawn, named(missing))
                : Message.of("layout.preflight.glyphs.covered", quoted, drawn, named(missing), covering)));
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

    /** "of your fonts, Noto Sans has them (the event offers it)", or null when none of the installed fonts has them. */
    private Message covering(String missing) {
        List<String> cover = fonts.familiesCovering(missing);
        if (cover.isEmpty()) {
            return null;
        }
        boolean offered = fonts.offered().contains(cover.get(0));
        if (cover.size() == 1) {
            return Message.of(offered ? "layout.preflight.cover.one.offered" : "layout.preflight.cover.one.notOffered", cover.get(0));
        }
        List<String> named = cover.subList(0, Math.min(3, cover.size()));
        Message list = Message.of("layout.and", Sentences.list(named.subList(0, named.size() - 1)), named.get(named.size() - 1));
        return offered ? Message.of("layout.preflight.cover.many.offered", list, cover.get(0))
                : Message.of("layout.preflight.cover.many.notOffered", list);
    }

    /** "Ω, μ, έ" – the characters a font lacks, the first {@link #MAX_CHARS_NAMED}. */
    private static Object named(String chars) {
        List<String> each = new ArrayList<>();
        chars.codePoints().limit(MAX_CHARS_NAMED).forEach(cp -> each.add(new String(Character.toChars(cp))));
        int all = (int) chars.codePoints().count();
        return all > MAX_CHARS_NAMED ? Message.of("layout.preflight.glyphs.more", Sentences.list(each), all - MAX_CHARS_NAMED)
                : Sentences.list(each);
    }

    private void checkTextColour(int number, Element e, String t, List<Finding> out) {
        if (!e.has("color")) {
            return;
        }
        double contrast = contrastOnWhite(e.color());
        if (contrast < MIN_TEXT_CONTRAST) {
            out.add(Finding.warning(number, t, "color", Message.of("layout.preflight.paleText", e.color().hex())));
        }
    }

    private void checkQr(int number, Element e, String t, List<Finding> out) {
        Double size = e.numberOrNull("size");
        if (size != null && size > 0 && size < MIN_QR_MM) {
            out.add(Finding.warning(number, t, "size", Message.of("layout.preflight.smallQr", mm(size), MIN_QR_MM)));
        }
        if (e.has("color") && contrastOnWhite(e.color()) < MIN_QR_CONTRAST) {
            out.add(Finding.warning(number, t, "color", Message.of("layout.preflight.paleQr", e.color().hex())));
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
