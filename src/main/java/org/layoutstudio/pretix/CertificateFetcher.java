package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Downloads certificates of attendance (plugin pretix-certificates): {@code GET
 * …/orderpositions/{id}/certificate/} answers 303 with the address of the result; that address
 * answers 409 while pretix prepares the PDF and 200 with the PDF when done.
 *
 * <p>Polls with the schedule 1, 2, 3, 5, 5, 5 … s (or pretix's {@code Retry-After}), starts again
 * from the first URL when the result is gone (404/410, at most {@link #MAX_RESTARTS} times),
 * gives up at the time limit, and stops at once when the {@link Cancellation} fires. Immutable;
 * {@code with…} return adjusted copies.
 */
public final class CertificateFetcher {
    /** The waits between polls after 409; the last one repeats. */
    public static final List<Duration> DEFAULT_SCHEDULE = List.of(
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5));
    /** How long one certificate may take in all by default. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(3);
    /** How often the download starts again after the result was gone. */
    public static final int MAX_RESTARTS = 2;
    private static final int MAX_REDIRECTS = 10;

    private final PretixClient client;
    private final Duration timeLimit;
    private final List<Duration> schedule;

    CertificateFetcher(PretixClient client) {
        this(client, DEFAULT_TIME_LIMIT, DEFAULT_SCHEDULE);
    }

    private CertificateFetcher(PretixClient client, Duration timeLimit, List<Duration> schedule) {
        this.client = client;
        this.timeLimit = Objects.requireNonNull(timeLimit);
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("the schedule needs at least one wait");
        }
        this.schedule = List.copyOf(schedule);
    }

    /** A copy with another overall time limit per certificate. */
    public CertificateFetcher withTimeLimit(Duration limit) {
        return new CertificateFetcher(client, limit, schedule);
    }

    /** A copy with another polling schedule (the last wait repeats). */
    public CertificateFetcher withSchedule(List<Duration> waits) {
        return new CertificateFetcher(client, timeLimit, waits);
    }

    /** The overall time limit per certificate. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** The polling schedule. */
    public List<Duration> schedule() {
        return schedule;
    }

    /**
     * Fetches the certificate of one order position; blocks until it is there, failed, timed out
     * or cancelled.
     *
     * @param positionId the internal id of the order position (not the order code)
     * @param cancel     fires to stop at once (kind {@link PretixException.Kind#CANCELLED})
     * @param progress   hears each step
     */
    public CertificatePdf fetch(long positionId, Cancellation cancel, CertificateProgress progress)
            throws PretixException {
        HttpTransport t = client.transport();
        Sleeper clock = t.sleeper();
        String what = "certificate of order position " + positionId;
        HttpUrl first = client.connection().eventUrl("orderpositions", Long.toString(positionId), "certificate");
        long start = clock.nanoTime();
        HttpUrl url = first;
        int attempt = 0;
        int restarts = 0;
        int polls = 0;
        int redirects = 0;
        progress.update(1, Duration.ZERO, CertificateState.ASKING);
        while (true) {
            HttpTransport.checkCancelled(cancel);
            HttpTransport.Answer a = t.send("GET", url, null, PretixClient.DEFAULT_MAX_DOWNLOAD_BYTES, cancel);
            attempt++;
            Duration elapsed = Duration.ofNanos(clock.nanoTime() - start);
            int s = a.status();
            if (s == 200) {
                if (!PdfBytes.looksLikePdf(a.body())) {
                    throw ErrorMapper.badResponse(what, "not a PDF file: " + t.errors().redact(ErrorMapper.snippet(a.body())));
                }
                progress.update(attempt, elapsed, CertificateState.READY);
                String name = PdfBytes.fileNameFrom(a.header("Content-Disposition"), "certificate-" + positionId + ".pdf");
                return new CertificatePdf(positionId, name, a.body(), attempt);
            }
            if (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) {
                String loc = a.header("Location");
                HttpUrl next = loc == null ? null : url.resolve(loc);
                if (next == null) {
                    throw ErrorMapper.badResponse(what, "a redirect without a usable address");
                }
                if (++redirects > MAX_REDIRECTS) {
                    throw ErrorMapper.badResponse(what, "too many redirects");
                }
                url = next;
                progress.update(attempt + 1, elapsed, CertificateState.PREPARING);
                continue;
            }
            if (s == 409) {
                Duration ra = t.retryAfter(a);
                Duration wait = ra != null && !ra.isZero() ? ra : schedule.get(Math.min(polls, schedule.size() - 1));
                polls++;
                if (elapsed.plus(wait).compareTo(timeLimit) > 0) {
                    throw new PretixException(PretixException.Kind.TIMED_OUT, 409, "The " + what
                            + " was not ready within " + ErrorMapper.seconds(timeLimit)
                            + "; pretix may still be preparing it. Try again later.", null, List.of(), ra, null);
                }
                progress.update(attempt, elapsed, CertificateState.PREPARING);
                t.pause(wait, cancel);
                continue;
            }
            if ((s == 404 || s == 410) && !url.equals(first) && restarts < MAX_RESTARTS) {
                restarts++;
                polls = 0;
                redirects = 0;
                url = first;
                progress.update(attempt + 1, elapsed, CertificateState.RESTARTING);
                continue;
            }
            throw t.errors().forStatus(s, a.body(), t.retryAfter(a), what);
        }
    }

    /** {@link #fetch(long, Cancellation, CertificateProgress)} without cancel or progress. */
    public CertificatePdf fetch(long positionId) throws PretixException {
        return fetch(positionId, Cancellation.none(), CertificateProgress.none());
    }
}
