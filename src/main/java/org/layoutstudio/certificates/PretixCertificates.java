package org.layoutstudio.certificates;

import java.util.Objects;
import java.util.function.Consumer;
import org.layoutstudio.pretix.Cancellation;
import org.layoutstudio.pretix.CertificateFetcher;
import org.layoutstudio.pretix.CertificatePdf;
import org.layoutstudio.pretix.PretixClient;

/**
 * {@link CertificateSource} over the pretix client's {@link CertificateFetcher} (303 → 409 … → 200,
 * Retry-After and 429 handled there). Turns its progress into {@link FetchProgress}; its typed
 * {@link org.layoutstudio.pretix.PretixException}s reach the viewer as they are, for
 * {@link org.layoutstudio.ui.ErrorMessages} to explain.
 */
public final class PretixCertificates implements CertificateSource {
    private final CertificateFetcher fetcher;

    public PretixCertificates(CertificateFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher);
    }

    public PretixCertificates(PretixClient client) {
        this(client.certificates());
    }

    @Override
    public CertificateFile fetch(long positionId, Consumer<FetchProgress> progress, CancelSignal cancel) throws Exception {
        Cancellation cancellation = new Cancellation();
        Runnable unregister = cancel.onCancel(cancellation::cancel);
        try {
            CertificatePdf pdf = fetcher.fetch(positionId, cancellation, (attempt, elapsed, state) -> {
                // The client counts HTTP requests; the first one only asks, so polls are one fewer.
                progress.accept(switch (state) {
                    case ASKING -> FetchProgress.asking();
                    case PREPARING -> new FetchProgress(FetchProgress.Step.PREPARING, Math.max(1, attempt - 1), elapsed);
                    case RESTARTING -> new FetchProgress(FetchProgress.Step.RESTARTING, Math.max(1, attempt - 1), elapsed);
                    case READY -> new FetchProgress(FetchProgress.Step.READY, Math.max(1, attempt - 1), elapsed);
                });
            });
            return new CertificateFile(pdf.fileName(), pdf.pdf());
        } finally {
            unregister.run();
        }
    }
}
