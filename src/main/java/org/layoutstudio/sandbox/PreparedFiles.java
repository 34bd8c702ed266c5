package org.layoutstudio.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Files pretix prepares in the background before it hands them out (certificates, ticket PDFs):
 * one job per preparation, ready after the preparation time; until then the endpoint answers 409
 * with pretix's {@link #NOT_READY} sentence. The file is made once, on the first fetch after that.
 */
final class PreparedFiles {
    /** pretix's {@code RetryException} detail (no {@code Retry-After}). */
    static final String NOT_READY = "The requested resource is not ready, please retry later.";
    /** Older jobs are forgotten (their URL answers 404 or starts anew, like an expired pretix result). */
    static final int MAX_JOBS = 1000;

    /** One preparation of the file behind {@code key}. */
    static final class Job {
        final String id;
        final String key;
        final Instant readyAt;
        private byte[] file;

        Job(String id, String key, Instant readyAt) {
            this.id = id;
            this.key = key;
            this.readyAt = readyAt;
        }
    }

    private final Map<String, Job> jobs = new java.util.LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > MAX_JOBS;
        }
    };
    private final Clock clock;

    PreparedFiles(Clock clock) {
        this.clock = clock;
    }

    /** A new preparation with a fresh result id (a certificate request always starts one). */
    synchronized Job start(String key, Duration preparation) {
        return put(new Job(UUID.randomUUID().toString(), key, clock.instant().plus(preparation)));
    }

    /** The preparation of {@code key}, started now if there is none (a ticket is rendered once and cached). */
    synchronized Job startOnce(String key, Duration preparation) {
        Job j = jobs.get(key);
        return j != null ? j : put(new Job(key, key, clock.instant().plus(preparation)));
    }

    private Job put(Job j) {
        jobs.put(j.id, j);
        return j;
    }

    /** The job with this result id for {@code key}, or null. */
    synchronized Job find(String resultId, String key) {
        Job j = jobs.get(resultId);
        return j != null && j.key.equals(key) ? j : null;
    }

    /**
     * The job's file, made by {@code make} on the first call once the job is ready.
     *
     * @throws ApiError 409 with {@link #NOT_READY} while it is being prepared (or for ever when {@code neverReady})
     */
    byte[] file(Job j, boolean neverReady, Supplier<byte[]> make) {
        if (neverReady || clock.instant().isBefore(j.readyAt)) {
            throw ApiError.detail(409, NOT_READY);
        }
        synchronized (j) {
            if (j.file == null) {
                j.file = make.get();
            }
            return j.file;
        }
    }

    synchronized int size() {
        return jobs.size();
    }
}
