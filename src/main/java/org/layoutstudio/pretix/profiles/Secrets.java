package org.layoutstudio.pretix.profiles;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens this process knows, so that text shown to the user or written to a log (error details,
 * exception chains) can be scrubbed of them as a second line of defence. Holding them here adds no
 * exposure: they are in memory anyway while connected.
 */
public final class Secrets {
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    /** What a token is replaced with. */
    public static final String MASK = "••••••";

    private Secrets() {
    }

    /** Remembers a token to be scrubbed from text (short strings are ignored: they'd mask ordinary words). */
    public static void register(String token) {
        if (token != null && token.length() >= 8) {
            KNOWN.add(token);
        }
    }

    /** {@code text} with every known token replaced by {@link #MASK}. */
    public static String redact(String text) {
        if (text == null || KNOWN.isEmpty()) {
            return text;
        }
        String out = text;
        for (String token : KNOWN) {
            if (out.contains(token)) {
                out = out.replace(token, MASK);
            }
        }
        return out;
    }
}
