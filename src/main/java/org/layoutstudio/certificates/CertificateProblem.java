package org.layoutstudio.certificates;

/**
 * A failure the viewer can explain in plain words. Adapters turn their client's errors into one of
 * these kinds so that the wording lives in one place ({@link CertificateErrors}).
 */
public final class CertificateProblem extends Exception {
    /** What went wrong, as far as the user is concerned. */
    public enum Kind {
        /** pretix refused (403); {@code detail} carries pretix's own reason. */
        REFUSED,
        /** No such position, or the certificates plugin is missing (404). */
        NOT_FOUND,
        /** pretix did not finish preparing the PDF in time. */
        TIMED_OUT,
        /** pretix could not be reached. */
        OFFLINE,
        /** pretix asks us to slow down (429) and we gave up waiting. */
        THROTTLED,
        /** The token is wrong or expired (401). */
        NOT_AUTHORIZED,
        /** Anything else; {@code detail} is a sentence already. */
        OTHER
    }

    private final Kind kind;
    private final String detail;

    public CertificateProblem(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public CertificateProblem(Kind kind, String detail, Throwable cause) {
        super(kind + (detail == null ? "" : ": " + detail), cause);
        this.kind = kind;
        this.detail = detail == null ? "" : detail.strip();
    }

    public Kind kind() {
        return kind;
    }

    /** pretix's own words (403 reason) or an adapter's sentence; may be empty. */
    public String detail() {
        return detail;
    }
}
