package org.layoutstudio.ui;

/**
 * The pretix client's typed errors, mapped to reports. Kept apart from {@link ErrorMessages} so that
 * the client's exception type is mentioned in one small class.
 */
final class PretixErrors {
    private PretixErrors() {
    }

    /** A report for a pretix client error, or null when {@code e} is not one. */
    static ErrorReport explain(Throwable e, ErrorMessages m) {
        return null; // filled in when org.layoutstudio.pretix.PretixException is merged
    }
}
