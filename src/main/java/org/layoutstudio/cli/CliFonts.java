package org.layoutstudio.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.FontException;

/** The fonts of {@code --font FILE|DIR}: the fonts the user's pretix offers through its font plugins. */
final class CliFonts {
    private CliFonts() {
    }

    /** Adds the files and folders to the catalogue; returns the families found in them. */
    static Set<String> add(FontCatalog catalog, List<Path> filesOrFolders) throws FontException {
        Set<String> families = new LinkedHashSet<>();
        for (Path p : filesOrFolders) {
            families.addAll(catalog.add(p));
        }
        return families;
    }
}
