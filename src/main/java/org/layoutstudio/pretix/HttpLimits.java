package org.layoutstudio.pretix;

import java.time.Duration;
import org.layoutstudio.layout.InputLimits;

/**
 * Every limit of the pretix client in one place: how much it reads and how long it waits. pretix
 * answers API calls within a second or two; its uploads are at most 10 MB (PRETIX.md §1.10).
 */
final class HttpLimits {
    /** To open a connection, TLS handshake included. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Silence while reading or writing; a server that stops sending is given up here. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /**
     * One attempt, from connecting to the last byte of the answer: a server that sends a byte now
     * and then never trips {@link #READ_TIMEOUT}, but trips this. 10 MB at 2 Mbit/s take 40 s.
     */
    static final Duration CALL_DEADLINE = Duration.ofSeconds(45);
    /** One request in all: every attempt, back-off and rate-limit wait. */
    static final Duration REQUEST_BUDGET = Duration.ofSeconds(60);
    /** The largest JSON answer read (a page of 50 order positions with pdf_data is about 200 KB). */
    static final long MAX_JSON_BYTES = InputLimits.MAX_JSON_BYTES;
    /** The largest PDF downloaded or uploaded: five times pretix's own upload limit of 10 MB. */
    static final long MAX_DOWNLOAD_BYTES = 50L * 1024 * 1024;
    /** Pagination stops after this many pages (50 items each) rather than loop for ever. */
    static final int MAX_PAGES = 400;

    private HttpLimits() {
    }
}
