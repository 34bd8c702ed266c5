package org.layoutstudio.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI runs slow work (HTTP, PDF parsing and rendering, file I/O): off the JavaFX
 * thread, with success and failure handed back on the JavaFX thread, cancellable, and counted so
 * that the status bar can show what is running.
 */
public final class BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private static final BackgroundTasks SHARED = new BackgroundTasks(4);

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

    public BackgroundTasks(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(threads, tf);
    }

    /** The application's shared pool. */
    public static BackgroundTasks shared() {
        return SHARED;
    }

    /** Number of tasks running now (FX thread). */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Runs {@code work} in the background; {@code onSuccess} or {@code onFailure} runs on the FX
     * thread afterwards (neither runs after {@link Task#cancel()}).
     */
    public <T> Task<T> run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Objects.requireNonNull(work);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            done();
            if (onSuccess != null) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            done();
            Throwable ex = task.getException();
            LOG.warn("{} failed: {}", title, ex == null ? "?" : ex.toString());
            if (onFailure != null) {
                onFailure.accept(ex);
            }
        });
        task.setOnCancelled(e -> done());
        onFx(() -> running.set(running.get() + 1));
        executor.submit(task);
        return task;
    }

    /** Runs a task whose progress and message the caller binds to (a {@link Task} of its own). */
    public <T> Task<T> submit(Task<T> task) {
        onFx(() -> running.set(running.get() + 1));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.ANY, e -> {
            if (task.isDone()) {
                done();
            }
        });
        executor.submit(task);
        return task;
    }

    private void done() {
        running.set(Math.max(0, running.get() - 1));
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
