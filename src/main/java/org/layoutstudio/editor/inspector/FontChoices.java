package org.layoutstudio.editor.inspector;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.layoutstudio.layout.FontFacts;
import org.layoutstudio.layout.KnownFonts;
import org.layoutstudio.render.text.FontCatalog;

/**
 * The font families the inspector offers, as pretix resolves them (PRETIX.md §5.8): Open Sans, which
 * every pretix has; the families the event offers through font plugins (drawn when installed here);
 * the families installed here that pretix would not draw (it prints Open Sans for them). Each comes
 * with a line that says which, and what the preview uses.
 */
public final class FontChoices {
    public static final String BUILT_IN = KnownFonts.OPEN_SANS;

    private final FontCatalog catalog;
    private final ResourceBundle texts;

    /** @param catalog the renderer's fonts (what the canvas and the preview draw with); its index is read on first use */
    public FontChoices(FontCatalog catalog, ResourceBundle texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Open Sans, then the offered families, then the other installed ones, each group sorted. */
    public List<String> families() {
        List<String> offered = new ArrayList<>(catalog.offered());
        offered.sort(String.CASE_INSENSITIVE_ORDER);
        List<String> all = new ArrayList<>();
        all.add(BUILT_IN);
        all.addAll(offered);
        for (String f : catalog.installedFamilies()) {
            if (!all.contains(f)) {
                all.add(f);
            }
        }
        return all;
    }

    /** What a family is: built in, offered and installed, offered but missing here, or not offered. */
    public FontFacts.Availability availability(String family) {
        return catalog.availability(family);
    }

    /** One line for the list: "Offered by the event · installed here" and the like. */
    public String status(String family) {
        return text(switch (catalog.availability(family)) {
            case BUILT_IN -> "fonts.status.builtIn";
            case OFFERED -> "fonts.status.offered";
            case OFFERED_NOT_INSTALLED -> "fonts.status.offeredMissing";
            case NOT_OFFERED -> "fonts.status.notOffered";
        });
    }

    /** "Preview: Open Sans": the face the canvas and the preview draw the family with. */
    public String preview(String family) {
        return MessageFormat.format(text("fonts.preview"), catalog.resolve(family, false, false).family());
    }

    /** A warning sentence for a family pretix will not print as named here, or null when it will. */
    public String warning(String family) {
        if (family == null || family.isBlank()) {
            return text("fonts.warning.empty");
        }
        return switch (catalog.availability(family)) {
            case BUILT_IN, OFFERED -> null;
            case OFFERED_NOT_INSTALLED -> MessageFormat.format(text("fonts.warning.notInstalled"), family);
            case NOT_OFFERED -> {
                String close = KnownFonts.closest(family);
                yield close != null && !close.equals(family) && catalog.availability(close) != FontFacts.Availability.NOT_OFFERED
                        ? MessageFormat.format(text("fonts.warning.spelling"), family, close)
                        : MessageFormat.format(text("fonts.warning.notOffered"), family);
            }
        };
    }

    private String text(String key) {
        return texts.getString(key);
    }
}
