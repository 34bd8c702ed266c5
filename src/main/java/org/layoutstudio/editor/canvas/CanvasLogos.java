package org.layoutstudio.editor.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;

/**
 * pretix's "powered by" logos as the canvas draws them, decoded once for the whole app (images are
 * immutable, so every canvas shares them). Decoding takes tens of milliseconds while the app starts;
 * {@link #prepare()} does it off the FX thread before the first layout is drawn.
 */
public final class CanvasLogos {
    private static final Map<String, Image> DECODED = new ConcurrentHashMap<>();

    private CanvasLogos() {
    }

    /** Decodes both logos now (any thread). */
    public static void prepare() {
        of("dark");
        of("white");
    }

    /**
     * The logo for the element's style ({@code white}, anything else dark); null when it cannot be read.
     * A canvas that asks while the warm-up decodes waits for that decoding rather than doing it again.
     */
    static Image of(String style) {
        return DECODED.computeIfAbsent("white".equals(style) ? "white" : "dark", CanvasLogos::decode);
    }

    private static Image decode(String name) {
        try (InputStream in = CanvasLogos.class.getResourceAsStream("/org/layoutstudio/render/pretix-powered_by_pretix_" + name + ".png")) {
            return in == null ? null : new Image(in);
        } catch (IOException ex) {
            return null;
        }
    }
}
