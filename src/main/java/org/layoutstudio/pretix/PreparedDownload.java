package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The one polling loop for files pretix prepares in the background before it hands them out:
 * certificates of attendance (303 to a result URL, which answers 409 until ready) and ticket PDFs
 * (409 on the URL itself until the ticket is cached). Follows redirects itself (the token never
 * leaves the API's origin), waits 1, 2, 3, 5, 5 … s after each 409 (or pretix's {@code Retry-After}),
 * asks the first URL again when a result URL is gone (404/410, at most {@link #MAX_RESTARTS} times),
 * gives up before the time limit would pass, and stops at once when the {@link Cancellation} fires.
 * Immutable; {@code with…} return adjusted copies.
 */
final class PreparedDownload {
    /** The waits between polls after 409; the last one repeats. */
    static final List<Duration> DEFAULT_SCHEDULE = List.of(
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5));
    /** How long one file may take in all by default. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(3);
    /** How often the download starts again after the result was gone. */
    static final int MAX_RESTARTS = 2;
    private static final int MAX_REDIRECTS = 10;

    /** A file as it arrived: the name pretix proposed (made safe), its bytes, and how many requests it took. */
    record Result(String fileName, byte[] pdf, int attempts) {
    }

    private final PretixClient client;
    private final Duration timeLimit;
    private final List<Duration> schedule;

    PreparedDownload(PretixClient client) {
        this(client, DEFAULT_TIME_LIMIT, DEFAULT_SCHEDULE);
    }

    private PreparedDownload(PretixClient client, Duration timeLimit, List<Duration> schedule) {
        this.client = client;
        this.timeLimit = Objects.requireNonNull(timeLimit);
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("the schedule needs at least one wait");
        }
        this.schedule = List.copyOf(schedule);
    }

    PreparedDownload withTimeLimit(Duration limit) {
        return new PreparedDownload(client, limit, schedule);
    }

    PreparedDownload withSchedule(List<Duration> waits) {
        return new PreparedDownload(client, timeLimit, waits);
    }

    Duration timeLimit() {
        return timeLimit;
    }

    List<Duration> schedule() {
        return schedule;
    }

    /**
     * Fetches the PDF behind {@code first}; blocks until it is there, failed, timed out or cancelled.
     *
     * @param what         names the file in sentences, e.g. "ticket PDF of order position 1001"
     * @param fallbackName the file name when pretix proposes none
     */
    Result fetch(HttpUrl first, String what, String fallbackName, Cancellation cancel, DownloadProgress progress)
            throws PretixException {
        HttpTransport t = client.transport();
        Sleeper clock = t.sleeper();
        long start = clock.nanoTime();
        HttpUrl url = first;
        int attempt = 0;
        int restarts = 0;
        int polls = 0;
        int redirects = 0;
        progress.update(1, Duration.ZERO, DownloadState.ASKING);
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
                progress.update(attempt, elapsed, DownloadState.READY);
                return new Result(PdfBytes.fileNameFrom(a.header("Content-Disposition"), fallbackName), a.body(), attempt);
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
                progress.update(attempt + 1, elapsed, DownloadState.PREPARING);
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
                progress.update(attempt, elapsed, DownloadState.PREPARING);
                t.pause(wait, cancel);
                continue;
            }
            if ((s == 404 || s == 410) && !url.equals(first) && restarts < MAX_RESTARTS) {
                restarts++;
                polls = 0;
                redirects = 0;
                url = first;
                progress.update(attempt + 1, elapsed, DownloadState.RESTARTING);
                continue;
            }
            throw t.errors().forStatus(s, a.body(), t.retryAfter(a), what);
        }
    }
}
