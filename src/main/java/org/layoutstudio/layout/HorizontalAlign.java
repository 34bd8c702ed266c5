package org.layoutstudio.layout;

/** pretix's {@code align}. */
public enum HorizontalAlign {
    LEFT, CENTER, RIGHT;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Unknown or missing values read as left, as pretix's renderer does. */
    public static HorizontalAlign of(String json) {
        if ("center".equals(json)) {
            return CENTER;
        }
        return "right".equals(json) ? RIGHT : LEFT;
    }
}
