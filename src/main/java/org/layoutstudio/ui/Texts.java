package org.layoutstudio.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Reads a text from the message bundle, formatted with its arguments. A missing key comes back as
 * the key itself (visible, and found by the bundle tests) rather than failing. Only texts with
 * placeholders go through {@link MessageFormat}, so an apostrophe in a plain text stays as written.
 * The areas get an instance handed in (the bundle in the user's language); code that holds a bundle
 * uses {@link #get(ResourceBundle, String, Object...)}.
 */
public final class Texts {
    /** The one message bundle of the application (English, German), keys grouped by area. */
    public static final String BUNDLE = org.layoutstudio.layout.LayoutTexts.BUNDLE;

    private final ResourceBundle bundle;

    public Texts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle);
    }

    /** The application's bundle in {@code locale}. */
    public static Texts forLocale(Locale locale) {
        return new Texts(bundle(locale));
    }

    /**
     * The bundle in {@code locale}: German for German, else English (the base bundle) — never the
     * machine's language instead of the one asked for (Java's default fallback would give a German
     * machine's user German after they chose English).
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(ResourceBundle texts, String key, Object... args) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, texts.getLocale()).format(args);
    }

    public String get(String key, Object... args) {
        return get(bundle, key, args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
