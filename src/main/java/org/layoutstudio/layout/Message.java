package org.layoutstudio.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence not yet in any language: a key of the application's message bundle and its arguments.
 * {@link LayoutTexts} puts it into words. Arguments are data shown as they are (what the layout's
 * author wrote: names, values; numbers, which the pattern formats in the reader's language) or
 * further messages, worded in the same language (the parts of a composed sentence).
 *
 * @param key  the bundle key ({@code layout.*} for the validator's and preflight's sentences)
 * @param args the arguments, in the order of the pattern's {@code {0}}, {@code {1}}, …
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args); // no nulls: every argument is shown
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Key and arguments (safe to print), for logs and test messages; {@link LayoutTexts} gives the words. */
    @Override
    public String toString() {
        return SafeText.line(key + args);
    }
}
