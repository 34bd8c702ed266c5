package org.layoutstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark look: AtlantaFX's Primer themes plus the shell's own small stylesheet. The themes'
 * stylesheets are used by resource path: atlantafx-base 2.1.0's classes are compiled for Java 21
 * (class file 65) and cannot be loaded on the Java 17 we target, but its CSS works on JavaFX 21.
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
        Application.setUserAgentStylesheet(stylesheet());
    }

    /** The AtlantaFX stylesheet's URL. */
    public String stylesheet() {
        String name = this == DARK ? "primer-dark.css" : "primer-light.css";
        var url = Theme.class.getResource("/atlantafx/base/theme/" + name);
        if (url == null) {
            throw new IllegalStateException("AtlantaFX theme " + name + " is missing from the classpath.");
        }
        return url.toExternalForm();
    }

    /** Adds the shell's stylesheet to {@code scene} (once). */
    static void style(Scene scene) {
        if (!scene.getStylesheets().contains(SHELL_CSS)) {
            scene.getStylesheets().add(SHELL_CSS);
        }
    }
}
