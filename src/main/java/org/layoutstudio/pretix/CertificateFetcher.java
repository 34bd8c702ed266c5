package org.layoutstudio.pretix;

import java.time.Duration;
import java.util.List;

/**
 * Downloads certificates of attendance (plugin pretix-certificates): {@code GET
 * …/orderpositions/{id}/certificate/} answers 303 with the address of the result; that address
 * answers 409 while pretix prepares the PDF and 200 with the PDF when done. The polling (schedule,
 * {@code Retry-After}, restarts, time limit, cancel) is {@link PreparedDownload}'s. Immutable;
 * {@code with…} return adjusted copies.
 */
public final class CertificateFetcher {
    /** The waits between polls after 409; the last one repeats. */
    public static final List<Duration> DEFAULT_SCHEDULE = PreparedDownload.DEFAULT_SCHEDULE;
    /** How long one certificate may take in all by default. */
    public static final Duration DEFAULT_TIME_LIMIT = PreparedDownload.DEFAULT_TIME_LIMIT;
    /** How often the download starts again after the result was gone. */
    public static final int MAX_RESTARTS = PreparedDownload.MAX_RESTARTS;

    private final PretixClient client;
    private final PreparedDownload download;

    CertificateFetcher(PretixClient client) {
        this(client, new PreparedDownload(client));
    }

    private CertificateFetcher(PretixClient client, PreparedDownload download) {
        this.client = client;
        this.download = download;
    }

    /** A copy with another overall time limit per certificate. */
    public CertificateFetcher withTimeLimit(Duration limit) {
        return new CertificateFetcher(client, download.withTimeLimit(limit));
    }

    /** A copy with another polling schedule (the last wait repeats). */
    public CertificateFetcher withSchedule(List<Duration> waits) {
        return new CertificateFetcher(client, download.withSchedule(waits));
    }

    /** The overall time limit per certificate. */
    public Duration timeLimit() {
        return download.timeLimit();
    }

    /** The polling schedule. */
    public List<Duration> schedule() {
        return download.schedule();
    }

    /**
     * Fetches the certificate of one order position; blocks until it is there, failed, timed out
     * or cancelled.
     *
     * @param positionId the internal id of the order position (not the order code)
     * @param cancel     fires to stop at once (kind {@link PretixException.Kind#CANCELLED})
     * @param progress   hears each step
     */
    public CertificatePdf fetch(long positionId, Cancellation cancel, DownloadProgress progress) throws PretixException {
        PreparedDownload.Result r = download.fetch(
                client.connection().eventUrl("orderpositions", Long.toString(positionId), "certificate"),
                "certificate of order position " + positionId, "certificate-" + positionId + ".pdf", cancel, progress);
        return new CertificatePdf(positionId, r.fileName(), r.pdf(), r.attempts());
    }

    /** {@link #fetch(long, Cancellation, DownloadProgress)} without cancel or progress. */
    public CertificatePdf fetch(long positionId) throws PretixException {
        return fetch(positionId, Cancellation.none(), DownloadProgress.none());
    }
}
