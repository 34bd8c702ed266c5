package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A cancel token for long work (certificate polling, big downloads). {@link #cancel()} may be
 * called from any thread; a wait in progress ends at once and a running HTTP call is aborted.
 */
public final class Cancellation {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** A token nobody will cancel. */
    public static Cancellation none() {
        return new Cancellation();
    }

    /** Cancels the work: wakes waits and aborts the HTTP call in flight. Idempotent. */
    public void cancel() {
        if (cancelled.getCount() == 0) {
            return;
        }
        cancelled.countDown();
        for (Runnable r : hooks) {
            r.run();
        }
    }

    /** Whether {@link #cancel()} has been called. */
    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /**
     * Waits up to {@code d}; returns {@code true} as soon as the work is cancelled (possibly at
     * once), {@code false} when the time has passed without a cancel.
     */
    public boolean await(Duration d) throws InterruptedException {
        return cancelled.await(Math.max(0, d.toNanos()), TimeUnit.NANOSECONDS);
    }

    /**
     * Registers an action run on cancel (at once if already cancelled); returns a handle that
     * removes it again when the guarded work is over.
     */
    public AutoCloseable onCancel(Runnable action) {
        hooks.add(action);
        if (isCancelled()) {
            action.run();
        }
        return () -> hooks.remove(action);
    }
}
