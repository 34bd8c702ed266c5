package org.layoutstudio.pretix;

import java.time.Duration;

/** Hears how a download that pretix prepares (a certificate, a ticket PDF) goes; called on the downloading thread. */
@FunctionalInterface
public interface DownloadProgress {
    /**
     * @param attempt the number of the HTTP request about to be made or just answered (1-based)
     * @param elapsed the time since the download began
     * @param state   where the download stands
     */
    void update(int attempt, Duration elapsed, DownloadState state);

    /** Ignores all updates. */
    static DownloadProgress none() {
        return (a, e, s) -> { };
    }
}
