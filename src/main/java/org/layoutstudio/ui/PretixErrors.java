package org.layoutstudio.ui;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.util.function.Function;
import org.layoutstudio.pretix.PretixException;

/**
 * The pretix client's typed errors, mapped to reports. pretix's own words (its {@code detail}, e.g.
 * "Invalid token.") are shown as they are; network failures are explained by their cause.
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
        String said = p.detail().filter(d -> !d.isBlank()).orElse(p.userMessage());
        return switch (p.kind()) {
            case UNAUTHORIZED -> m.report("pretix.auth", said);
            case FORBIDDEN -> m.report("pretix.forbidden", said);
            case NOT_FOUND, GONE -> m.report("pretix.notFound", said);
            case RATE_LIMITED -> m.report("pretix.rateLimited", p.userMessage());
            case SERVER_ERROR -> m.report("pretix.server", p.userMessage());
            case CANCELLED -> m.report("cancelled");
            // pretix kept answering "not ready yet" (409) until the time limit: it is busy, not gone.
            case TIMED_OUT -> p.status() == 409 ? m.report("pretix.notReady")
                    : p.getCause() != null ? classifyCause.apply(p.getCause()) : m.report("timeout");
            case NETWORK -> p.getCause() instanceof ConnectException || p.getCause() instanceof NoRouteToHostException
                    ? m.report("pretix.offline")
                    : p.getCause() != null ? classifyCause.apply(p.getCause()) : m.report("io", p.userMessage());
            default -> m.report("pretix.other", p.userMessage());
        };
    }
}
