package org.layoutstudio.editor.save;

import java.util.List;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixVersion;

/**
 * Validation (pretix's schema: errors) and preflight (likely printing problems: warnings) of a layout
 * on its background, run before saving and when the JSON source is applied. Runs off the FX thread.
 * The findings are worded in the user's language where they are shown ({@code layout.LayoutTexts}).
 */
public interface LayoutChecks {
    List<Finding> check(LayoutDocument layout, byte[] backgroundPdf);

    /**
     * The same for a layout that goes to a server running pretix {@code server} (null: unknown), so
     * that the checks can say where that version prints differently. Without such checks, as above.
     */
    default List<Finding> check(LayoutDocument layout, byte[] backgroundPdf, PretixVersion server) {
        return check(layout, backgroundPdf);
    }

    /** Checks nothing (tests, or when no validator is available). */
    LayoutChecks NONE = (layout, bg) -> List.of();
}
