package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The message bundle in English and German: the same keys, the same placeholders, valid
 * MessageFormat patterns, and no text left untranslated by accident (a text may be the same in both
 * only when it is on {@value #SAME_IN_BOTH}, e.g. "OK", "PDF", or has no letters).
 */
class BundleParityTest {
    static final String ENGLISH = "/org/layoutstudio/app/messages.properties";
    static final String GERMAN = "/org/layoutstudio/app/messages_de.properties";
    /** The texts that are the same in English and German on purpose, one a line. */
    static final String SAME_IN_BOTH = "/org/layoutstudio/ui/same-in-english-and-german.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Map<String, String> load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }

    @Test
    void everyEnglishKeyIsInGermanAndViceVersa() throws IOException {
        Map<String, String> en = load(ENGLISH);
        Map<String, String> de = load(GERMAN);
        Set<String> onlyEnglish = new TreeSet<>(en.keySet());
        onlyEnglish.removeAll(de.keySet());
        Set<String> onlyGerman = new TreeSet<>(de.keySet());
        onlyGerman.removeAll(en.keySet());
        assertEquals(Set.of(), onlyEnglish, "keys without a German text");
        assertEquals(Set.of(), onlyGerman, "keys without an English text");
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Map<String, String> en = load(ENGLISH);
        Map<String, String> de = load(GERMAN);
        List<String> different = new ArrayList<>();
        en.forEach((key, value) -> {
            if (de.containsKey(key) && !placeholders(value).equals(placeholders(de.get(key)))) {
                different.add(key + ": " + placeholders(value) + " / " + placeholders(de.get(key)));
            }
        });
        assertEquals(List.of(), different);
    }

    @Test
    void patternsAreValidAndKeepTheirApostrophes() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : List.of(ENGLISH, GERMAN)) {
            load(file).forEach((key, value) -> {
                if (value.indexOf('{') < 0) {
                    return; // shown as written
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    broken.add(file + " " + key + ": " + e.getMessage());
                }
                // MessageFormat swallows a single apostrophe: write ’ or ''.
                if (value.replace("''", "").indexOf('\'') >= 0) {
                    broken.add(file + " " + key + ": a single ' in a text with placeholders");
                }
            });
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noTextIsLeftUntranslatedByAccident() throws IOException {
        Map<String, String> en = load(ENGLISH);
        Map<String, String> de = load(GERMAN);
        Set<String> allowed = new TreeSet<>();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(SAME_IN_BOTH)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(allowed::add);
        }
        List<String> same = new ArrayList<>();
        en.forEach((key, value) -> {
            String letters = value.replaceAll("\\{[^}]*}", "");
            if (value.equals(de.get(key)) && letters.matches("(?s).*\\p{L}.*") && !allowed.contains(value)) {
                same.add(key + "=" + value);
            }
        });
        assertEquals(List.of(), same, "the same in English and German: translate, or add the text to " + SAME_IN_BOTH);
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
