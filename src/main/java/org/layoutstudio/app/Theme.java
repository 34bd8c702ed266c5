package org.layoutstudio.app;

import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * Light and dark look: AtlantaFX's Primer themes plus the shell's own small stylesheet. The themes'
 * stylesheets are used by resource path, which works on the class path (jar, packaged app) and on
 * the module path of {@code ./mvnw javafx:run} alike. (atlantafx-base stays on 2.0.x: 2.1.0 is
 * compiled for Java 21 and cannot load on the Java 17 we target.)
 */
public enum Theme {
    LIGHT, DARK;

    private static final String SHELL_CSS = Theme.class.getResource("shell.css").toExternalForm();

    public static Theme of(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    public String settingName() {
        return this == DARK ? "dark" : "light";
    }

    /** Applies the theme to every window of the application (the user agent stylesheet is global). */
    public void apply() {
        String css = stylesheet();
        if (css == null) {
            // Should not happen; start with JavaFX's own look rather than not at all.
            LoggerFactory.getLogger(Theme.class).warn("AtlantaFX theme not found on the class path; using Modena.");
            Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA);
            return;
        }
        Application.setUserAgentStylesheet(css);
    }

    /** The AtlantaFX stylesheet's URL, or null when the theme is not available. */
    public String stylesheet() {
        String name = this == DARK ? "primer-dark.css" : "primer-light.css";
        String path = "atlantafx/base/theme/" + name;
        var url = Theme.class.getResource("/" + path);
        if (url != null) {
            return url.toExternalForm(); // class path, the fat jar, the packaged app
        }
        // On the module path (./mvnw javafx:run) the jar is neither on the class path nor resolved as a
        // module; JavaFX can still read the stylesheet straight from the jar.
        String modulePath = System.getProperty("jdk.module.path", "");
        for (String entry : modulePath.split(java.io.File.pathSeparator)) {
            if (entry.contains("atlantafx-base") && entry.endsWith(".jar")) {
                return "jar:" + java.nio.file.Path.of(entry).toUri() + "!/" + path;
            }
        }
        return null;
    }

    /** Adds the shell's stylesheet to {@code scene} (once). */
    static void style(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(SHELL_CSS)) {
            scene.getStylesheets().add(SHELL_CSS);
        }
    }

    private static boolean everyWindow;

    /**
     * Gives every window of the application, dialogs and the areas' own windows included, the shell's
     * stylesheet, so that its style classes (warnings, empty states, the canvas surround…) work everywhere.
     */
    static void styleEveryWindow() {
        if (everyWindow) {
            return;
        }
        everyWindow = true;
        Window.getWindows().forEach(Theme::styleWindow);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Theme::styleWindow);
            }
        });
    }

    private static void styleWindow(Window w) {
        style(w.getScene());
        if (w.getProperties().putIfAbsent(SHELL_CSS, Boolean.TRUE) == null) {
            w.sceneProperty().addListener((o, was, now) -> style(now));
        }
    }
}
