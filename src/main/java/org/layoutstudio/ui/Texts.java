package org.layoutstudio.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The message bundle as the areas use it: a text by key, formatted with its arguments in the bundle's
 * language. A missing key shows as the key itself (and the bundle tests catch it).
 */
public final class Texts {
    private final ResourceBundle bundle;

    public Texts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle);
    }

    /** The application's bundle in {@code locale}. */
    public static Texts forLocale(Locale locale) {
        return new Texts(ResourceBundle.getBundle(ErrorMessages.BUNDLE, locale));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
