package org.layoutstudio.editor.save;

import java.util.List;
import org.layoutstudio.layout.LayoutDocument;

/**
 * Validation (pretix's schema: errors) and preflight (likely printing problems: warnings) of a layout
 * on its background, run before saving and when the JSON source is applied. Runs off the FX thread.
 */
public interface LayoutChecks {
    List<Finding> check(LayoutDocument layout, byte[] backgroundPdf);

    /** Checks nothing (tests, or when no validator is available). */
    LayoutChecks NONE = (layout, bg) -> List.of();
}
