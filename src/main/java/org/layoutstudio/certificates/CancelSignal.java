package org.layoutstudio.certificates;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A one-way switch that a fetch checks (or listens to) to stop early. Thread-safe. */
public final class CancelSignal {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            listeners.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs {@code r} when cancelled (at once if already); the returned handle unregisters it when
     * the guarded work is over (a batch shares one signal among many fetches).
     */
    public Runnable onCancel(Runnable r) {
        listeners.add(r);
        if (cancelled.get() && listeners.remove(r)) {
            r.run();
        }
        return () -> listeners.remove(r);
    }
}
