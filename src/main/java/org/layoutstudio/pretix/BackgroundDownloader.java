package org.layoutstudio.pretix;

import okhttp3.HttpUrl;

/**
 * Downloads a background PDF from wherever pretix stores it. The transport adds the token only
 * on the API's origin, so following a redirect to a media host never leaks it.
 */
final class BackgroundDownloader {
    private static final int MAX_REDIRECTS = 5;

    private final HttpTransport transport;
    private final long maxBytes;

    BackgroundDownloader(HttpTransport transport, long maxBytes) {
        this.transport = transport;
        this.maxBytes = maxBytes;
    }

    byte[] download(String url, Cancellation cancel) throws PretixException {
        HttpUrl u = url == null ? null : transport.connection().base().resolve(url.trim());
        if (u == null) {
            throw new PretixException(PretixException.Kind.BAD_RESPONSE, "The background address \"" + url + "\" is not a web address.", null);
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpTransport.Answer a = transport.send("GET", u, null, maxBytes, cancel);
            int s = a.status();
            if (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) {
                String loc = a.header("Location");
                HttpUrl next = loc == null ? null : u.resolve(loc);
                if (next == null) {
                    throw ErrorMapper.badResponse("background PDF", "a redirect without a usable address");
                }
                u = next;
                continue;
            }
            if (s != 200) {
                throw transport.errors().forStatus(s, a.body(), transport.retryAfter(a), "background PDF");
            }
            if (!PdfBytes.looksLikePdf(a.body())) {
                throw ErrorMapper.badResponse("background PDF", "not a PDF file: " + transport.errors().redact(ErrorMapper.snippet(a.body())));
            }
            return a.body();
        }
        throw ErrorMapper.badResponse("background PDF", "more than " + MAX_REDIRECTS + " redirects");
    }
}
