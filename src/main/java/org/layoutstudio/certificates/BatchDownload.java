package org.layoutstudio.certificates;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.layoutstudio.ui.ErrorMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads many certificates into one folder, at most two at a time (pretix asks clients not to
 * run more than two such jobs at once). Resumable: a file already in the folder is not fetched
 * again. Each file is written under a temporary name and renamed when complete, so an interrupted
 * run never leaves a half file that a later run would skip. Plain Java; the listener is called on
 * worker threads.
 */
public final class BatchDownload implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchDownload.class);
    /** pretix: "we kindly ask you not to run more than two exports at the same time". */
    public static final int PARALLEL = 2;

    /** Where one certificate of the batch is. */
    public enum State { WAITING, ALREADY_THERE, FETCHING, SAVED, FAILED, CANCELLED }

    /** One row's news: its state, the fetch's progress while fetching, the failure when it failed. */
    public record Update(Attendee attendee, State state, FetchProgress progress, Throwable error) {
    }

    /** Told about every change of every row, on a worker thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Update update);
    }

    private final CertificateSource source;
    private final Path folder;
    private final Listener listener;
    private final ExecutorService workers;
    private final Map<Long, State> states = new ConcurrentHashMap<>();
    private final Map<Long, Attendee> attendees = new ConcurrentHashMap<>();
    private final List<Future<?>> futures = new ArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private volatile CancelSignal cancel = new CancelSignal();

    public BatchDownload(CertificateSource source, Path folder, Listener listener) {
        this.source = source;
        this.folder = folder;
        this.listener = listener;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "certificate-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues every attendee (the ones whose file exists are marked "already there" at once). */
    public synchronized void start(List<Attendee> list) {
        for (Attendee a : list) {
            attendees.put(a.positionId(), a);
            states.put(a.positionId(), State.WAITING);
            tell(a, State.WAITING, null, null);
        }
        for (Attendee a : list) {
            submit(a);
        }
    }

    /** Queues again every attendee whose download failed or was cancelled; returns how many. */
    public synchronized int retryFailed() {
        if (cancel.isCancelled()) {
            cancel = new CancelSignal();
        }
        int n = 0;
        for (Attendee a : attendees.values().stream().sorted(java.util.Comparator.comparingLong(Attendee::positionId)).toList()) {
            State s = states.get(a.positionId());
            if (s == State.FAILED || s == State.CANCELLED) {
                states.put(a.positionId(), State.WAITING);
                tell(a, State.WAITING, null, null);
                submit(a);
                n++;
            }
        }
        return n;
    }

    /** Stops the downloads that run and the ones that wait; finished files stay. */
    public synchronized void cancel() {
        cancel.cancel();
        for (Future<?> f : futures) {
            f.cancel(true);
        }
        futures.clear();
        for (Attendee a : attendees.values()) {
            if (states.get(a.positionId()) == State.WAITING) {
                states.put(a.positionId(), State.CANCELLED);
                tell(a, State.CANCELLED, null, null);
            }
        }
    }

    /** How many downloads run right now (never more than {@link #PARALLEL}). */
    public int active() {
        return active.get();
    }

    public State state(long positionId) {
        return states.get(positionId);
    }

    /** True when nothing waits or runs. */
    public boolean finished() {
        return states.values().stream().noneMatch(s -> s == State.WAITING || s == State.FETCHING);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        cancel();
        workers.shutdownNow();
    }

    private void submit(Attendee a) {
        CancelSignal signal = cancel;
        futures.add(workers.submit(() -> download(a, signal)));
    }

    private void download(Attendee a, CancelSignal signal) {
        if (signal.isCancelled()) {
            return;
        }
        Path target = folder.resolve(a.batchFileName());
        if (isComplete(target)) {
            finish(a, State.ALREADY_THERE, null);
            return;
        }
        active.incrementAndGet();
        try {
            states.put(a.positionId(), State.FETCHING);
            tell(a, State.FETCHING, FetchProgress.asking(), null);
            CertificateFile file = source.fetch(a.positionId(), p -> {
                if (!signal.isCancelled()) {
                    tell(a, State.FETCHING, p, null);
                }
            }, signal);
            write(target, file.pdf());
            finish(a, State.SAVED, null);
        } catch (Exception e) {
            if (signal.isCancelled() || ErrorMessages.isCancel(e)) {
                finish(a, State.CANCELLED, null);
            } else {
                LOG.info("Certificate of position {} failed: {}", a.positionId(), e.toString());
                finish(a, State.FAILED, e);
            }
        } finally {
            active.decrementAndGet();
        }
    }

    private static boolean isComplete(Path target) {
        try {
            return Files.isRegularFile(target) && Files.size(target) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path target, byte[] pdf) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.write(part, pdf);
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void finish(Attendee a, State s, Throwable error) {
        states.put(a.positionId(), s);
        tell(a, s, null, error);
    }

    private void tell(Attendee a, State s, FetchProgress p, Throwable error) {
        try {
            listener.changed(new Update(a, s, p, error));
        } catch (RuntimeException e) {
            LOG.warn("Batch listener failed: {}", e.toString());
        }
    }
}
