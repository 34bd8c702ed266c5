package org.layoutstudio.editor.canvas;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renderer's TrueType faces as JavaFX fonts: each face's bytes are loaded once, then fonts are
 * made per size bucket (0.05 pt) by name, so the canvas draws with the very glyphs pretix prints.
 */
final class FxFonts {
    private static final Logger LOG = LoggerFactory.getLogger(FxFonts.class);
    private static final double BUCKET = 0.05;

    private final Function<String, byte[]> bytes;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    FxFonts(Function<String, byte[]> bytes) {
        this.bytes = bytes;
    }

    Font font(String key, double sizePt) {
        double size = Math.max(BUCKET, Math.round(sizePt / BUCKET) * BUCKET);
        String name = names.computeIfAbsent(key, this::load);
        return fonts.computeIfAbsent(name + "@" + size, k -> new Font(name, size));
    }

    private String load(String key) {
        try {
            byte[] ttf = bytes.apply(key);
            if (ttf != null) {
                Font f = Font.loadFont(new ByteArrayInputStream(ttf), 10);
                if (f != null) {
                    return f.getName();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not load the font {} for the canvas: {}", key, e.toString());
        }
        LOG.warn("The canvas draws {} with the system font", key);
        return Font.getDefault().getName();
    }
}
