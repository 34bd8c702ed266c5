package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/**
 * {@code ticketlayouts} and {@code ticketlayoutitems} with pretix's serializer rules: field
 * errors first (all of them), then the {@code default} check that rejects any
 * {@code "default": true}; read-only and unknown fields ignored; background only as an own,
 * unexpired {@code file:} id or null.
 */
final class LayoutEndpoint {
    static final int MAX_NAME = 190;
    static final long MAX_BACKGROUND = 10L * 1024 * 1024;

    private final SandboxState state;

    LayoutEndpoint(SandboxState state) {
        this.state = state;
    }

    HttpReply list(ApiRequest r, Tokens.Principal p, DemoData.Event e) {
        PretixRoutes.allow(r, "GET", "POST");
        String key = key(e);
        if (r.method().equals("POST")) {
            Fields f = validate(r, p, false);
            LayoutStore.Layout created = state.layouts().create(key, f.name, false, f.layoutJson, null);
            if (f.background != null) {
                created = state.layouts().update(created.with(created.name(), created.isDefault(), created.layoutJson(),
                        publish(e, created.id(), f.background)));
            }
            return HttpReply.json(201, Resources.layout(created, state.layouts(), r.origin()));
        }
        List<JsonNode> all = new ArrayList<>();
        for (LayoutStore.Layout l : state.layouts().list(key)) {
            all.add(Resources.layout(l, state.layouts(), r.origin()));
        }
        return Pagination.page(r, all);
    }

    HttpReply one(ApiRequest r, Tokens.Principal p, DemoData.Event e, int id) {
        PretixRoutes.allow(r, "GET", "PUT", "PATCH", "DELETE");
        String key = key(e);
        LayoutStore.Layout l = state.layouts().get(key, id).orElseThrow(ApiError::notFound);
        switch (r.method()) {
            case "DELETE":
                state.layouts().delete(key, id);
                return HttpReply.empty(204);
            case "PUT":
            case "PATCH": {
                Fields f = validate(r, p, r.method().equals("PATCH"));
                String background = l.background();
                if (f.clearBackground) {
                    background = null;
                } else if (f.background != null) {
                    background = publish(e, l.id(), f.background);
                }
                // Only "default": false passes validation; pretix then stores it, even on the default layout.
                LayoutStore.Layout changed = state.layouts().update(l.with(
                        f.name != null ? f.name : l.name(),
                        f.defaultValue != null ? f.defaultValue : l.isDefault(),
                        f.layoutJson != null ? f.layoutJson : l.layoutJson(),
                        background));
                return HttpReply.json(200, Resources.layout(changed, state.layouts(), r.origin()));
            }
            default:
                return HttpReply.json(200, Resources.layout(l, state.layouts(), r.origin()));
        }
    }

    HttpReply assignments(ApiRequest r, DemoData.Event e, Integer id) {
        PretixRoutes.allow(r, "GET");
        List<LayoutStore.Assignment> all = state.layouts().assignments(key(e));
        if (id != null) {
            return all.stream().filter(a -> a.id() == id).findFirst()
                    .map(a -> HttpReply.json(200, Resources.assignment(a))).orElseThrow(ApiError::notFound);
        }
        List<JsonNode> out = new ArrayList<>();
        all.forEach(a -> out.add(Resources.assignment(a)));
        return Pagination.page(r, out);
    }

    /** What a valid write request carries; null means "not sent". */
    private static final class Fields {
        String name;
        Boolean defaultValue;
        String layoutJson;
        FileStore.Upload background;
        boolean clearBackground;
    }

