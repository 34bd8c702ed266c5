package org.layoutstudio.layout;

/**
 * Every limit on what the layout package reads, each with the sentence a user sees when it is
 * reached (a {@link Message} of the bundle where it is a finding). The numbers come from what real
 * pretix data needs, with room: pretix's default ticket is 1 KB of JSON; a large real layout has a
 * few hundred elements, 2,000 elements are about 1 MB.
 */
public final class InputLimits {
    /** A layout file: eight times a 2,000-element layout. */
    public static final long MAX_LAYOUT_BYTES = 8L * 1024 * 1024;
    /**
     * Any other JSON (ticket values for {@code render --data}, answers of pretix's API): an order
     * position with {@code pdf_data} is 2–4 KB, so this holds 4,000 or more tickets at once.
     */
    public static final long MAX_JSON_BYTES = 16L * 1024 * 1024;
    /** Elements in one layout: five times the 2,000 of the largest real layouts. */
    public static final int MAX_ELEMENTS = 10_000;
    /** JSON nesting: a layout needs 3 levels (list, element, colour). */
    public static final int MAX_DEPTH = 200;
    /** Characters of one JSON number literal. */
    public static final int MAX_NUMBER_CHARS = 1000;
    /** The exponent of a number literal ({@code 1e400} is read, {@code 1e78901234567890} is not). */
    public static final int MAX_EXPONENT = 1000;
    /** Characters in one text of an element ({@code text}, each of {@code text_i18n}): the renderer refuses more. */
    public static final int MAX_TEXT_CHARS = 20_000;
    /** From this many characters the preflight warns: no ticket shows that much text legibly. */
    public static final int LONG_TEXT_CHARS = 2_000;
    /** Positions and sizes in mm: the largest page a PDF can have is 5,080 mm wide. */
    public static final NumberRange LENGTH_MM = new NumberRange(-10_000, 10_000, "mm");
    /** Font sizes in points. */
    public static final NumberRange FONT_SIZE_PT = new NumberRange(-10_000, 10_000, "pt");
    /** Line height factors. */
    public static final NumberRange LINE_HEIGHT = new NumberRange(-100, 100, "");
    /** Rotations in degrees: a hundred turns either way. */
    public static final NumberRange ROTATION_DEGREES = new NumberRange(-36_000, 36_000, "°");
    /** Page numbers. */
    public static final NumberRange PAGE = new NumberRange(-1_000_000, 1_000_000, "");

    private InputLimits() {
    }

    /**
     * The finite range a numeric property must stay in.
     *
     * @param min  smallest allowed value
     * @param max  largest allowed value
     * @param unit shown after the numbers ("" for none)
     */
    public record NumberRange(double min, double max, String unit) {
        /** Whether {@code v} is a finite number inside the range. */
        public boolean contains(double v) {
            return Double.isFinite(v) && v >= min && v <= max;
        }

        /** "between -10000 and 10000 mm", in words. */
        public Message words() {
            return unit.isEmpty() ? Message.of("layout.limit.range.noUnit", min, max) : Message.of("layout.limit.range", min, max, unit);
        }

        @Override
        public String toString() {
            return LayoutTexts.english().format(words());
        }
    }

    /** The range of a numeric layout property, or null when {@code property} is not numeric. */
    public static NumberRange rangeOf(String property) {
        return switch (property) {
            case "left", "bottom", "width", "height", "size" -> LENGTH_MM;
            case "fontsize" -> FONT_SIZE_PT;
            case "lineheight" -> LINE_HEIGHT;
            case "rotation" -> ROTATION_DEGREES;
            case "page" -> PAGE;
            default -> null;
        };
    }

    // ----- the sentences -----

    /** A layout file over {@link #MAX_LAYOUT_BYTES}; {@code whatIsRead} is "The file is 50.0 MB". */
    static String layoutTooLarge(String whatIsRead) {
        return whatIsRead + "; a layout is at most " + InputFiles.megabytes(MAX_LAYOUT_BYTES) + " (real ones are a few KB).";
    }

    /** A JSON file over {@link #MAX_JSON_BYTES}. */
    static String jsonTooLarge(String whatIsRead) {
        return whatIsRead + "; Layout Studio reads at most " + InputFiles.megabytes(MAX_JSON_BYTES)
                + " of JSON at once (split ticket values into several files).";
    }

    /** Also the message of the exception when a document is read: so in English there (see {@link LayoutTexts}). */
    static Message tooManyElements(int count) {
        return Message.of("layout.limit.tooManyElements", count, MAX_ELEMENTS);
    }

    static String exponentTooLarge(String literal, String where) {
        return "The number " + SafeText.line(literal, 60) + where + " is beyond any number a layout can use"
                + " (its exponent is more than " + MAX_EXPONENT + ").";
    }

    static Message numberOutOfRange(String property, Object shown, NumberRange range) {
        return Message.of(range == PAGE ? "layout.limit.noPage" : "layout.limit.noTicket", property, shown, range.words());
    }

    static Message textTooLong(String property, int chars) {
        return Message.of("layout.limit.textTooLong", property, chars, MAX_TEXT_CHARS);
    }

    static Message longText(String property, int chars) {
        return Message.of("layout.limit.longText", property, chars, MAX_TEXT_CHARS);
    }
}
