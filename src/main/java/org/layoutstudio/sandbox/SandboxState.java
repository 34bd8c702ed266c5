package org.layoutstudio.sandbox;

import java.time.Clock;
import java.time.Duration;

/** Everything the sandbox knows: demo data, layouts, uploads, certificate jobs. Thread-safe. */
public final class SandboxState {
    private final Tokens tokens = new Tokens();
    private final SandboxFaults faults;
    private final Clock clock;
    private volatile Duration uploadLifetime;
    private volatile Duration certificatePreparation;

    SandboxState(SandboxOptions options, SandboxFaults faults) {
        this.faults = faults;
        this.clock = options.clock();
        this.uploadLifetime = options.uploadLifetime();
        this.certificatePreparation = options.certificatePreparation();
    }

    Tokens tokens() {
        return tokens;
    }

    SandboxFaults faults() {
        return faults;
    }

    Clock clock() {
        return clock;
    }

    Duration uploadLifetime() {
        return uploadLifetime;
    }

    void setUploadLifetime(Duration d) {
        uploadLifetime = d;
    }

    Duration certificatePreparation() {
        return certificatePreparation;
    }

    void setCertificatePreparation(Duration d) {
        certificatePreparation = d;
    }
}
