package org.layoutstudio.certificates;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The viewer's texts: the application's one message bundle ({@code certificates.*} keys), in its language. */
final class Texts {
    private final ResourceBundle bundle;

    Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** {@code key}'s pattern filled with {@code args} (MessageFormat: quotes in such patterns are doubled). */
    String format(String key, Object... args) {
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
