package org.layoutstudio.pretix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.layoutstudio.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical request: adds the user agent, the Authorization header (only on the API's own
 * paths), an idempotency key on writes; retries on network failures, 5xx and 429 within the
 * {@link RetryPolicy}; reads a bounded body. Status codes are not judged here.
 *
 * <p>Every attempt has a whole-call deadline (connect and every byte of the answer), every request
 * a time budget for all its attempts and waits ({@link RetryPolicy#budget()}). A certificate this
 * computer does not trust is never retried, nor is an attempt that used its whole deadline.
 */
final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    /** pretix always sends Retry-After with 429; if a proxy does not, wait this long. */
    private static final Duration RATE_LIMIT_FALLBACK = Duration.ofSeconds(5);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** A finished HTTP exchange. */
    record Answer(int status, Headers headers, byte[] body, HttpUrl url) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private final OkHttpClient http;
    private final PretixConnection conn;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final ErrorMapper errors;

    HttpTransport(OkHttpClient http, PretixConnection conn, RetryPolicy policy, Sleeper sleeper) {
        this.http = http;
        this.conn = conn;
        this.policy = policy;
        this.sleeper = sleeper;
        this.errors = new ErrorMapper(conn.secret());
    }

    PretixConnection connection() {
        return conn;
    }

    ErrorMapper errors() {
        return errors;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    OkHttpClient http() {
        return http;
    }

    /**
     * Sends the request, retrying as the policy allows, and returns the last answer.
     *
     * @param extraHeaders name/value pairs
     */
    Answer send(String method, HttpUrl url, RequestBody body, long maxBytes, Cancellation cancel,
            String... extraHeaders) throws PretixException {
        Request.Builder rb = new Request.Builder().url(url).method(method, body)
                .header("User-Agent", Version.userAgent())
                .header("Accept", "application/json, application/pdf;q=0.9, */*;q=0.5");
        if (conn.isApiUrl(url)) {
            rb.header("Authorization", conn.authorization());
        }
        if (WRITES.contains(method)) {
            // One key for all attempts of this write: pretix replays the stored answer instead of
            // doing the change twice.
            rb.header("X-Idempotency-Key", UUID.randomUUID().toString());
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            rb.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        Request request = rb.build();
        String where = url.host() + ":" + url.port();
        long budgetEnd = sleeper.nanoTime() + policy.budget().toNanos();
        int attempt = 1;
        int rateWaits = 0;
        while (true) {
            checkCancelled(cancel);
            long t0 = sleeper.nanoTime();
            Answer answer;
            try {
                answer = once(request, maxBytes, cancel, budgetEnd - t0);
            } catch (IOException e) {
                checkCancelled(cancel);
                if (e instanceof TooLarge tl) {
                    throw tooLarge(tl.limit);
                }
                LOG.info("{} {} failed on attempt {}: {}", method, safe(url), attempt, e.toString());
                boolean deadline = e instanceof DeadlinePassed;
                // A certificate this computer does not trust stays untrusted; a server that took
                // the whole deadline would take it again.
                if (!deadline && !ErrorMapper.isUntrustedCertificate(e) && attempt < policy.maxAttempts()
                        && fitsBudget(policy.backoffBefore(attempt + 1), budgetEnd)) {
                    attempt++;
                    pause(policy.backoffBefore(attempt), cancel);
                    continue;
                }
                if (deadline) {
                    throw ErrorMapper.forDeadline(where, ((DeadlinePassed) e).limit, e.getCause());
                }
                throw ErrorMapper.forIo(e, where);
            }
            LOG.debug("{} {} -> {} ({} ms, attempt {})", method, safe(url), answer.status(),
                    (sleeper.nanoTime() - t0) / 1_000_000, attempt);
            if (answer.status() == 429) {
                Duration ra = retryAfter(answer);
                Duration wait = ra != null ? ra : RATE_LIMIT_FALLBACK;
                if (rateWaits < policy.maxRateLimitWaits() && (ra == null || ra.compareTo(policy.maxRetryAfter()) <= 0)
                        && fitsBudget(wait, budgetEnd)) {
                    rateWaits++;
                    LOG.info("{} {} rate limited; waiting {} ms", method, safe(url), wait.toMillis());
                    pause(wait, cancel);
                    continue;
                }
                return answer;
            }
            if (answer.status() >= 500 && attempt < policy.maxAttempts() && fitsBudget(policy.backoffBefore(attempt + 1), budgetEnd)) {
                attempt++;
                LOG.info("{} {} -> {}; retrying (attempt {})", method, safe(url), answer.status(), attempt);
                pause(policy.backoffBefore(attempt), cancel);
                continue;
            }
            return answer;
        }
    }

    /** Whether a wait of {@code d} still leaves time for another attempt within the budget. */
    private boolean fitsBudget(Duration d, long budgetEnd) {
        return sleeper.nanoTime() + d.toNanos() < budgetEnd;
    }

    /**
     * One attempt under its whole-call deadline: the client's call time-out, shortened to what is
     * left of the request's budget.
     */
    private Answer once(Request request, long maxBytes, Cancellation cancel, long budgetLeftNanos) throws IOException {
        Call call = http.newCall(request);
        long deadline = Math.max(1, Math.min(TimeUnit.MILLISECONDS.toNanos(http.callTimeoutMillis()), budgetLeftNanos));
        call.timeout().timeout(deadline, TimeUnit.NANOSECONDS);
        try (AutoCloseable hook = cancel.onCancel(call::cancel); Response r = call.execute()) {
            ResponseBody b = r.body();
            byte[] bytes = readCapped(b, maxBytes);
            return new Answer(r.code(), r.headers(), bytes, request.url());
        } catch (InterruptedIOException e) {
            // OkHttp reports its call time-out as a bare InterruptedIOException; silence on the
            // socket (the read time-out) is a SocketTimeoutException.
            if (e.getClass() == InterruptedIOException.class && !cancel.isCancelled()) {
                boolean byBudget = budgetLeftNanos < TimeUnit.MILLISECONDS.toNanos(http.callTimeoutMillis());
                throw new DeadlinePassed(byBudget ? policy.budget() : Duration.ofMillis(http.callTimeoutMillis()), e);
            }
            throw e;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The whole-call deadline of an attempt passed while the server was still sending (or silent). */
    private static final class DeadlinePassed extends IOException {
        private static final long serialVersionUID = 1L;
        final Duration limit;

        DeadlinePassed(Duration limit, IOException cause) {
            super("the deadline of " + limit.toMillis() + " ms passed", cause);
            this.limit = limit;
        }
    }

    private static byte[] readCapped(ResponseBody b, long maxBytes) throws IOException {
        if (b == null) {
            return new byte[0];
        }
        long len = b.contentLength();
        if (len > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(len > 0 ? (int) len : 8192);
        try (InputStream in = b.byteStream()) {
            byte[] buf = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLarge(long limit) {
            super("larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    static PretixException tooLarge(long limit) {
        return new PretixException(PretixException.Kind.REFUSED,
                "The file is larger than " + (limit / (1024 * 1024)) + " MB, more than Layout Studio loads; it was not downloaded.", null);
    }

    void pause(Duration d, Cancellation cancel) throws PretixException {
        try {
            if (sleeper.sleep(d, cancel)) {
                throw cancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
    }

    static void checkCancelled(Cancellation cancel) throws PretixException {
        if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw cancelled();
        }
    }

    static PretixException cancelled() {
        return new PretixException(PretixException.Kind.CANCELLED, "Cancelled.", null);
    }

    /** Retry-After in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    Duration retryAfter(Answer a) {
        String v = a.header("Retry-After");
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.trim();
        try {
            long s = Long.parseLong(v);
            return Duration.ofSeconds(Math.max(0, s));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    /** The URL without query, for logs (queries may carry search terms). */
    static String safe(HttpUrl url) {
        return url.newBuilder().query(null).build().toString();
    }
}
