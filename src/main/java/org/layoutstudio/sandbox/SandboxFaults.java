package org.layoutstudio.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults a test can switch on while the server runs. Each "next N" switch counts down once per
 * API request it hits; switches are checked in this order: delay, reset, 5xx, 429, redirect,
 * garbage. Requests to the admin path {@code /_sandbox/} are never faulted. Thread-safe.
 */
public final class SandboxFaults {
    /** What the front door does with one request. */
    enum Action { NONE, RESET, LOSE_ANSWER, FAIL, THROTTLE, REDIRECT, GARBAGE }

    /** The decision for one request, taken atomically. */
    record Decision(Action action, long delayMillis, int status, int retryAfterSeconds, String redirectTarget) {
    }

    private long delayMillis;
    private int resets;
    private int lostAnswers;
    private int failures;
    private int failureStatus = 503;
    private int throttles;
    private int retryAfterSeconds = 1;
    private int redirects;
    private int redirectStatus = 302;
    private String redirectTarget;
    private int garbage;
    private boolean certificatesNeverReady;
    private boolean ticketsNeverReady;
    private TicketDeviation ticketDeviation;
    private String pretixVersion;
    private String scope;

    /** Every request waits this long before it is handled (zero turns it off). */
    public synchronized SandboxFaults delay(Duration delay) {
        this.delayMillis = Math.max(0, delay.toMillis());
        return this;
    }

    /** The next {@code n} requests get a 503 with a small HTML body, as a proxy would send. */
    public SandboxFaults failNext(int n) {
        return failNext(n, 503);
    }

