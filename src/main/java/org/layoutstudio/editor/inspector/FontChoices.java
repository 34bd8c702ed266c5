package org.layoutstudio.editor.inspector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.layoutstudio.layout.KnownFonts;

/**
 * Font families offered in the inspector, and whether pretix can print them: pretix has only Open
 * Sans built in; the others come from font plugins such as pretix-fontpack-free (PRETIX.md §5.8).
 * An unknown family prints in Open Sans without any error, so the inspector warns.
 */
public final class FontChoices {
    public static final String BUILT_IN = KnownFonts.OPEN_SANS;

    private final List<String> families;

    /** {@code local}: the families this computer's renderer can draw ({@code FontCatalog.families()}). */
    public FontChoices(List<String> local) {
        Set<String> all = new LinkedHashSet<>(KnownFonts.all());
        all.addAll(local);
        this.families = new ArrayList<>(all);
        families.subList(1, families.size()).sort(String.CASE_INSENSITIVE_ORDER);
    }

    public List<String> families() {
        return families;
    }

    /** A warning sentence for a family pretix may not print, or null when pretix surely has it. */
    public static String warning(String family) {
        if (family == null || family.isBlank()) {
            return "Without a font pretix prints in Open Sans.";
        }
        switch (KnownFonts.availability(family)) {
            case BUILT_IN:
                return null;
            case FONT_PACK:
                return "pretix prints " + family + " only with the font pack plugin (pretix-fontpack-free); without it, Open Sans.";
            default:
                String close = KnownFonts.closest(family);
                return close != null ? "pretix knows this font as “" + close + "”; “" + family + "” prints in Open Sans."
                        : "pretix does not know “" + family + "” unless a font plugin provides it; otherwise it prints in Open Sans.";
        }
    }
}
