package org.layoutstudio.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every API request the server received, in arrival order. Thread-safe. */
public final class RequestLog {
    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest r) {
        requests.add(r);
    }

    /** How many requests arrived (admin requests to {@code /_sandbox/} are not counted). */
    public synchronized int count() {
        return requests.size();
    }

    /** How many requests match, e.g. {@code r -> r.path().endsWith("/certificate/")}. */
    public synchronized int count(Predicate<RecordedRequest> filter) {
        return (int) requests.stream().filter(filter).count();
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> filter) {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r : requests) {
            if (filter.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The latest request, or null when none came. */
    public synchronized RecordedRequest last() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
