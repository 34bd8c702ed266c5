package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * pretix's {@code PdfLayoutValidator}: full draft 2020-12 validation against the bundled
 * {@code pdf-layout.schema.json}, failing with the same huge multi-line text that
 * {@code str(jsonschema.ValidationError)} gives (message, "Failed validating …", schema dump,
 * instance dump). Clients must show only its first line.
 */
final class LayoutValidator {
    static final String PREFIX = "Your layout file is not a valid layout. Error message: ";

    private static volatile LayoutValidator shared;

    private final JsonNode schemaNode;
    private final Schema schema;

    /** One compiled schema for every server in the JVM: compiling it is the slow part of a start. */
    static LayoutValidator shared() {
        LayoutValidator v = shared;
        if (v == null) {
            synchronized (LayoutValidator.class) {
                v = shared;
                if (v == null) {
                    v = new LayoutValidator();
                    shared = v;
                }
            }
        }
        return v;
    }

    private LayoutValidator() {
        // The same bundled schema the app validates with; here compiled whole, as pretix uses it.
        schemaNode = org.layoutstudio.layout.LayoutValidator.bundledSchema();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
    }

    /** Null when valid, else pretix's whole error text (without the "Your layout file…" prefix). */
    synchronized String problem(JsonNode layout) {
        if (schema.validate(layout).isEmpty()) {
            return null;
        }
        if (!layout.isArray()) {
            return explain(layout, "is not of type 'array'", "type", "schema", schemaNode, "instance");
        }
        JsonNode items = schemaNode.path("items");
        for (int i = 0; i < layout.size(); i++) {
            JsonNode element = layout.get(i);
            if (!schema.validate(JsonNodeFactory.instance.arrayNode().add(element)).isEmpty()) {
                if (!element.isObject()) {
                    return explain(element, "is not of type 'object'", "type", "schema['items']", items,
                            "instance[" + i + "]");
                }
                return explain(element, "is not valid under any of the given schemas", "oneOf", "schema['items']", items,
                        "instance[" + i + "]");
            }
        }
        // Not an element-level problem (the schema's top level changed): still answer in pretix's shape.
        return explain(layout, "is not valid under the given schema", "schema", "schema", schemaNode, "instance");
    }

    private static String explain(JsonNode instance, String what, String keyword, String schemaPath, JsonNode schemaPart,
                                  String instancePath) {
        return PythonRepr.repr(instance) + " " + what + "\n\n"
                + "Failed validating '" + keyword + "' in " + schemaPath + ":\n"
                + indent(PythonRepr.pformat(schemaPart)) + "\n\n"
                + "On " + instancePath + ":\n"
                + indent(PythonRepr.pformat(instance));
    }

    private static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }
}
