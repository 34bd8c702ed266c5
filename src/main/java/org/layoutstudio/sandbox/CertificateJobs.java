package org.layoutstudio.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Certificate preparations: a result id per request, ready after the preparation time. */
final class CertificateJobs {
    /** One preparation; the PDF is made once, on the first fetch after it is ready. */
    static final class Job {
        final String id;
        final String eventKey;
        final int positionId;
        final Instant readyAt;
        byte[] pdf;

        Job(String id, String eventKey, int positionId, Instant readyAt) {
            this.id = id;
            this.eventKey = eventKey;
            this.positionId = positionId;
            this.readyAt = readyAt;
        }
    }

    /** Older results are forgotten (their URL answers 404, like an expired pretix result). */
    static final int MAX_JOBS = 1000;

    private final Map<String, Job> jobs = new java.util.LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > MAX_JOBS;
        }
    };
    private final Clock clock;

    CertificateJobs(Clock clock) {
        this.clock = clock;
    }

    synchronized Job start(String eventKey, int positionId, Duration preparation) {
        Job j = new Job(UUID.randomUUID().toString(), eventKey, positionId, clock.instant().plus(preparation));
        jobs.put(j.id, j);
        return j;
    }

    /** The job for this result id and position, or null. */
    synchronized Job find(String resultId, String eventKey, int positionId) {
        Job j = jobs.get(resultId);
        return j != null && j.eventKey.equals(eventKey) && j.positionId == positionId ? j : null;
    }

    boolean ready(Job j) {
        return !clock.instant().isBefore(j.readyAt);
    }

    synchronized int size() {
        return jobs.size();
    }
}
