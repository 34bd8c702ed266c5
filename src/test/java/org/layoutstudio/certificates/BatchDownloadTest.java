package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The batch below the UI: two at a time, failures and their retry, resuming a folder. */
class BatchDownloadTest {
    private final FakeDirectory directory = new FakeDirectory(20);
    private final List<BatchDownload.Update> updates = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }

    private long pdfs() throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }

    @Test
    void twentyWithOneFailureThenRetryOnlyTheFailedOne() throws Exception {
        ScriptedSource source = new ScriptedSource(true);
        source.defaultPrepares = 1;
        Attendee refused = directory.all.get(7);
        java.io.IOException refusal = new java.io.IOException("refused");
        source.fail(refused.positionId(), refusal);
        try (BatchDownload batch = new BatchDownload(source, folder, updates::add)) {
            batch.start(directory.all);
            // Every fetch waits in its first poll: exactly two may be waiting at any time.
            waitUntil("two fetches polling", () -> source.waitingPolls() == 2);
            assertEquals(2, batch.active());
            source.release(100);
            waitUntil("batch finished", batch::finished);
            assertEquals(2, source.maxRunning.get(), "never more than two at a time");
            assertEquals(BatchDownload.State.FAILED, batch.state(refused.positionId()));
            assertEquals(19, pdfs());
            assertTrue(updates.stream().anyMatch(u -> u.state() == BatchDownload.State.FAILED && u.error() == refusal),
                    "the failure itself reaches the window, for ErrorMessages to explain");

            int fetchesBefore = source.fetches.get();
            source.heal(refused.positionId());
            assertEquals(1, batch.retryFailed());
            waitUntil("retry finished", () -> batch.finished() && batch.state(refused.positionId()) == BatchDownload.State.SAVED);
            assertEquals(fetchesBefore + 1, source.fetches.get(), "only the failed one was fetched again");
            assertEquals(20, pdfs());
            try (var files = Files.list(folder)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no half files left");
            }
        }
    }

    @Test
    void filesAlreadyThereAreSkipped() throws Exception {
        ScriptedSource source = new ScriptedSource(false);
        for (int i = 0; i < 5; i++) {
            Files.write(folder.resolve(directory.all.get(i).batchFileName()), TestPdfs.certificate(1, "x"));
        }
        Files.write(folder.resolve(directory.all.get(5).batchFileName() + ".part"), new byte[] {1, 2});
        try (BatchDownload batch = new BatchDownload(source, folder, updates::add)) {
            batch.start(directory.all);
            waitUntil("batch finished", batch::finished);
            for (int i = 0; i < 5; i++) {
                assertEquals(BatchDownload.State.ALREADY_THERE, batch.state(directory.all.get(i).positionId()));
            }
            assertEquals(BatchDownload.State.SAVED, batch.state(directory.all.get(5).positionId()), "a half file is not a file");
            assertEquals(15, source.fetches.get());
            assertEquals(20, pdfs());
        }
    }

    @Test
    void cancelStopsWaitingAndRunningDownloads() throws Exception {
        ScriptedSource source = new ScriptedSource(true);
        source.defaultPrepares = 3;
        try (BatchDownload batch = new BatchDownload(source, folder, updates::add)) {
            batch.start(directory.all);
            waitUntil("two fetches polling", () -> source.waitingPolls() == 2);
            batch.cancel();
            waitUntil("all stopped", () -> batch.finished() && source.running.get() == 0);
            assertTrue(directory.all.stream().allMatch(a -> batch.state(a.positionId()) == BatchDownload.State.CANCELLED));
            assertEquals(0, pdfs());
            assertEquals(20, batch.retryFailed(), "cancelled ones can be retried");
            source.release(1000);
            waitUntil("retry finished", batch::finished);
            assertEquals(20, pdfs());
        }
    }
}
