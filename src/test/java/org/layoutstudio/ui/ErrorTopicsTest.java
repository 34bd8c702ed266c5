package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javax.print.PrintException;
import org.junit.jupiter.api.Test;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.RetryPolicy;
import org.layoutstudio.sandbox.SandboxServer;

/** An area's own wording of a failure ({@link ErrorMessages#about}), cancels, printing, and pretix being offline. */
class ErrorTopicsTest {
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ErrorMessages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void aTopicWordsWhatItHasAndFallsBackToTheGeneralText() {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ErrorMessages general = new ErrorMessages(en);
        ErrorMessages certificates = general.about("certificates");
        // No certificates.error.io.* keys: the general wording.
        assertEquals(general.explain(new IOException("disk full")).title(),
                certificates.explain(new IOException("disk full")).title());
        // The topic's own key wins where it exists.
        assertEquals(en.getString("certificates.error.pretix.notFound.todo"),
                certificates.report("pretix.notFound", "Not found.").whatToDo());
        assertEquals(en.getString("error.pretix.notFound.todo"), general.report("pretix.notFound", "Not found.").whatToDo());
        assertEquals("pretix says: Not found.", certificates.report("pretix.notFound", "Not found.").whatHappened());
    }

    @Test
    void cancelsAreNoFailures() {
        assertTrue(ErrorMessages.isCancel(new CancellationException()));
        assertTrue(ErrorMessages.isCancel(new ExecutionException(new InterruptedException())));
        assertTrue(ErrorMessages.isCancel(new RuntimeException(new CancellationException())));
        assertFalse(ErrorMessages.isCancel(new IOException("reset")));
        assertFalse(ErrorMessages.isCancel(new java.net.SocketTimeoutException("timeout")), "a time-out is a failure");
    }

    @Test
    void printingHasItsOwnWordsInBothLanguages() {
        ErrorReport en = new ErrorMessages(bundle(Locale.ENGLISH)).explain(new PrintException("printer stopped at page 2"));
        ErrorReport de = new ErrorMessages(bundle(Locale.GERMAN)).explain(new PrintException("printer stopped at page 2"));
        assertEquals("Printing failed", en.title());
        assertEquals("Drucken fehlgeschlagen", de.title());
        assertFalse(de.whatHappened().contains("printer stopped"), "the library's words stay in the details");
        assertTrue(de.details().contains("printer stopped at page 2"));
    }

    @Test
    void anUnreadablePdfIsWordedWithoutTheRenderersEnglish() {
        ErrorReport de = new ErrorMessages(bundle(Locale.GERMAN)).explain(
                new org.layoutstudio.render.RenderException("The file is not a PDF."));
        assertEquals("Das PDF ist nicht verwendbar", de.title());
        assertFalse(de.whatHappened().contains("The file"), de.whatHappened());
    }

    @Test
    void aServerThatIsNotThereIsOfflineWithoutTheLibrarysWords() throws Exception {
        int port;
        try (SandboxServer gone = SandboxServer.start()) {
            port = gone.port();
        }
        PretixException failure;
        try (PretixClient offline = PretixClient.builder(PretixConnection.withToken("http://127.0.0.1:" + port, "demo", "democon", "x"))
                .retryPolicy(RetryPolicy.none()).build()) {
            failure = org.junit.jupiter.api.Assertions.assertThrows(PretixException.class, offline::items);
        }
        ErrorReport de = new ErrorMessages(bundle(Locale.GERMAN)).explain(failure);
        assertEquals("pretix ist nicht erreichbar", de.title());
        assertEquals(bundle(Locale.GERMAN).getString("error.pretix.offline.what"), de.whatHappened());
        assertTrue(de.details().contains("ConnectException"), de.details());
    }
}
