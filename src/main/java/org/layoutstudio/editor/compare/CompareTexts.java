package org.layoutstudio.editor.compare;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The comparison's texts ({@code editor.compare.*}) from the application's bundle, formatted in its language. */
final class CompareTexts {
    private final ResourceBundle bundle;

    CompareTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key, Object... args) {
        String full = "editor.compare." + key;
        String pattern = bundle.containsKey(full) ? bundle.getString(full) : full;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
