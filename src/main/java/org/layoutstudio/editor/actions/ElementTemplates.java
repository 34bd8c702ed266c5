package org.layoutstudio.editor.actions;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.layout.Units;

/**
 * The toolbox: new elements as pretix's web editor creates them (PRETIX.md §4.2), with its key
 * order (§4.6), centred on a point of the page.
 */
public enum ElementTemplates {
    TEXT_BOX, LEGACY_TEXT, QR_CHECK_IN, QR_LEAD_SCANNING, QR_OTHER, IMAGE, PRETIX_LOGO;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final double TEXT_WIDTH = 80;
    static final double TEXT_HEIGHT = 7.83;
    static final double LEGACY_TEXT_WIDTH = 50;
    static final double QR_SIZE = 40;
    static final double IMAGE_SIZE = 40;
    static final double LOGO_SIZE = 20;

    /** The bundle key of its name in the Insert menu ("Text box"). */
    public String labelKey() {
        return "editor.element." + name();
    }

    /** A new element on {@code page}, its box centred on ({@code cx}, {@code cy}) mm. */
    public Element create(int page, double cx, double cy) {
        ObjectNode o = F.objectNode();
        o.put("type", type());
        o.put("page", page);
        switch (this) {
            case TEXT_BOX -> {
                o.put("locale", "");
                position(o, cx - TEXT_WIDTH / 2, cy - TEXT_HEIGHT / 2);
                textStyle(o, true);
                o.put("width", Units.mmString(TEXT_WIDTH));
                o.put("height", Units.mmString(TEXT_HEIGHT));
                content(o, "event_name");
                o.put("rotation", 0);
                o.put("align", "left");
                o.put("verticalalign", "middle");
                o.put("autoresize", true);
                o.put("splitlongwords", true);
            }
            case LEGACY_TEXT -> {
                o.put("locale", "");
                // downward: "bottom" is the top of the text
                double lineMm = Units.ptToMm(13 * 1.15);
                position(o, cx - LEGACY_TEXT_WIDTH / 2, cy + lineMm / 2);
                textStyle(o, false);
                o.put("width", Units.mmString(LEGACY_TEXT_WIDTH));
                o.put("downward", true);
                content(o, "event_name");
                o.put("rotation", 0);
                o.put("align", "left");
            }
            case QR_CHECK_IN, QR_LEAD_SCANNING, QR_OTHER -> {
                position(o, cx - QR_SIZE / 2, cy - QR_SIZE / 2);
                o.put("size", Units.mmString(QR_SIZE));
                o.put("content", this == QR_CHECK_IN ? "secret" : this == QR_LEAD_SCANNING ? "pseudonymization_id" : PlaceholderCatalog.OTHER);
                o.put("text", "");
                o.set("text_i18n", F.objectNode());
                o.put("nowhitespace", true);
            }
            case IMAGE -> {
                position(o, cx - IMAGE_SIZE / 2, cy - IMAGE_SIZE / 2);
                o.put("height", Units.mmString(IMAGE_SIZE));
                o.put("width", Units.mmString(IMAGE_SIZE));
                o.put("content", "");
            }
            case PRETIX_LOGO -> {
                position(o, cx - LOGO_SIZE * ElementGeometry.LOGO_ASPECT / 2, cy - LOGO_SIZE / 2);
                o.put("size", Units.mmString(LOGO_SIZE));
                o.put("content", "dark");
            }
            default -> throw new IllegalStateException(name());
        }
        return Element.of(o);
    }

    private String type() {
        return switch (this) {
            case TEXT_BOX -> "textcontainer";
            case LEGACY_TEXT -> "textarea";
            case QR_CHECK_IN, QR_LEAD_SCANNING, QR_OTHER -> "barcodearea";
            case IMAGE -> "imagearea";
            case PRETIX_LOGO -> "poweredby";
        };
    }

    private static void position(ObjectNode o, double left, double bottom) {
        o.put("left", Units.mmString(left));
        o.put("bottom", Units.mmString(bottom));
    }

    /** Text box: line height as the editor's input gives it ("1"); legacy text: fabric's number 1. */
    private static void textStyle(ObjectNode o, boolean textBox) {
        o.put("fontsize", Units.ptString(13));
        if (textBox) {
            o.put("lineheight", "1");
        } else {
            o.put("lineheight", 1);
        }
        o.set("color", F.arrayNode().add(0).add(0).add(0).add(1));
        o.put("fontfamily", "Open Sans");
        o.put("bold", false);
        o.put("italic", false);
    }

    /** pretix's editor stores the sample it shows as {@code text} for a placeholder. */
    private static void content(ObjectNode o, String key) {
        o.put("content", key);
        o.put("text", PlaceholderCatalog.sample(key));
        o.set("text_i18n", F.objectNode());
    }
}
