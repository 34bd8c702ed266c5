package org.layoutstudio.render.text;

/**
 * The face a layout's font request resolved to: the family and style actually used, and whether
 * the requested family was unknown so that Open Sans stands in for it (as pretix does).
 *
 * @param family   the family of the face used (e.g. "Open Sans")
 * @param bold     whether the face used is bold
 * @param italic   whether the face used is italic
 * @param fallback true when the requested family is unknown and Open Sans is used instead
 */
public record ResolvedFont(String family, boolean bold, boolean italic, boolean fallback) {

    /** A stable key naming the face (family and style), e.g. {@code "Open Sans|B|I"}; the same face gives the same key. */
    public String key() {
        return family + (bold ? "|B" : "|") + (italic ? "|I" : "|");
    }

    /** pretix's registered font name: {@code "Open Sans"}, {@code "Open Sans B"}, {@code "Open Sans B I"}. */
    public String pretixName() {
        return family + (bold ? " B" : "") + (italic ? " I" : "");
    }
}
