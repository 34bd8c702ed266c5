package org.layoutstudio.certificates;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A certificate source whose every step the test controls: each position answers "being prepared"
 * a given number of times, then the PDF or a failure. In gated mode each poll waits for the test to
 * {@link #release} it, so a test can act while the fetch is in the middle of polling.
 */
final class ScriptedSource implements CertificateSource {
    private final Map<Long, Exception> failures = new ConcurrentHashMap<>();
    private final Map<Long, Integer> prepares = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> bodies = new ConcurrentHashMap<>();
    private final Semaphore gate = new Semaphore(0);
    private final boolean gated;
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();
    final AtomicInteger polls = new AtomicInteger();
    final AtomicInteger fetches = new AtomicInteger();
    volatile int defaultPrepares;
    volatile int pages = 1;
    volatile java.util.function.LongFunction<String> names = id -> "Position " + id;

    ScriptedSource(boolean gated) {
        this.gated = gated;
    }

    ScriptedSource fail(long id, Exception e) {
        failures.put(id, e);
        return this;
    }

    /** Position {@code id} answers with {@code body} instead of a PDF. */
    ScriptedSource answers(long id, byte[] body) {
        bodies.put(id, body);
        return this;
    }

    ScriptedSource heal(long id) {
        failures.remove(id);
        return this;
    }

    ScriptedSource prepares(long id, int n) {
        prepares.put(id, n);
        return this;
    }

    /** Lets {@code n} waiting polls go on. */
    void release(int n) {
        gate.release(n);
    }

    int waitingPolls() {
        return gate.getQueueLength();
    }

    @Override
    public CertificateFile fetch(long positionId, Consumer<FetchProgress> progress, CancelSignal cancel) throws Exception {
        fetches.incrementAndGet();
        int now = running.incrementAndGet();
        maxRunning.accumulateAndGet(now, Math::max);
        Thread me = Thread.currentThread();
        Runnable unregister = cancel.onCancel(me::interrupt);
        try {
            progress.accept(FetchProgress.asking());
            int n = prepares.getOrDefault(positionId, defaultPrepares);
            for (int attempt = 1; attempt <= n; attempt++) {
                if (gated) {
                    gate.acquire();
                }
                if (cancel.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                polls.incrementAndGet();
                progress.accept(new FetchProgress(FetchProgress.Step.PREPARING, attempt, Duration.ofSeconds(attempt * 2L)));
            }
            Exception failure = failures.get(positionId);
            if (failure != null) {
                throw failure;
            }
            progress.accept(new FetchProgress(FetchProgress.Step.READY, n + 1, Duration.ofSeconds(n * 2L)));
            byte[] body = bodies.containsKey(positionId) ? bodies.get(positionId) : TestPdfs.certificate(pages, names.apply(positionId));
            return new CertificateFile("democon-" + positionId + "-certificate.pdf", body);
        } finally {
            unregister.run();
            running.decrementAndGet();
        }
    }
}
