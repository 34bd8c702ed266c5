package org.layoutstudio.layout;

/** pretix's element types; anything else is {@link #UNKNOWN} and kept as it is. */
public enum ElementType {
    TEXTCONTAINER("textcontainer", "Text box"),
    TEXTAREA("textarea", "Text (legacy)"),
    BARCODEAREA("barcodearea", "QR code"),
    IMAGEAREA("imagearea", "Image"),
    POWEREDBY("poweredby", "pretix logo"),
    UNKNOWN("", "Unknown element");

    private final String json;
    private final String label;

    ElementType(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** The value of the {@code type} key. */
    public String json() {
        return json;
    }

    /** A short name for people. */
    public String label() {
        return label;
    }

    public boolean isText() {
        return this == TEXTCONTAINER || this == TEXTAREA;
    }

    /** Square elements (one {@code size}) keep their aspect when resized. */
    public boolean isSquare() {
        return this == BARCODEAREA || this == POWEREDBY;
    }

    public static ElementType of(String json) {
        for (ElementType t : values()) {
            if (t != UNKNOWN && t.json.equals(json)) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
