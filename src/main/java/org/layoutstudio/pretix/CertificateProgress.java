package org.layoutstudio.pretix;

import java.time.Duration;

/** Hears how a certificate download goes; called on the downloading thread. */
@FunctionalInterface
public interface CertificateProgress {
    /**
     * @param attempt the number of the HTTP request about to be made or just answered (1-based)
     * @param elapsed the time since the download began
     * @param state   where the download stands
     */
    void update(int attempt, Duration elapsed, CertificateState state);

    /** Ignores all updates. */
    static CertificateProgress none() {
        return (a, e, s) -> { };
    }
}