    /** The next {@code n} requests get {@code status} (500–599). */
    public synchronized SandboxFaults failNext(int n, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("A server failure is a status from 500 to 599, not " + status + ".");
        }
        this.failures = Math.max(0, n);
        this.failureStatus = status;
        return this;
    }

    /** The next {@code n} connections are closed without any response bytes. */
    public synchronized SandboxFaults resetNext(int n) {
        this.resets = Math.max(0, n);
        return this;
    }

    /**
     * The next {@code n} requests are carried out, then the connection is closed before the
     * answer: the client cannot know whether its write happened (what idempotency keys are for).
     */
    public synchronized SandboxFaults loseAnswerNext(int n) {
        this.lostAnswers = Math.max(0, n);
        return this;
    }

    /** The next {@code n} requests get 429 with {@code Retry-After: retryAfterSeconds}. */
    public synchronized SandboxFaults throttleNext(int n, int retryAfterSeconds) {
        this.throttles = Math.max(0, n);
        this.retryAfterSeconds = Math.max(0, retryAfterSeconds);
        return this;
    }

    /** The next {@code n} requests are redirected (302) to the same path and query on {@code targetBaseUrl}. */
    public SandboxFaults redirectNext(int n, String targetBaseUrl) {
        return redirectNext(n, targetBaseUrl, 302);
    }

    /** As {@link #redirectNext(int, String)} with a chosen status (301, 302, 303, 307 or 308). */
    public synchronized SandboxFaults redirectNext(int n, String targetBaseUrl, int status) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("A redirect is a status from 300 to 399, not " + status + ".");
        }
        String target = Objects.requireNonNull(targetBaseUrl);
        this.redirectTarget = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.redirects = Math.max(0, n);
        this.redirectStatus = status;
        return this;
    }

    /** The next {@code n} requests get 200 with a body that is not JSON. */
    public synchronized SandboxFaults garbageNext(int n) {
        this.garbage = Math.max(0, n);
        return this;
    }

    /** Certificate results answer 409 for ever while this is on. */
    public synchronized SandboxFaults certificatesNeverReady(boolean on) {
        this.certificatesNeverReady = on;
        return this;
    }

    public synchronized boolean certificatesNeverReady() {
        return certificatesNeverReady;
    }

    /** Ticket PDFs ({@code …/download/pdf/}) answer 409 for ever while this is on. */
    public synchronized SandboxFaults ticketsNeverReady(boolean on) {
        this.ticketsNeverReady = on;
        return this;
    }

    public synchronized boolean ticketsNeverReady() {
        return ticketsNeverReady;
    }

    /**
     * The sandbox's ticket PDFs draw layout element {@code index} (0-based) moved by ({@code dxMm},
     * {@code dyMm}) mm (right, up): pretix's rendering then differs from the client's.
     */
    public synchronized SandboxFaults shiftTicketElement(int index, double dxMm, double dyMm) {
        this.ticketDeviation = TicketDeviation.shift(index, dxMm, dyMm);
        return this;
    }

    /** The sandbox's ticket PDFs leave layout element {@code index} (0-based) out. */
    public synchronized SandboxFaults dropTicketElement(int index) {
        this.ticketDeviation = TicketDeviation.dropping(index);
        return this;
    }

    /** The deviation of the sandbox's ticket rendering, or null for none. */
    synchronized TicketDeviation ticketDeviation() {
        return ticketDeviation;
    }

    /** {@code GET /api/v1/version} answers as pretix {@code version} (e.g. an older release); null: the sandbox's own. */
    public synchronized SandboxFaults answerAsPretix(String version) {
        this.pretixVersion = version;
        return this;
    }

    /** The version the sandbox answers as when a test asked for another one, or null. */
    synchronized String pretixVersion() {
        return pretixVersion;
    }

    /**
     * Limits delay and the "next N" switches to requests whose path starts with
     * {@code pathPrefix} (e.g. {@code "/api/v1/upload"}); null applies them to every request.
     * Requests outside the scope neither see a fault nor use up a countdown.
     */
    public synchronized SandboxFaults scope(String pathPrefix) {
        this.scope = pathPrefix;
        return this;
    }

    /** Turns every fault off. */
    public synchronized SandboxFaults clear() {
        delayMillis = 0;
        resets = 0;
        lostAnswers = 0;
        failures = 0;
        failureStatus = 503;
        throttles = 0;
        retryAfterSeconds = 1;
        redirects = 0;
        redirectStatus = 302;
        redirectTarget = null;
        garbage = 0;
        certificatesNeverReady = false;
        ticketsNeverReady = false;
        ticketDeviation = null;
        pretixVersion = null;
        scope = null;
        return this;
    }

    /** How many of each countdown are left, for the admin endpoint and for test messages. */
    public synchronized String describe() {
        return "delay=" + delayMillis + "ms, reset=" + resets + ", lostAnswers=" + lostAnswers + ", fail=" + failures + " (" + failureStatus + ")"
                + ", throttle=" + throttles + " (Retry-After " + retryAfterSeconds + ")"
                + ", redirect=" + redirects + " (" + redirectStatus + " to " + redirectTarget + ")"
                + ", garbage=" + garbage + ", certificatesNeverReady=" + certificatesNeverReady
                + ", ticketsNeverReady=" + ticketsNeverReady
                + ", ticketDeviation=" + (ticketDeviation == null ? "none" : ticketDeviation.describe())
                + ", pretixVersion=" + (pretixVersion == null ? Resources.PRETIX_VERSION : pretixVersion)
                + ", scope=" + (scope == null ? "all" : scope);
    }

    synchronized Decision next(String path) {
        if (scope != null && !path.startsWith(scope)) {
            return new Decision(Action.NONE, 0, 0, 0, null);
        }
        long delay = delayMillis;
        if (resets > 0) {
            resets--;
            return new Decision(Action.RESET, delay, 0, 0, null);
        }
        if (lostAnswers > 0) {
            lostAnswers--;
            return new Decision(Action.LOSE_ANSWER, delay, 0, 0, null);
        }
        if (failures > 0) {
            failures--;
            return new Decision(Action.FAIL, delay, failureStatus, 0, null);
        }
        if (throttles > 0) {
            throttles--;
            return new Decision(Action.THROTTLE, delay, 429, retryAfterSeconds, null);
        }
        if (redirects > 0) {
            redirects--;
            return new Decision(Action.REDIRECT, delay, redirectStatus, 0, redirectTarget);
        }
        if (garbage > 0) {
            garbage--;
            return new Decision(Action.GARBAGE, delay, 200, 0, null);
        }
        return new Decision(Action.NONE, delay, 0, 0, null);
    }
}
