package org.layoutstudio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, filled in by Maven resource filtering. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /** The HTTP user agent: it names the app and its version, as pretix asks of API clients. */
    public static String userAgent() {
        return "LayoutStudio/" + VERSION + " (pretix layout editor; Java " + System.getProperty("java.version") + ")";
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
