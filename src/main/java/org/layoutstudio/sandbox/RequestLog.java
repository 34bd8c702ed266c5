package org.layoutstudio.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The API requests the server received, in arrival order. Thread-safe. A long-running demo
 * server keeps only the latest {@link #MAX_KEPT}; {@link #count()} still counts them all.
 */
public final class RequestLog {
    /** How many requests are kept for inspection. */
    public static final int MAX_KEPT = 10_000;

    private final java.util.ArrayDeque<RecordedRequest> requests = new java.util.ArrayDeque<>();
    private int total;

    synchronized void add(RecordedRequest r) {
        if (requests.size() == MAX_KEPT) {
            requests.removeFirst();
        }
        requests.addLast(r);
        total++;
        notifyAll();
    }

    /**
     * Waits until at least {@code n} requests arrived (counted as {@link #count()}), for tests
     * that must act while a request is in flight. Returns false when the timeout passed first.
     */
    public synchronized boolean awaitCount(int n, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (total < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** How many requests arrived since the start or the last {@link #clear()} (admin requests not counted). */
    public synchronized int count() {
        return total;
    }

    /** How many of the kept requests match, e.g. {@code r -> r.path().endsWith("/certificate/")}. */
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
        return requests.isEmpty() ? null : requests.getLast();
    }

    public synchronized void clear() {
        requests.clear();
        total = 0;
    }
}
