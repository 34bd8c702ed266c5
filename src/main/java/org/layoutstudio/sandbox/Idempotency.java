package org.layoutstudio.sandbox;

import java.util.Map;
import java.util.function.Function;

/**
 * pretix's idempotency middleware: a POST/PUT/PATCH/DELETE with {@code X-Idempotency-Key} is
 * answered once; a later request with the same key and the same {@code Authorization} (and
 * {@code Cookie}) gets the stored reply replayed, whatever its method or path. Replies meant to be
 * retried (409, 429, 5xx) are forgotten. A key still being handled answers 409 with Retry-After 5.
 */
final class Idempotency {
    private static final Object IN_PROGRESS = new Object();
    /** pretix keeps keys 24 h; the sandbox keeps the latest ones instead. */
    static final int MAX_KEYS = 10_000;

    private final Map<String, Object> calls = new java.util.LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_KEYS && eldest.getValue() != IN_PROGRESS;
        }
    };

    HttpReply handle(ApiRequest request, Function<ApiRequest, HttpReply> next) {
        String key = request.header("X-Idempotency-Key");
        if (request.isSafeMethod() || key == null || key.isEmpty() || !request.path().startsWith("/api/")) {
            return next.apply(request);
        }
        String id = nullToEmpty(request.header("Authorization")) + "\n" + nullToEmpty(request.header("Cookie")) + "\n" + key;
        synchronized (calls) {
            Object existing = calls.get(id);
            if (existing == IN_PROGRESS) {
                return HttpReply.detail(409, "Concurrent request with idempotency key.").withHeader("Retry-After", "5");
            }
            if (existing instanceof HttpReply stored) {
                return stored;
            }
            calls.put(id, IN_PROGRESS);
        }
        HttpReply reply = null;
        try {
            reply = next.apply(request);
            return reply;
        } finally {
            synchronized (calls) {
                if (reply == null || reply.status() == 409 || reply.status() == 429 || reply.status() >= 500) {
                    calls.remove(id);
                } else {
                    calls.put(id, reply);
                }
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
