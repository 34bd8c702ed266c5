package org.layoutstudio.layout;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts {@link Message}s and {@link Finding}s into words, from the message bundle the caller hands
 * in: the app gives the bundle in the user's language, the command line the one of the user's
 * locale ({@link #forLocale}). This package knows the bundle only by its name, for that default;
 * its sentences are the bundle's {@code layout.*} keys, in English and German.
 *
 * <p>Patterns are formatted as the rest of the application does it ({@code ui.Texts}): only a
 * pattern with placeholders goes through {@link MessageFormat} (and doubles its apostrophes), a
 * missing key comes back as the key. Everything worded is made safe to print ({@link SafeText}),
 * because the arguments quote what a layout's author wrote. Thread-safe.
 */
public final class LayoutTexts {
    /** The application's one message bundle (English, German). */
    public static final String BUNDLE = "org.layoutstudio.app.messages";
    private static final LayoutTexts ENGLISH = new LayoutTexts(load(Locale.ROOT));
    private static final LayoutTexts GERMAN = new LayoutTexts(load(Locale.GERMAN));

    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private LayoutTexts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The words of {@code bundle} (the application's bundle in the user's language). */
    public static LayoutTexts of(ResourceBundle bundle) {
        return new LayoutTexts(bundle);
    }

    /** English: {@link Finding#toString()}, logs, exception messages and the tests' contract. */
    public static LayoutTexts english() {
        return ENGLISH;
    }

    /** German when {@code locale}'s language is German, else English: the languages the bundle has. */
    public static LayoutTexts forLocale(Locale locale) {
        return "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    /** English and German only, never the machine's language instead of the one asked for. */
    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of these words (the root locale for the English base bundle). */
    public Locale locale() {
        return bundle.getLocale();
    }

    /** The message in words, safe to print. */
    public String format(Message message) {
        return SafeText.line(words(message));
    }

    private String words(Message message) {
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            return message.key();
        }
        if (message.args().isEmpty() || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Object[] args = message.args().stream().map(a -> a instanceof Message part ? words(part) : a).toArray();
        // parsed once per key: a report words thousands of findings with a few dozen patterns
        MessageFormat format = formats.computeIfAbsent(message.key(), k -> new MessageFormat(pattern, bundle.getLocale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The finding's sentence, without where it is. */
    public String message(Finding finding) {
        return format(finding.text());
    }

    /** "element 3 (textcontainer)", "element 2" when the type is unknown, "" for the whole layout. */
    public String where(Finding finding) {
        Message where = whereOf(finding);
        return where == null ? "" : format(where);
    }

    /** {@code element 3 (textcontainer): message}, or just the message for the whole layout. */
    public String withWhere(Finding finding) {
        return format(placed(finding, finding.text()));
    }

    /**
     * One line for lists and terminals: like {@link #withWhere}, with "warning: " before the message of a
     * warning ({@code element 3 (textcontainer): warning: message}).
     */
    public String line(Finding finding) {
        return format(placed(finding, finding.isError() ? finding.text() : Message.of("layout.finding.warning", finding.text())));
    }

    private static Message whereOf(Finding finding) {
        if (finding.element() <= 0) {
            return null;
        }
        return finding.elementType().isEmpty() ? Message.of("layout.finding.element", finding.element())
                : Message.of("layout.finding.elementOfType", finding.element(), SafeText.line(finding.elementType(), 60));
    }

    private static Message placed(Finding finding, Message sentence) {
        Message where = whereOf(finding);
        return where == null ? sentence : Message.of("layout.finding.withWhere", where, sentence);
    }

    /** A sentence on its own, as dialogs list them: {@link #withWhere} with a capital first letter. */
    public String sentence(Finding finding) {
        String s = withWhere(finding);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale()) + s.substring(1);
    }
}
