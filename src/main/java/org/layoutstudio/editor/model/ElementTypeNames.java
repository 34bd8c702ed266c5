package org.layoutstudio.editor.model;

import java.util.Locale;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.ui.Texts;

/**
 * Element types in the user's words as a title or list entry ("Text box", "QR code"), from the
 * bundle's {@code editor.typeTitle.*}: the inspector's title, the elements named in a conflict.
 */
public final class ElementTypeNames {
    private ElementTypeNames() {
    }

    public static String title(Texts texts, ElementType type) {
        return texts.get("editor.typeTitle." + type.name().toLowerCase(Locale.ROOT));
    }
}
