package org.layoutstudio.layout;

/** pretix's {@code verticalalign} (text boxes only). */
public enum VerticalAlign {
    TOP, MIDDLE, BOTTOM;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Unknown or missing values read as top, as pretix's renderer does. */
    public static VerticalAlign of(String json) {
        if ("middle".equals(json)) {
            return MIDDLE;
        }
        return "bottom".equals(json) ? BOTTOM : TOP;
    }
}
