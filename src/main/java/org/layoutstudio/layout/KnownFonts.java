package org.layoutstudio.layout;

import java.util.List;
import java.util.Locale;

/**
 * The font families a pretix server can print with (PRETIX.md §5.8), by name. pretix's API lists no
 * fonts; a family the event does not offer is printed in Open Sans. What the renderer draws (offered
 * and installed families) is {@link FontFacts}.
 */
public final class KnownFonts {
    /** Where a family comes from, which says how sure we can be that the server has it. */
    public enum Availability {
        /** Built into pretix: always there. */
        BUILT_IN,
        /** Comes with the pretix-fontpack-free plugin: there only if the plugin is installed. */
        FONT_PACK,
        /** Neither: only a custom font plugin can provide it. */
        UNKNOWN
    }

    public static final String OPEN_SANS = "Open Sans";

    /**
     * The families of pretix/pretix-fontpack-free 1.11.1, in the plugin's order. It registers them
     * with pretix's global {@code register_fonts} signal and is not visible in an event's plugin
     * list: a pretix with the plugin installed offers them to every event.
     */
    private static final List<String> FONT_PACK = List.of(
            "Noto Sans", "Noto Sans Japanese", "Noto Sans Traditional Chinese", "Noto Sans Simplified Chinese",
            "Noto Sans Thai", "Roboto", "Roboto Condensed", "Droid Serif", "Fira Sans", "Lato", "Oswald", "Titillium",
            "Titillium Upright", "Titillium Semibold Upright", "Montserrat", "Vollkorn", "DejaVu Sans",
            "Baloo Bhaijaan", "Tajawal", "Poppins", "Almarai", "Ubuntu", "Space Mono");

    private KnownFonts() {
    }

    public static Availability availability(String family) {
        if (OPEN_SANS.equals(family)) {
            return Availability.BUILT_IN;
        }
        return FONT_PACK.contains(family) ? Availability.FONT_PACK : Availability.UNKNOWN;
    }

    /** Open Sans, then the font pack's families: what a font menu should offer. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>();
        all.add(OPEN_SANS);
        all.addAll(FONT_PACK);
        return List.copyOf(all);
    }

    public static List<String> fontPack() {
        return FONT_PACK;
    }

    /** The known family spelt like this but for case and spaces ("opensans" → "Open Sans"), or null. */
    public static String closest(String family) {
        String k = squash(family);
        for (String f : all()) {
            if (squash(f).equals(k)) {
                return f;
            }
        }
        return null;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
