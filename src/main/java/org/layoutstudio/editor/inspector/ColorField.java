package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ColorPicker;
import javafx.scene.paint.Color;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.Rgba;
import org.layoutstudio.ui.Texts;

/** Text or QR colour, written as pretix's {@code [r, g, b, a]}; no colour shown when the selected elements differ. */
final class ColorField extends InspectorField {
    private final ColorPicker picker = new ColorPicker();
    private boolean loading;

    ColorField(EditorDocument doc, Texts texts, String key, Set<ElementType> types) {
        super(key, types, texts);
        picker.setId(id());
        picker.setOnAction(e -> {
            Color c = picker.getValue();
            if (!loading && c != null) {
                Rgba rgba = new Rgba(Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                        Math.round(c.getBlue() * 255), 1);
                Edits.apply(doc, texts, step(), el -> el.withColor(rgba));
            }
        });
    }

    @Override
    Node editor() {
        return picker;
    }

    @Override
    void load(List<Element> selection) {
        String hex = Edits.common(selection, e -> e.color().hex());
        loading = true;
        picker.setValue(hex == null ? null : Color.web(hex));
        loading = false;
    }
}
