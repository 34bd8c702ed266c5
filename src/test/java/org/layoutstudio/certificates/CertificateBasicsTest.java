package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages, names, progress wording, the remembered folder and the cancel signal. */
class CertificateBasicsTest {
    @TempDir
    Path tmp;

    @Test
    void everyFailureBecomesAPlainSentence() {
        assertEquals("pretix refused the download: Downloads are not enabled for this product.",
                CertificateErrors.message(new CertificateProblem(CertificateProblem.Kind.REFUSED, "Downloads are not enabled for this product")));
        assertTrue(CertificateErrors.message(new CertificateProblem(CertificateProblem.Kind.REFUSED, "")).contains("permission"));
        assertTrue(CertificateErrors.message(new CertificateProblem(CertificateProblem.Kind.NOT_FOUND, "x")).contains("certificates plugin"));
        assertTrue(CertificateErrors.message(new CertificateProblem(CertificateProblem.Kind.TIMED_OUT, "x")).contains("try again later"));
        assertTrue(CertificateErrors.message(new CertificateProblem(CertificateProblem.Kind.THROTTLED, "x")).contains("too many requests"));
        assertTrue(CertificateErrors.message(new CertificateProblem(CertificateProblem.Kind.NOT_AUTHORIZED, "x")).contains("token"));
        assertTrue(CertificateErrors.message(new ExecutionException(new ConnectException("refused"))).contains("cannot be reached"));
        assertTrue(CertificateErrors.message(new InterruptedIOException("timeout")).contains("did not answer in time"));
        assertEquals("Cancelled.", CertificateErrors.message(new CancellationException()));
        assertTrue(CertificateErrors.isCancel(new RuntimeException(new InterruptedException())));
        assertFalse(CertificateErrors.message(new IllegalStateException("java.lang.NullPointerException at Foo.java:12")).contains("Foo"),
                "no internals for the user");
    }

    @Test
    void serverFileNamesCannotEscapeTheFolder() {
        assertEquals("evil.pdf", new CertificateFile("../../etc/evil.pdf", new byte[1]).fileName());
        assertEquals("a_b.pdf", new CertificateFile("a:b.pdf", new byte[1]).fileName());
        assertEquals("certificate.pdf", new CertificateFile("..", new byte[1]).fileName());
        assertEquals("certificate.pdf", new CertificateFile(null, new byte[1]).fileName());
        assertEquals("ABC12-17-certificate.pdf", new Attendee(17, "ABC12", "", "", "", false).batchFileName());
        assertEquals("position-17-certificate.pdf", new Attendee(17, "../", "", "", "", false).batchFileName());
        assertEquals("ABC12-17", new Attendee(17, "ABC12", "", "", "", false).displayName());
    }

    @Test
    void progressWording() {
        assertEquals("Being prepared – attempt 3, waited 4 s",
                new FetchProgress(FetchProgress.Step.PREPARING, 3, Duration.ofMillis(4200)).describe());
        assertEquals("Being prepared – attempt 9, waited 1 min 5 s",
                new FetchProgress(FetchProgress.Step.PREPARING, 9, Duration.ofSeconds(65)).describe());
        assertTrue(FetchProgress.asking().describe().startsWith("Asking"));
    }

    @Test
    void lastFolderInPreferences() throws Exception {
        Preferences node = Preferences.userRoot().node("org/layoutstudio/test-" + System.nanoTime());
        try {
            LastFolder a = LastFolder.preferences(node);
            assertTrue(a.get().isEmpty());
            a.set(tmp);
            assertEquals(tmp.toAbsolutePath(), LastFolder.preferences(node).get().orElseThrow(), "a second instance reads it back");
            a.set(tmp.resolve("gone"));
            assertTrue(a.get().isEmpty(), "a folder that no longer exists is not offered");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void cancelSignalRunsHooksOnceAndForgetsUnregisteredOnes() {
        CancelSignal s = new CancelSignal();
        AtomicInteger kept = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        s.onCancel(kept::incrementAndGet);
        s.onCancel(dropped::incrementAndGet).run();
        s.cancel();
        s.cancel();
        assertEquals(1, kept.get());
        assertEquals(0, dropped.get());
        s.onCancel(kept::incrementAndGet);
        assertEquals(2, kept.get(), "a late hook runs at once");
    }
}
