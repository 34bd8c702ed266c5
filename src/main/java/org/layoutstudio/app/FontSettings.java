package org.layoutstudio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.layout.KnownFonts;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.FontException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings → Fonts applied to the renderer's font catalogue (the one the canvas and the preview draw
 * with): the user's font folders, and the families pretix offers (Open Sans, plus the free font
 * pack's when the user says the server has it: pretix's API cannot tell).
 */
final class FontSettings {
    private static final Logger LOG = LoggerFactory.getLogger(FontSettings.class);

    private FontSettings() {
    }

    /** The shared catalogue with the settings applied (reads new font folders: call it off the FX thread). */
    static FontCatalog apply(Settings s) {
        return apply(s, List.of(), RendererCanvasRenderer.shared().engine().fonts());
    }

    /** Applies the settings; {@code dropped} are folders the user removed from them. */
    static FontCatalog apply(Settings s, List<String> dropped, FontCatalog catalog) {
        dropped.forEach(f -> catalog.remove(Path.of(f)));
        catalog.offer(s.fontPackOnServer ? KnownFonts.fontPack() : List.of());
        List<Path> known = catalog.fontFolders();
        for (String folder : new ArrayList<>(s.fontFolders)) {
            Path p = Path.of(folder);
            if (known.contains(p.toAbsolutePath().normalize())) {
                continue;
            }
            try {
                catalog.add(p);
            } catch (FontException e) {
                LOG.warn("Font folder from the settings skipped: {}", e.getMessage());
            }
        }
        return catalog;
    }
}
