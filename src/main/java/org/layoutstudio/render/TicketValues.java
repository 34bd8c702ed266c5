package org.layoutstudio.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.PlaceholderCatalog;

/**
 * The values one ticket shows: pretix's variables by key (including {@code meta:…} and
 * {@code itemmeta:…}), the full ticket secret, the order's language and the images. Resolves an
 * element's content exactly as pretix's renderer does (PRETIX.md §5.2). Immutable apart from the
 * image cache; thread-safe.
 */
public final class TicketValues {
    private static final int SHORT_SECRET = 32;

    private final Map<String, String> values;
    private final String secret;
    private final String locale;
    private final Map<String, String> imageRefs;
    private final Function<String, Optional<byte[]>> imageLoader;
    private final Map<String, Optional<byte[]>> images = new ConcurrentHashMap<>();
    private String issuer = "";

    private TicketValues(Map<String, String> values, String secret, String locale, Map<String, String> imageRefs,
                         Function<String, Optional<byte[]>> imageLoader) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.secret = secret;
        this.locale = locale == null ? "" : locale;
        this.imageRefs = Collections.unmodifiableMap(new LinkedHashMap<>(imageRefs));
        this.imageLoader = imageLoader;
    }

    /** Values from a map (keys as pretix's variables), with the full secret and the order's language. */
    public static TicketValues of(Map<String, String> values, String secret, String locale) {
        return new TicketValues(values, secret, locale, Map.of(), ref -> Optional.empty());
    }

    /** pretix's sample values (the editor preview's), English, no images. */
    public static TicketValues sample() {
        Map<String, String> samples = PlaceholderCatalog.samples();
        return new TicketValues(samples, samples.get("secret"), "en", Map.of(), ref -> Optional.empty());
    }

    /**
     * An order position's {@code pdf_data} from pretix's API ({@code ?pdf_data=true}), or the whole
     * order position (then its {@code secret} is the full secret and its {@code pdf_data} the values).
     * Image URLs from {@code images} are kept; plug a loader in with {@link #withImageLoader}.
     */
    public static TicketValues fromPdfData(JsonNode node) {
        JsonNode pdfData = node != null && node.has("pdf_data") ? node.get("pdf_data") : node;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> refs = new LinkedHashMap<>();
        if (pdfData != null && pdfData.isObject()) {
            pdfData.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if ("images".equals(e.getKey()) && v.isObject()) {
                    v.fields().forEachRemaining(i -> {
                        if (i.getValue().isTextual()) {
                            refs.put(i.getKey(), i.getValue().asText());
                        }
                    });
                } else if (v.isValueNode() && !v.isNull()) {
                    values.put(e.getKey(), v.asText());
                }
            });
        }
        String secret = node != null && node.path("secret").isTextual() ? node.get("secret").asText()
                : values.getOrDefault("secret", "");
        String locale = node != null && node.path("locale").isTextual() ? node.get("locale").asText() : "";
        return new TicketValues(values, secret, locale, refs, ref -> Optional.empty());
    }

    /**
     * Every ticket in an API answer: an order position (or its {@code pdf_data}), a list of them, a
     * page of results ({@code {"results": [...]}}) or an order with {@code positions}.
     */
    public static java.util.List<TicketValues> allFrom(JsonNode node) {
        java.util.List<TicketValues> out = new java.util.ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(allFrom(n)));
        } else if (node.isObject() && node.path("results").isArray()) {
            node.get("results").forEach(n -> out.addAll(allFrom(n)));
        } else if (node.isObject() && node.path("positions").isArray() && !node.has("pdf_data")) {
            String locale = node.path("locale").asText("");
            node.get("positions").forEach(n -> allFrom(n).forEach(v -> out.add(v.locale.isEmpty() ? v.withLocale(locale) : v)));
        } else if (node.isObject()) {
            out.add(fromPdfData(node));
        }
        return out;
    }

    /** The same values with a loader for image references (URLs from {@code pdf_data.images}). */
    public TicketValues withImageLoader(Function<String, Optional<byte[]>> loader) {
        TicketValues t = new TicketValues(values, secret, locale, imageRefs, loader);
        t.issuer = issuer;
        return t;
    }

    /** The same values with one image given directly (e.g. a file the user picked). */
    public TicketValues withImage(String key, byte[] image) {
        Map<String, String> refs = new LinkedHashMap<>(imageRefs);
        String ref = "inline:" + key + ":" + image.length + ":" + Integer.toHexString(java.util.Arrays.hashCode(image));
        refs.put(key, ref);
        Function<String, Optional<byte[]>> previous = imageLoader;
        TicketValues t = new TicketValues(values, secret, locale, refs,
                r -> r.equals(ref) ? Optional.of(image) : previous.apply(r));
        t.issuer = issuer;
        return t;
    }

    /** The same values in another order language. */
    public TicketValues withLocale(String newLocale) {
        TicketValues t = new TicketValues(values, secret, newLocale, imageRefs, imageLoader);
        t.issuer = issuer;
        return t;
    }

    /** The pretix server's URL, which pretix writes invisibly next to each QR code ("" when unknown). */
    public String issuer() {
        return issuer;
    }

    /** The same values with the pretix server's URL (pretix's {@code SITE_URL}). */
    public TicketValues withIssuer(String siteUrl) {
        TicketValues t = new TicketValues(values, secret, locale, imageRefs, imageLoader);
        t.issuer = siteUrl == null ? "" : siteUrl;
        return t;
    }

    public Map<String, String> values() {
        return values;
    }

    public String secret() {
        return secret;
    }

    public String locale() {
        return locale;
    }

    /** A variable's value; {@code secret} shortened to 30 characters + "…" when longer than 32, as pretix's text variable. */
    public Optional<String> variable(String key) {
        if ("secret".equals(key)) {
            return Optional.of(secret.length() > SHORT_SECRET ? secret.substring(0, 30) + "…" : secret);
        }
        return Optional.ofNullable(values.get(key));
    }

    /** The text a text element shows (PRETIX.md §5.2); unknown variables give "". */
    public String textFor(Element e) {
        String content = e.content();
        if (content.isEmpty()) {
            return "(error)";
        }
        if (PlaceholderCatalog.OTHER.equals(content) || PlaceholderCatalog.OTHER_I18N.equals(content)) {
            String text = PlaceholderCatalog.OTHER_I18N.equals(content)
                    ? i18n(e.textI18n(), e.locale().isEmpty() ? locale : e.locale())
                    : e.text();
            return interpolate(text);
        }
        if (content.startsWith("itemmeta:") || content.startsWith("meta:")) {
            return values.getOrDefault(content, "");
        }
        return variable(content).orElse("");
    }

    /** The content of a QR code: the full secret for {@code secret}, else the element's text, stripped. */
    public String barcodeFor(Element e) {
        String content = e.content();
        if ("secret".equals(content) || (content.isEmpty() && e.type() == ElementType.BARCODEAREA)) {
            return secret;
        }
        return textFor(e).strip();
    }

    /** The reference (URL) of an image, if the ticket has one under that key: the same reference means the same image. */
    public Optional<String> imageRef(String key) {
        return Optional.ofNullable(imageRefs.get(key));
    }

    /** An image's bytes (loaded once), if the ticket has one under that key. */
    public Optional<byte[]> image(String key) {
        String ref = imageRefs.get(key);
        if (ref == null) {
            return Optional.empty();
        }
        return images.computeIfAbsent(key, k -> {
            try {
                return imageLoader.apply(ref);
            } catch (RuntimeException ex) {
                return Optional.empty();
            }
        });
    }

    private String interpolate(String text) {
        Matcher m = PlaceholderCatalog.INTERPOLATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value;
            if ("secret".equals(key)) {
                value = secret;
            } else if (key.startsWith("meta:") || key.startsWith("itemmeta:")) {
                value = values.getOrDefault(key, "");
            } else {
                value = values.containsKey(key) ? values.get(key) : m.group(0);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** LazyI18nString's choice: the language, its base language, English, then the first non-empty text. */
    static String i18n(Map<String, String> texts, String lang) {
        if (texts.isEmpty()) {
            return "";
        }
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> t : texts.entrySet()) {
            if (t.getKey().toLowerCase(Locale.ROOT).equals(l) && !t.getValue().isEmpty()) {
                return t.getValue();
            }
        }
        String base = l.contains("-") ? l.substring(0, l.indexOf('-')) : l;
        for (Map.Entry<String, String> t : texts.entrySet()) {
            String k = t.getKey().toLowerCase(Locale.ROOT);
            if ((k.equals(base) || k.startsWith(base + "-")) && !base.isEmpty() && !t.getValue().isEmpty()) {
                return t.getValue();
            }
        }
        String en = texts.get("en");
        if (en != null && !en.isEmpty()) {
            return en;
        }
        for (String v : texts.values()) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
