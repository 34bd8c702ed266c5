package org.layoutstudio.layout;

/** A pretix colour: red, green, blue in 0–255 and alpha in 0–1 (pretix ignores alpha when printing). */
public record Rgba(double r, double g, double b, double a) {
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);

    /** {@code #rrggbb} for colour pickers and CSS. */
    public String hex() {
        return String.format("#%02x%02x%02x", clamp(r), clamp(g), clamp(b));
    }

    public static Rgba ofHex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6) {
            throw new IllegalArgumentException("A colour is #rrggbb, not " + hex);
        }
        int v = Integer.parseInt(h, 16);
        return new Rgba((v >> 16) & 255, (v >> 8) & 255, v & 255, 1);
    }

    private static int clamp(double c) {
        return (int) Math.max(0, Math.min(255, Math.round(c)));
    }
}
