package org.layoutstudio.editor.inspector;

import java.util.regex.Pattern;
import org.layoutstudio.layout.Units;

/** Reads a number typed into the inspector; what is wrong comes back as a sentence. */
public final class NumberInput {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMMA = Pattern.compile("[-+]?\\d*,\\d+");

    private NumberInput() {
    }

    /** A value, or the reason there is none. */
    public record Result(Double value, String problem) {
        public boolean ok() {
            return value != null;
        }
    }

    /**
     * Parses {@code text} as a number between {@code min} and {@code max}; {@code what} and
     * {@code unit} name it in messages ("Font size", "pt").
     */
    public static Result parse(String text, double min, double max, String what, String unit) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return new Result(null, what + " needs a number.");
        }
        if (COMMA.matcher(t).matches()) {
            return new Result(null, "Use a dot as the decimal separator: " + t.replace(',', '.') + " instead of " + t + ".");
        }
        if (!NUMBER.matcher(t).matches()) {
            return new Result(null, "“" + t + "” is not a number; " + what.toLowerCase(java.util.Locale.ROOT)
                    + " is a number like 12.5.");
        }
        double v = Double.parseDouble(t);
        if (v < min || v > max) {
            String u = unit.isEmpty() ? "" : " " + unit;
            return new Result(null, what + " must be between " + Units.plain(min) + u + " and " + Units.plain(max) + u + ".");
        }
        return new Result(v, null);
    }
}
