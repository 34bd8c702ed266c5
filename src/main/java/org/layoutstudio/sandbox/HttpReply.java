package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layoutstudio.layout.LayoutJson;

/** A complete HTTP answer: status, headers and body bytes. Immutable, so it can be replayed. */
record HttpReply(int status, Map<String, String> headers, byte[] body) {

    HttpReply {
        headers = Map.copyOf(headers);
    }

    /** JSON written losslessly (number literals of stored layouts stay as sent). */
    static HttpReply json(int status, JsonNode body) {
        return new HttpReply(status, Map.of("Content-Type", "application/json"),
                LayoutJson.writeCompact(body).getBytes(StandardCharsets.UTF_8));
    }

    /** DRF's general error shape {@code {"detail": "..."}}. */
    static HttpReply detail(int status, String detail) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("detail", detail);
        return json(status, o);
    }

    /** DRF's field error shape {@code {"field": ["message"]}}. */
    static HttpReply fieldError(String field, String message) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putArray(field).add(message);
        return json(400, o);
    }

    static HttpReply empty(int status) {
        return new HttpReply(status, Map.of(), new byte[0]);
    }

    static HttpReply bytes(int status, String contentType, byte[] body) {
        return new HttpReply(status, Map.of("Content-Type", contentType), body);
    }

    /** Django's plain HTML 404 for URLs no view matches. */
    static HttpReply htmlNotFound() {
        return bytes(404, "text/html; charset=utf-8",
                "<!doctype html><html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
    }

    HttpReply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new HttpReply(status, h, body);
    }
}
