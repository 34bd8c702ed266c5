package org.layoutstudio.pretix.profiles;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Layout Studio keeps its files: the OS's configuration directory (Linux
 * {@code $XDG_CONFIG_HOME/layout-studio} or {@code ~/.config/layout-studio}, macOS
 * {@code ~/Library/Application Support/Layout Studio}, Windows {@code %APPDATA%\Layout Studio}).
 * The system property {@value #PROPERTY} overrides it (tests point it into a temporary folder).
 */
public final class ConfigDirs {
    /** System property that replaces the configuration directory. */
    public static final String PROPERTY = "layoutstudio.configdir";
    /** System property that replaces the log directory (where {@code LogFile} writes the log). */
    public static final String LOG_PROPERTY = "layoutstudio.logdir";

    private ConfigDirs() {
    }

    /** The configuration directory (not created here). */
    public static Path configDir() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return forOs(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv("XDG_CONFIG_HOME"),
                System.getenv("APPDATA"));
    }

    /** The directory of the log file. */
    public static Path logDir() {
        String override = System.getProperty(LOG_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home", "."), ".cache", "layout-studio");
    }

    /** The current log file. */
    public static Path logFile() {
        return logDir().resolve("layout-studio.log");
    }

    static Path forOs(String osName, String home, String xdgConfigHome, String appData) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Layout Studio");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Layout Studio");
        }
        Path base = xdgConfigHome != null && !xdgConfigHome.isBlank() ? Path.of(xdgConfigHome) : Path.of(home, ".config");
        return base.resolve("layout-studio");
    }
}
