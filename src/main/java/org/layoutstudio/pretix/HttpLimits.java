package org.layoutstudio.pretix;

import java.time.Duration;
import org.layoutstudio.layout.InputLimits;

/**
 * How long the pretix client waits, and how much JSON it reads. pretix answers API calls within
 * a second or two; its uploads are at most 10 MB (PRETIX.md §1.10). The size of PDFs downloaded
 * is {@link PretixClient#DEFAULT_MAX_DOWNLOAD_BYTES}, pagination stops at
 * {@link PretixClient#MAX_PAGES} pages.
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

    private HttpLimits() {
    }
}
