package org.layoutstudio.sandbox;

import java.time.Duration;

/**
 * Every limit of the sandbox's HTTP plumbing. The JDK's server reads its limits from system
 * properties once per JVM, when its first server is made: {@link #apply()} sets them before
 * that, unless a {@code -D} on the command line set them already (that one wins).
 */
final class ServerLimits {
    /**
     * A request must have arrived whole, headers and body, this long after its first byte; a
     * connection that sends nothing at all is closed after this too. Loopback carries the
     * largest upload (10 MB) in well under a second.
     */
    static final Duration MAX_REQUEST_TIME = Duration.ofSeconds(30);
    /** An answer must have been taken by the client this long after the request arrived (fault delays included). */
    static final Duration MAX_RESPONSE_TIME = Duration.ofMinutes(5);
    /** A kept-alive connection without a new request is closed after this. */
    static final Duration IDLE_TIME = Duration.ofSeconds(30);
    /** How often idle and newly opened connections are looked at. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(1);
    /** Header lines of one request: pretix's clients send about ten. */
    static final int MAX_HEADERS = 100;
    /** All headers of one request together, in bytes. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** Connections open at once; more wait until one closes. */
    static final int MAX_CONNECTIONS = 200;
    /** The largest body, pretix's upload limit: larger ones are answered 413. */
    static final int MAX_BODY = 10 * 1024 * 1024;
    /**
     * How much of a too large body is still read (and dropped), so that a client that sends a
     * little too much gets its 413 on a connection that stays usable; beyond it the connection
     * is closed unread.
     */
    static final int MAX_DRAIN = 1024 * 1024;

    private ServerLimits() {
    }

    /** Sets the JDK server's properties that are not set yet. */
    static void apply() {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every response
        // (the JDK server writes headers and body separately).
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        setIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(MAX_REQUEST_TIME.toSeconds()));
        setIfAbsent("sun.net.httpserver.maxRspTime", Long.toString(MAX_RESPONSE_TIME.toSeconds()));
        setIfAbsent("sun.net.httpserver.idleInterval", Long.toString(IDLE_TIME.toSeconds()));
        setIfAbsent("sun.net.httpserver.clockTick", Long.toString(IDLE_CHECK.toMillis()));
        setIfAbsent("sun.net.httpserver.maxReqHeaders", Integer.toString(MAX_HEADERS));
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));
        setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
