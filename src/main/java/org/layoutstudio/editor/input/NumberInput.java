package org.layoutstudio.editor.input;

import java.util.Objects;
import java.util.regex.Pattern;
import org.layoutstudio.layout.SafeText;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.Texts;

/**
 * Reads a number the user typed (the inspector's fields, a custom page size): a dot is the decimal
 * separator, as in pretix's editor, and the value must lie within the field's limits. What is wrong
 * comes back as a sentence of the bundle ({@code editor.number.*}).
 */
public final class NumberInput {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMMA = Pattern.compile("[-+]?\\d*,\\d+");

    private final Texts texts;

    public NumberInput(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    /** A value, or the reason there is none. */
    public record Result(Double value, String problem) {
        public boolean ok() {
            return value != null;
        }
    }

    /**
     * Parses {@code text} as a number between {@code min} and {@code max}.
     *
     * @param what the field's name as the user reads it ("Font size")
     * @param unit the unit shown after the numbers ("mm", "pt"), or ""
     */
    public Result parse(String text, double min, double max, String what, String unit) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return problem("editor.number.empty", what);
        }
        if (COMMA.matcher(t).matches()) {
            return problem("editor.number.comma", t.replace(',', '.'), t);
        }
        if (!NUMBER.matcher(t).matches()) {
            // what was typed is quoted back escaped and cut: a pasted page of text stays one short line
            return problem("editor.number.notANumber", SafeText.line(t, SafeText.QUOTE_CHARS), what);
        }
        double v = Double.parseDouble(t);
        if (v < min || v > max) {
            return unit.isEmpty() ? problem("editor.number.range", what, Units.plain(min), Units.plain(max))
                    : problem("editor.number.rangeIn", what, Units.plain(min), Units.plain(max), unit);
        }
        return new Result(v, null);
    }

    private Result problem(String key, Object... args) {
        return new Result(null, texts.get(key, args));
    }
}
