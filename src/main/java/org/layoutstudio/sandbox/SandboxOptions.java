package org.layoutstudio.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SandboxServer} starts: address, port and the timings tests want short.
 * Immutable; each {@code withX} returns a changed copy.
 */
public final class SandboxOptions {
    /** pretix keeps {@code file:} ids of uploads for one day. */
    public static final Duration DEFAULT_UPLOAD_LIFETIME = Duration.ofHours(24);
    /** Long enough that a client sees at least one 409 with a one-second poll. */
    public static final Duration DEFAULT_CERTIFICATE_PREPARATION = Duration.ofSeconds(3);

    private final String host;
    private final int port;
    private final Duration uploadLifetime;
    private final Duration certificatePreparation;
    private final Clock clock;

    private SandboxOptions(String host, int port, Duration uploadLifetime, Duration certificatePreparation, Clock clock) {
        this.host = host;
        this.port = port;
        this.uploadLifetime = uploadLifetime;
        this.certificatePreparation = certificatePreparation;
        this.clock = clock;
    }

    /** 127.0.0.1, a free port, pretix's timings, the system clock. */
    public static SandboxOptions defaults() {
        return new SandboxOptions("127.0.0.1", 0, DEFAULT_UPLOAD_LIFETIME, DEFAULT_CERTIFICATE_PREPARATION,
                Clock.systemUTC());
    }

    /** A loopback address to bind to, e.g. {@code 127.0.0.2} for a "different host" in redirect tests. */
    public SandboxOptions withHost(String loopbackAddress) {
        return new SandboxOptions(Objects.requireNonNull(loopbackAddress), port, uploadLifetime, certificatePreparation, clock);
    }

    /** 0 picks a free port. */
    public SandboxOptions withPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is a number from 0 to 65535, not " + port + ".");
        }
        return new SandboxOptions(host, port, uploadLifetime, certificatePreparation, clock);
    }

    public SandboxOptions withUploadLifetime(Duration lifetime) {
        return new SandboxOptions(host, port, Objects.requireNonNull(lifetime), certificatePreparation, clock);
    }

    public SandboxOptions withCertificatePreparation(Duration preparation) {
        return new SandboxOptions(host, port, uploadLifetime, Objects.requireNonNull(preparation), clock);
    }

    /** The clock behind upload expiry and certificate readiness; tests pass one they can advance. */
    public SandboxOptions withClock(Clock clock) {
        return new SandboxOptions(host, port, uploadLifetime, certificatePreparation, Objects.requireNonNull(clock));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Duration uploadLifetime() {
        return uploadLifetime;
    }

    public Duration certificatePreparation() {
        return certificatePreparation;
    }

    public Clock clock() {
        return clock;
    }
}
