package org.layoutstudio.ui;

import java.util.function.Function;
import org.layoutstudio.pretix.PretixException;

/**
 * The pretix client's typed errors, mapped to reports. pretix's own words (its {@code detail}, e.g.
 * "Invalid token.") are shown as they are; network failures are explained by their cause.
 */
final class PretixErrors {
    private PretixErrors() {
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
            case NETWORK, TIMED_OUT -> p.getCause() != null ? classifyCause.apply(p.getCause())
                    : p.kind() == PretixException.Kind.TIMED_OUT ? m.report("timeout") : m.report("io", p.userMessage());
            default -> m.report("pretix.other", p.userMessage());
        };
    }
}
