package org.layoutstudio.pretix;

/** Where a certificate download stands, reported to {@link CertificateProgress}. */
public enum CertificateState {
    /** Asking pretix for the certificate (the first URL, answered by 303). */
    ASKING,
    /** pretix is preparing the PDF (409); waiting before the next poll. */
    PREPARING,
    /** The prepared result was gone (404/410); asking again from the start. */
    RESTARTING,
    /** The PDF has arrived. */
    READY
}
