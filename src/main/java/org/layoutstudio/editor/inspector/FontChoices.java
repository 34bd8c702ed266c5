package org.layoutstudio.editor.inspector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Font families offered in the inspector, and whether pretix can print them: pretix has only Open
 * Sans built in; the others come from font plugins such as pretix-fontpack-free (PRETIX.md §5.8).
 * An unknown family prints in Open Sans without any error, so the inspector warns.
 */
public final class FontChoices {
    public static final String BUILT_IN = "Open Sans";
    /** The families of pretix-fontpack-free (PRETIX.md §5.8). */
    static final List<String> FONT_PACK = List.of("Noto Sans", "Noto Sans Japanese", "Noto Sans Traditional Chinese",
            "Noto Sans Simplified Chinese", "Roboto", "Roboto Condensed", "Droid Serif", "Fira Sans", "Lato", "Oswald",
            "Titillium", "Titillium Upright", "Titillium Semibold Upright", "Montserrat", "Vollkorn", "DejaVu Sans",
            "Baloo Bhaijaan", "Tajawal", "Poppins", "Almarai", "Ubuntu", "Space Mono");

    private final List<String> families;

    /** {@code local}: the families this computer's renderer can draw. */
    public FontChoices(List<String> local) {
        Set<String> all = new LinkedHashSet<>();
        all.add(BUILT_IN);
        all.addAll(FONT_PACK);
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
        if (BUILT_IN.equals(family)) {
            return null;
        }
        if (FONT_PACK.contains(family)) {
            return "pretix prints " + family + " only with the font pack plugin (pretix-fontpack-free); without it, Open Sans.";
        }
        return "pretix does not know “" + family + "” unless a font plugin provides it; otherwise it prints in Open Sans.";
    }
}
