package org.layoutstudio.layout;

import java.util.List;

/**
 * What preflight and the inspector need to know of fonts, answered by the renderer's font catalogue
 * (this package reads no font files): which families pretix would draw for the event, which are
 * installed here, and which characters a face lacks (pretix prints a box for each).
 */
public interface FontFacts {
    /** Whether pretix would draw a family, and whether it can be drawn here. */
    enum Availability {
        /** Open Sans: every pretix has it, and so does this app. */
        BUILT_IN,
        /** The event offers it (a font plugin) and its files are installed here. */
        OFFERED,
        /** The event offers it, but its files are not installed here: the preview shows Open Sans. */
        OFFERED_NOT_INSTALLED,
        /** The event does not offer it: pretix prints Open Sans. */
        NOT_OFFERED
    }

    /** What pretix and this app make of a {@code fontfamily}. */
    Availability availability(String family);

    /** The families the event offers besides Open Sans. */
    java.util.Set<String> offered();

    /**
     * The characters the face pretix draws {@code text} in lacks (each once, in the order printed,
     * after Arabic shaping), or "" when that face is not installed here.
     */
    String missingGlyphs(String family, boolean bold, boolean italic, String text);

    /** The installed families whose regular face has every character of {@code chars}, offered ones first. */
    List<String> familiesCovering(String chars);
}
