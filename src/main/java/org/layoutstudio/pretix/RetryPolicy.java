package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;

/**
 * How often and how long the client tries again.
 *
 * @param maxAttempts       attempts in all (first try included) when the network fails or pretix
 *                          answers 5xx; writes are retried too, with the same idempotency key
 * @param backoff           the waits between those attempts; the last one repeats
 * @param maxRateLimitWaits how many 429 answers are waited out before giving up
 * @param maxRetryAfter     the longest Retry-After that is waited out; a longer one fails at once
 *                          with {@link PretixException.Kind#RATE_LIMITED}
 * @param budget            the time one request may take in all, every attempt and wait included:
 *                          no attempt starts and no wait begins that would end after it
 */
public record RetryPolicy(int maxAttempts, List<Duration> backoff, int maxRateLimitWaits, Duration maxRetryAfter,
                          Duration budget) {
    /** Checks the values. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        backoff = List.copyOf(backoff);
        if (backoff.isEmpty()) {
            backoff = List.of(Duration.ZERO);
        }
        if (maxRateLimitWaits < 0) {
            throw new IllegalArgumentException("maxRateLimitWaits must be at least 0");
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive");
        }
    }

    /**
     * 3 attempts (waits 0.5 s, 1 s); up to 3 rate-limit waits of at most 60 s each; everything
     * within {@link HttpLimits#REQUEST_BUDGET}.
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), 3, Duration.ofSeconds(60),
                HttpLimits.REQUEST_BUDGET);
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, List.of(Duration.ZERO), 0, Duration.ZERO, HttpLimits.REQUEST_BUDGET);
    }

    /** The same policy with another budget for one request in all. */
    public RetryPolicy withBudget(Duration total) {
        return new RetryPolicy(maxAttempts, backoff, maxRateLimitWaits, maxRetryAfter, total);
    }

    /** The wait before attempt {@code nextAttempt} (2 = first retry). */
    public Duration backoffBefore(int nextAttempt) {
        int i = Math.max(0, nextAttempt - 2);
        return backoff.get(Math.min(i, backoff.size() - 1));
    }
}
