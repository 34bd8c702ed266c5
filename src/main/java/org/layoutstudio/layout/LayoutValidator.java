package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a layout against pretix's own JSON schema ({@code pdf-layout.schema.json}, bundled) and
 * reports every problem as a sentence: element number and type, property, what is wrong, what is
 * allowed.
 *
 * <p>pretix's schema puts all element types into one {@code oneOf}, so a raw validator only says
 * "not valid under any of the given schemas". Since every branch pins {@code type} to a constant,
 * an element is valid exactly when it is valid under the branch of its own type; we validate it
 * against that branch alone and translate the errors property by property. Thread-safe.
 */
public final class LayoutValidator {
    private static final String SCHEMA_RESOURCE = "pdf-layout.schema.json";
    private static volatile LayoutValidator pretix;

    private final Map<String, ElementSchema> byType = new LinkedHashMap<>();

    LayoutValidator(JsonNode schemaRoot) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (JsonNode branch : schemaRoot.path("items").path("oneOf")) {
            String type = branch.path("properties").path("type").path("const").asText();
            byType.put(type, new ElementSchema(type, branch, registry.getSchema(branch)));
        }
        if (byType.isEmpty()) {
            throw new IllegalStateException("The layout schema names no element types");
        }
    }

    /** The validator for pretix's current schema (bundled with the application). */
    public static LayoutValidator pretix() {
        LayoutValidator v = pretix;
        if (v == null) {
            synchronized (LayoutValidator.class) {
                v = pretix;
                if (v == null) {
                    v = new LayoutValidator(bundledSchema());
                    pretix = v;
                }
            }
        }
        return v;
    }

    /** pretix's layout schema as bundled (a copy, safe to change). */
    public static JsonNode bundledSchema() {
        try (InputStream in = LayoutValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
            }
            return LayoutJson.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LayoutFormatException e) {
            throw new IllegalStateException("The bundled layout schema is broken", e);
        }
    }

    /** The element types the schema allows, in the schema's order. */
    public List<String> elementTypes() {
        return List.copyOf(byType.keySet());
    }

    /** The properties an element type may have, in the schema's order (empty for unknown types). */
    public List<String> properties(String type) {
        ElementSchema s = byType.get(type);
        return s == null ? List.of() : List.copyOf(s.properties);
    }

    /** The properties an element type must have, in the schema's order (empty for unknown types). */
    public List<String> requiredProperties(String type) {
        ElementSchema s = byType.get(type);
        return s == null ? List.of() : List.copyOf(s.required);
    }

    /**
     * Validates any JSON value as a layout: a non-list root or a non-object element is an error
     * too, and so is what lies beyond {@link InputLimits} (numbers no ticket can use, texts longer
     * than the renderer takes, too many elements) even where pretix's schema allows it.
     */
    public ValidationReport validate(JsonNode root) {
        List<Finding> findings = new ArrayList<>();
        if (root == null || !root.isArray()) {
            findings.add(Finding.error(0, "", "", Sentences.notALayout(root)));
            return new ValidationReport(findings);
        }
        if (root.size() > InputLimits.MAX_ELEMENTS) {
            findings.add(Finding.error(0, "", "", InputLimits.tooManyElements(root.size())));
            return new ValidationReport(findings);
        }
        int number = 0;
        for (JsonNode item : root) {
            number++;
            findings.addAll(validateItem(number, item));
        }
        return new ValidationReport(findings);
    }

    public ValidationReport validate(LayoutDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            findings.addAll(validateElement(i + 1, document.get(i)));
        }
        return new ValidationReport(findings);
    }

    /** The schema and limit errors of one element; {@code number} is its 1-based place in the layout. */
    public List<Finding> validateElement(int number, Element element) {
        return validateItem(number, element.node());
    }

    /**
     * Only what lies beyond {@link InputLimits}: numbers that are not finite or no ticket can use,
     * texts longer than the renderer takes. The renderer refuses a layout with any of these.
     */
    public static List<Finding> beyondLimits(LayoutDocument document) {
        List<Finding> out = new ArrayList<>();
        if (document.size() > InputLimits.MAX_ELEMENTS) {
            out.add(Finding.error(0, "", "", InputLimits.tooManyElements(document.size())));
            return out;
        }
        for (int i = 0; i < document.size(); i++) {
            Element e = document.get(i);
            out.addAll(limitErrors(i + 1, e.node(), e.typeName(), Set.of()));
        }
        return out;
    }

    private List<Finding> validateItem(int number, JsonNode item) {
        if (!item.isObject()) {
            return List.of(Finding.error(number, "", "", Sentences.notAnElement(item)));
        }
        JsonNode type = item.get("type");
        String typeName = type != null && type.isTextual() ? type.asText() : "";
        if (type == null) {
            return List.of(Finding.error(number, "", "type",
                    Message.of("layout.schema.typeMissing", Sentences.list(elementTypes()))));
        }
        ElementSchema schema = byType.get(typeName);
        if (schema == null) {
            return List.of(Finding.error(number, typeName, "type",
                    Message.of("layout.schema.notAllowed", "type", Sentences.show(type), Sentences.list(elementTypes()))));
        }
        List<Error> errors = schema.compiled.validate(item);
        List<Finding> out = new ArrayList<>(errors.isEmpty() ? List.of() : schema.sentences(number, item, errors));
        Set<String> reported = new HashSet<>();
        out.forEach(f -> reported.add(f.property()));
        out.addAll(limitErrors(number, item, typeName, reported));
        return out;
    }

    /** Numbers and texts beyond the limits, except for properties already reported. */
    private static List<Finding> limitErrors(int number, JsonNode item, String typeName, Set<String> reported) {
        List<Finding> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (reported.contains(key)) {
                continue;
            }
            InputLimits.NumberRange range = InputLimits.rangeOf(key);
            Double v = range == null ? null : value.isNumber() ? Double.valueOf(value.doubleValue())
                    : value.isTextual() ? Units.parse(value.asText()) : null;
            if (v != null && !range.contains(v)) {
                out.add(Finding.error(number, typeName, key, InputLimits.numberOutOfRange(key, Sentences.show(value), range)));
            }
            int chars = longestText(key, value);
            if (chars > InputLimits.MAX_TEXT_CHARS) {
                out.add(Finding.error(number, typeName, key, InputLimits.textTooLong(key, chars)));
            }
        }
        return out;
    }

    /** The length of the longest text of {@code text} or {@code text_i18n}; 0 for other properties. */
    static int longestText(String key, JsonNode value) {
        if ("text".equals(key) && value.isTextual()) {
            return value.asText().length();
        }
        int longest = 0;
        if ("text_i18n".equals(key) && value.isObject()) {
            for (JsonNode t : value) {
                longest = Math.max(longest, t.isTextual() ? t.asText().length() : 0);
            }
        }
        return longest;
    }

    /** One branch of the schema's {@code oneOf}: the rules of one element type. */
    private static final class ElementSchema {
        final String type;
        final JsonNode node;
        final Schema compiled;
        final List<String> properties = new ArrayList<>();
        final List<String> required = new ArrayList<>();

        ElementSchema(String type, JsonNode node, Schema compiled) {
            this.type = type;
            this.node = node;
            this.compiled = compiled;
            compiled.initializeValidators(); // now, not lazily on a first use from several threads
            node.path("properties").fieldNames().forEachRemaining(properties::add);
            node.path("required").forEach(r -> required.add(r.asText()));
        }

        List<Finding> sentences(int number, JsonNode item, List<Error> errors) {
            Map<String, List<Error>> wrong = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<Error> other = new ArrayList<>();
            for (Error e : errors) {
                String property = topProperty(e);
                if (property == null && "additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                    unknown.add(e.getProperty());
                } else if (property == null && "required".equals(e.getKeyword()) && e.getProperty() != null) {
                    missing.add(e.getProperty());
                } else if (property != null) {
                    wrong.computeIfAbsent(property, k -> new ArrayList<>()).add(e);
                } else {
                    other.add(e);
                }
            }
            List<Finding> out = new ArrayList<>();
            // In the element's own key order, so that the sentences follow the file.
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (unknown.contains(key)) {
                    out.add(Finding.error(number, type, key, Sentences.unknownProperty(type, key, properties)));
                } else if (wrong.containsKey(key)) {
                    JsonNode propertySchema = node.path("properties").path(key);
                    out.add(Finding.error(number, type, key,
                            Sentences.wrongValue(key, item.get(key), propertySchema, wrong.get(key))));
                }
            }
            for (String key : required) {
                if (missing.contains(key)) {
                    out.add(Finding.error(number, type, key, Sentences.missing(type, key)));
                }
            }
            // Neither can happen with pretix's schema: the validator's own words then, as data.
            for (Error e : other) {
                out.add(Finding.error(number, type, "", Message.of("layout.schema.invalid", e.getMessage())));
            }
            if (out.isEmpty()) {
                // never report an invalid element without a reason
                out.add(Finding.error(number, type, "", Message.of("layout.schema.invalid", errors.get(0).getMessage())));
            }
            return out;
        }

        /** The top-level property an error is about, or null when it is about the element itself. */
        private static String topProperty(Error e) {
            var location = e.getInstanceLocation();
            if (location == null || location.getNameCount() == 0) {
                return null;
            }
            return String.valueOf(location.getElement(0));
        }
    }
}
