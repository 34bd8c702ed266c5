package org.layoutstudio.pretix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pretix multi-lingual string ({@code {"en": "Ticket", "de": "Ticket"}}); plain strings become
 * a single entry under the empty locale.
 *
 * @param values locale code → text, in pretix's order
 */
public record I18nText(Map<String, String> values) {
    /** Copies the map (keeping order). */
    public I18nText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The text for {@code locale}, else English, else the first one, else "". */
    public String get(String locale) {
        if (locale != null) {
            String v = values.get(locale);
            if (v == null && locale.contains("-")) {
                v = values.get(locale.substring(0, locale.indexOf('-')));
            }
            if (v != null) {
                return v;
            }
        }
        String en = values.get("en");
        if (en != null) {
            return en;
        }
        return values.isEmpty() ? "" : values.values().iterator().next();
    }

    /** English, else the first text. */
    @Override
    public String toString() {
        return get(null);
    }

    static I18nText of(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        if (n == null || n.isNull() || n.isMissingNode()) {
            return new I18nText(m);
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    m.put(e.getKey(), e.getValue().asText());
                }
            });
        } else {
            m.put("", n.asText());
        }
        return new I18nText(m);
    }
}
