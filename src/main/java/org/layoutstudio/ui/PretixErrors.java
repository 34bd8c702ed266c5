package org.layoutstudio.ui;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.layoutstudio.pretix.FieldError;
import org.layoutstudio.pretix.PretixException;

/**
 * The pretix client's typed errors, mapped to reports in the user's language. pretix's own words
 * (its {@code detail}, e.g. "Invalid token.", and its field errors) are shown as they are; the
 * client's English sentences are not (they stay in the details); network failures are explained by
 * their cause.
 */
final class PretixErrors {
    private PretixErrors() {
    }

    /** True for the client's own "cancelled" (the user stopped the request). */
    static boolean isCancel(Throwable e) {
        return e instanceof PretixException p && p.kind() == PretixException.Kind.CANCELLED;
    }

    /** A report for a pretix client error, or null when {@code e} is not one. */
    static ErrorReport explain(Throwable e, ErrorMessages m, Function<Throwable, ErrorReport> classifyCause) {
        if (!(e instanceof PretixException p)) {
            return null;
        }
        String said = p.detail().filter(d -> !d.isBlank()).orElse("");
        return switch (p.kind()) {
            case UNAUTHORIZED -> saying(m, "pretix.auth", said);
            case FORBIDDEN -> saying(m, "pretix.forbidden", said);
            case NOT_FOUND, GONE -> saying(m, "pretix.notFound", said);
            case BAD_REQUEST -> saying(m, "pretix.rejected", rejection(p, said));
            case CONFLICT -> m.report("pretix.busy");
            case RATE_LIMITED -> p.retryAfter().map(d -> m.report("pretix.rateLimited", Math.max(1, d.toSeconds())))
                    .orElseGet(() -> m.reportWithout("pretix.rateLimited"));
            case SERVER_ERROR -> m.report("pretix.server", String.valueOf(p.status()));
            case BAD_RESPONSE -> m.report("pretix.badResponse");
            case REFUSED -> m.report("pretix.refused");
            case UNTRUSTED_CERTIFICATE -> m.report("pretix.untrusted");
            case CANCELLED -> m.report("cancelled");
            // pretix kept answering "not ready yet" (409) until the time limit: it is busy, not gone.
            case TIMED_OUT -> p.status() == 409 ? m.report("pretix.notReady")
                    : p.getCause() != null ? classifyCause.apply(p.getCause()) : m.report("timeout");
            case NETWORK -> p.getCause() instanceof ConnectException || p.getCause() instanceof NoRouteToHostException
                    ? m.report("pretix.offline")
                    : p.getCause() != null ? classifyCause.apply(p.getCause()) : m.report("io");
            default -> said.isEmpty() ? m.report("pretix.unexpected", String.valueOf(p.status())) : m.report("pretix.other", said);
        };
    }

    /** "pretix says: …" with pretix's words, or the key's sentence for when pretix gave none. */
    private static ErrorReport saying(ErrorMessages m, String key, String said) {
        return said.isEmpty() ? m.reportWithout(key) : m.report(key, said);
    }

    /** pretix's complaints about the fields, one a line, or its detail. */
    private static String rejection(PretixException p, String said) {
        if (p.fieldErrors().isEmpty()) {
            return said;
        }
        return p.fieldErrors().stream().map(FieldError::describe).collect(Collectors.joining("\n"));
    }
}
