package org.layoutstudio.editor.model;

import java.util.Locale;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.ui.Texts;

/**
 * Element types in the user's words ("Text box", "QR code"), from the bundle's
 * {@code editor.elementType.*}: for the inspector's title, the names of undo steps, the differences
 * of a conflict.
 */
public final class ElementTypeNames {
    private ElementTypeNames() {
    }

    public static String of(Texts texts, ElementType type) {
        return texts.get("editor.elementType." + type.name().toLowerCase(Locale.ROOT));
    }
}