    private Fields validate(ApiRequest r, Tokens.Principal p, boolean partial) {
        JsonNode body = parseBody(r);
        Map<String, ArrayNode> errors = new LinkedHashMap<>();
        Fields f = new Fields();

        JsonNode name = body.get("name");
        if (name == null) {
            if (!partial) {
                error(errors, "name", "This field is required.");
            }
        } else if (name.isNull()) {
            error(errors, "name", "This field may not be null.");
        } else if (!(name.isTextual() || name.isNumber())) {
            error(errors, "name", "Not a valid string.");
        } else {
            String n = name.isTextual() ? name.asText().strip() : name.asText();
            if (n.isEmpty()) {
                error(errors, "name", "This field may not be blank.");
            } else if (n.codePointCount(0, n.length()) > MAX_NAME) {
                error(errors, "name", "Ensure this field has no more than " + MAX_NAME + " characters.");
            } else {
                f.name = n;
            }
        }

        JsonNode def = body.get("default");
        if (def != null) {
            Boolean b = drfBoolean(def);
            if (def.isNull()) {
                error(errors, "default", "This field may not be null.");
            } else if (b == null) {
                error(errors, "default", "Must be a valid boolean.");
            } else {
                f.defaultValue = b;
            }
        }

        JsonNode layout = body.get("layout");
        if (layout == null) {
            if (!partial) {
                error(errors, "layout", "This field is required.");
            }
        } else if (layout.isNull()) {
            error(errors, "layout", "This field may not be null.");
        } else {
            String problem = state.validator().problem(layout);
            if (problem != null) {
                // pretix escapes % for Django's message formatting, which then never happens
                error(errors, "layout", LayoutValidator.PREFIX + problem.replace("%", "%%"));
            } else {
                f.layoutJson = LayoutJson.writeCompact(layout);
            }
        }

        if (body.has("background")) {
            JsonNode bg = body.get("background");
            if (bg.isNull()) {
                f.clearBackground = true;
            } else {
                FileStore.Upload u = bg.isTextual() ? state.files().find(bg.asText(), p.id()) : null;
                if (u == null) {
                    error(errors, "background", "The submitted file ID was not found.");
                } else if (!u.contentType().equals("application/pdf")) {
                    error(errors, "background", "The submitted file has a file type that is not allowed in this field.");
                } else if (u.bytes().length > MAX_BACKGROUND) {
                    error(errors, "background", "The submitted file is too large to be used in this field.");
                } else {
                    f.background = u;
                }
            }
        }

        if (!errors.isEmpty()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            errors.forEach(o::set);
            throw new ApiError(HttpReply.json(400, o));
        }
        // pretix's validate() tests ".exists" without calling it: every "default": true fails
        if (Boolean.TRUE.equals(f.defaultValue)) {
            throw new ApiError(HttpReply.fieldError("non_field_errors", "You cannot have two layouts with default = True"));
        }
        return f;
    }

    private static JsonNode parseBody(ApiRequest r) {
        byte[] body = r.body();
        String type = r.header("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (body.length == 0 && mediaType.isEmpty()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!mediaType.equals("application/json")) {
            throw ApiError.detail(415, "Unsupported media type \"" + (type == null ? "" : type) + "\" in request.");
        }
        JsonNode n;
        try {
            n = LayoutJson.parse(body);
        } catch (LayoutFormatException e) {
            throw ApiError.detail(400, "JSON parse error - " + e.getMessage());
        }
        if (n.isNull()) {
            throw new ApiError(HttpReply.fieldError("non_field_errors", "No data provided"));
        }
        if (!n.isObject()) {
            String pyType = n.isArray() ? "list" : n.isTextual() ? "str" : n.isBoolean() ? "bool"
                    : n.isIntegralNumber() ? "int" : "float";
            throw new ApiError(HttpReply.fieldError("non_field_errors",
                    "Invalid data. Expected a dictionary, but got " + pyType + "."));
        }
        return n;
    }

    /** DRF's BooleanField: true/false and their usual spellings, 1/0. */
    private static Boolean drfBoolean(JsonNode n) {
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber()) {
            return n.asInt() == 1 ? Boolean.TRUE : n.asInt() == 0 ? Boolean.FALSE : null;
        }
        if (n.isTextual()) {
            switch (n.asText()) {
                case "true": case "True": case "TRUE": case "t": case "T": case "y": case "Y": case "yes": case "Yes":
                case "YES": case "on": case "On": case "ON": case "1":
                    return Boolean.TRUE;
                case "false": case "False": case "FALSE": case "f": case "F": case "n": case "N": case "no": case "No":
                case "NO": case "off": case "Off": case "OFF": case "0":
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }
        return null;
    }

    private static void error(Map<String, ArrayNode> errors, String field, String message) {
        errors.computeIfAbsent(field, k -> JsonNodeFactory.instance.arrayNode()).add(message);
    }

    private String publish(DemoData.Event e, int layoutId, FileStore.Upload u) {
        return state.files().publish(e.organizer(), e.slug(), layoutId, u.contentType(), u.bytes());
    }

    private static String key(DemoData.Event e) {
        return LayoutStore.key(e.organizer(), e.slug());
    }
}
