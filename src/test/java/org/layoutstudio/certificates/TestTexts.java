package org.layoutstudio.certificates;

import java.util.Locale;
import java.util.ResourceBundle;

/** The application's message bundle in one language, without falling back to the machine's language. */
final class TestTexts {
    static final String BUNDLE = "org.layoutstudio.app.messages";

    private TestTexts() {
    }

    static ResourceBundle english() {
        return of(Locale.ENGLISH);
    }

    static ResourceBundle german() {
        return of(Locale.GERMAN);
    }

    static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text of the English bundle (tests compare what the user sees with it). */
    static String en(String key) {
        return english().getString(key);
    }
}
