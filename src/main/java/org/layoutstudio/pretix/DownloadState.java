package org.layoutstudio.pretix;

/** Where a download that pretix prepares stands, reported to {@link DownloadProgress}. */
public enum DownloadState {
    /** Asking pretix for the file (the first URL). */
    ASKING,
    /** pretix is preparing the file (409, or the 303 to a result that is not ready yet); waiting before the next poll. */
    PREPARING,
    /** The prepared result was gone (404/410); asking again from the start. */
    RESTARTING,
    /** The PDF has arrived. */
    READY
}
