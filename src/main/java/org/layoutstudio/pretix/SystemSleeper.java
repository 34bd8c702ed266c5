package org.layoutstudio.pretix;

import java.time.Duration;

/** The real clock: {@link System#nanoTime()} and waits that a cancel ends at once. */
enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public boolean sleep(Duration d, Cancellation cancel) throws InterruptedException {
        return cancel.await(d);
    }
}
