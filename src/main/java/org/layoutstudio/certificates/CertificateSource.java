package org.layoutstudio.certificates;

import java.util.function.Consumer;

/**
 * Fetches one attendee's certificate: ask, wait while pretix prepares it, return the PDF. Blocks;
 * called on a background thread. {@code progress} may be called from any thread. Stops with
 * {@link java.util.concurrent.CancellationException} (or {@link InterruptedException}) when
 * {@code cancel} fires or the thread is interrupted.
 */
public interface CertificateSource {
    CertificateFile fetch(long positionId, Consumer<FetchProgress> progress, CancelSignal cancel) throws Exception;
}
