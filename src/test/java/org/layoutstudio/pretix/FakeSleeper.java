package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when the client waits: tests check back-off schedules without waiting. */
public final class FakeSleeper implements Sleeper {
    private volatile long now = 1_000_000_000L;
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public boolean sleep(Duration d, Cancellation cancel) {
        sleeps.add(d);
        now += d.toNanos();
        return cancel.isCancelled();
    }

    public Duration elapsed() {
        return Duration.ofNanos(now - 1_000_000_000L);
    }
}
