package org.layoutstudio.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One parsed request as the API handlers see it. */
final class ApiRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String origin;

    ApiRequest(String method, String path, String rawQuery, Map<String, List<String>> lowerCaseHeaders,
               byte[] body, String origin) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.query = parseQuery(this.rawQuery);
        this.headers = lowerCaseHeaders;
        this.body = body;
        this.origin = origin;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String rawQuery() {
        return rawQuery;
    }

    /** Query parameters in request order (Django's QueryDict keeps the order too). */
    List<Map.Entry<String, String>> queryParams() {
        return query;
    }

    /** The last value of a query parameter (as Django's {@code QueryDict.get}), or null. */
    String param(String name) {
        String value = null;
        for (Map.Entry<String, String> e : query) {
            if (e.getKey().equals(name)) {
                value = e.getValue();
            }
        }
        return value;
    }

    String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    byte[] body() {
        return body;
    }

    /** {@code http://host:port} as the client addressed us: Django's {@code build_absolute_uri}. */
    String origin() {
        return origin;
    }

    boolean isSafeMethod() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private static List<Map.Entry<String, String>> parseQuery(String raw) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            out.add(Map.entry(decode(k), decode(v)));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
