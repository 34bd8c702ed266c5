package org.layoutstudio.editor.model;

import java.util.Objects;

/**
 * The background PDF of a layout as the server has it, and how the editor got it: downloaded, taken
 * from the built-in copy of pretix's default, or — when it could not be fetched — a blank stand-in
 * page, which saving never sends (the server's background stays untouched).
 *
 * @param pdf     the bytes shown while the document is on this background
 * @param source  where they came from
 * @param problem why the server's background could not be fetched (a sentence), or null
 */
public record ServerBackground(byte[] pdf, Source source, String problem) {
    public enum Source { DOWNLOADED, PRETIX_DEFAULT, UNAVAILABLE }

    public ServerBackground {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(source, "source");
    }

    public static ServerBackground downloaded(byte[] pdf) {
        return new ServerBackground(pdf, Source.DOWNLOADED, null);
    }

    public static ServerBackground pretixDefault(byte[] pdf) {
        return new ServerBackground(pdf, Source.PRETIX_DEFAULT, null);
    }

    public static ServerBackground unavailable(byte[] standIn, String problem) {
        return new ServerBackground(standIn, Source.UNAVAILABLE, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isUnavailable() {
        return source == Source.UNAVAILABLE;
    }
}
