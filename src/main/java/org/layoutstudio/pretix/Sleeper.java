package org.layoutstudio.pretix;

import java.time.Duration;

/**
 * The clock and the waiting of the client, behind one interface so that tests can check
 * back-off schedules without waiting for real.
 */
public interface Sleeper {
    /** Monotonic time in nanoseconds (like {@link System#nanoTime()}). */
    long nanoTime();

    /**
     * Waits for {@code d} or until {@code cancel} fires, whichever comes first.
     *
     * @return {@code true} if the wait ended because of a cancel
     */
    boolean sleep(Duration d, Cancellation cancel) throws InterruptedException;

    /** Real time: {@link System#nanoTime()} and a wait on the cancel token. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
