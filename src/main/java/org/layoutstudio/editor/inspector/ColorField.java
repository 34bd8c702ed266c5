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

/** Text or QR colour, written as pretix's {@code [r, g, b, a]}. */
final class ColorField extends InspectorField {
    private final ColorPicker picker = new ColorPicker();
    private boolean loading;

    ColorField(EditorDocument doc, String label, Set<ElementType> types) {
        super(label, types);
        picker.setId("inspector-color");
        picker.setOnAction(e -> {
            if (!loading) {
                Color c = picker.getValue();
                Rgba rgba = new Rgba(Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                        Math.round(c.getBlue() * 255), 1);
                Edits.apply(doc, "Change colour", el -> el.withColor(rgba));
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
        picker.setValue(hex == null ? Color.TRANSPARENT : Color.web(hex));
        loading = false;
    }
}
