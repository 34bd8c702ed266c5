package org.layoutstudio.layout;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's cache folder for Layout Studio: {@code $XDG_CACHE_HOME/layout-studio} or
 * {@code ~/.cache/layout-studio} on Linux, {@code ~/Library/Caches/layout-studio} on macOS,
 * {@code %LOCALAPPDATA%\layout-studio} on Windows. Here, in the lowest package, because the font
 * index (render) and the crash journal (editor) both keep files there.
 */
public final class UserCache {
    private UserCache() {
    }

    /** The folder (not created). */
    public static Path dir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        Path cache;
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            cache = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            cache = home.resolve("Library").resolve("Caches");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        }
        return cache.resolve("layout-studio");
    }
}
