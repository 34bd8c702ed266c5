package org.layoutstudio.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Units and number formats of pretix layouts. */
public final class Units {
    /** Points per millimetre (reportlab's {@code mm}). */
    public static final double PT_PER_MM = 72.0 / 25.4;

    private Units() {
    }

    public static double mmToPt(double mm) {
        return mm * PT_PER_MM;
    }

    public static double ptToMm(double pt) {
        return pt / PT_PER_MM;
    }

    /** How pretix's editor writes positions and sizes: a string with two decimals ({@code "17.50"}). */
    public static String mmString(double mm) {
        return decimals(mm, 2);
    }

    /** How pretix's editor writes font sizes: a string with one decimal ({@code "13.0"}). */
    public static String ptString(double pt) {
        return decimals(pt, 1);
    }

    /** A plain decimal without exponent and without trailing zeros ({@code 1.5}, {@code 2}). */
    public static String plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }

    static String decimals(double v, int places) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Not a number: " + v);
        }
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** pretix's schema pattern for numbers written as text ({@code "17.50"}, {@code "-3"}). */
    private static final Pattern NUMERIC = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** Reads pretix's "number or numeric string"; null when the text is not a number. */
    public static Double parse(String s) {
        if (s == null || !NUMERIC.matcher(s).matches()) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
