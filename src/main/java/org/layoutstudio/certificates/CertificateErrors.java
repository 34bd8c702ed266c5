package org.layoutstudio.certificates;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/** The one place that turns any failure of a certificate fetch into a sentence for the user. */
public final class CertificateErrors {
    private CertificateErrors() {
    }

    public static String message(Throwable error) {
        return message(error, "The certificate could not be fetched. Please try again.");
    }

    /** The same, with {@code fallback} for failures nobody foresaw (e.g. "The search failed."). */
    public static String message(Throwable error, String fallback) {
        Throwable e = unwrap(error);
        if (e instanceof CertificateProblem p) {
            return forProblem(p);
        }
        if (isCancel(e)) {
            return "Cancelled.";
        }
        if (e instanceof UnknownHostException || e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return offline();
        }
        if (e instanceof InterruptedIOException) {
            return "pretix did not answer in time. Please try again later.";
        }
        if (e instanceof IOException) {
            return "The connection to pretix failed. Check your network and try again.";
        }
        return fallback;
    }

    /** True when the failure is the user's own cancel, which is not an error to show in red. */
    public static boolean isCancel(Throwable error) {
        Throwable e = unwrap(error);
        return e instanceof CancellationException || e instanceof InterruptedException;
    }

    private static String forProblem(CertificateProblem p) {
        return switch (p.kind()) {
            case REFUSED -> p.detail().isEmpty()
                    ? "pretix refused the download: you may lack permission, or downloads are not available for this position."
                    : "pretix refused the download: " + sentence(p.detail());
            case NOT_FOUND -> "Not found: there is no such position, or the certificates plugin is not installed for this event.";
            case TIMED_OUT -> "pretix is still preparing the certificate. Please try again later.";
            case OFFLINE -> offline();
            case THROTTLED -> "pretix asks us to slow down (too many requests). Please try again in a minute.";
            case NOT_AUTHORIZED -> "pretix did not accept the API token. Check the connection settings.";
            case OTHER -> p.detail().isEmpty() ? "The certificate could not be fetched. Please try again." : sentence(p.detail());
        };
    }

    private static String offline() {
        return "pretix cannot be reached. Check your network connection and the server address.";
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof java.util.concurrent.CompletionException
                || (t instanceof RuntimeException && t.getClass() == RuntimeException.class)) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
