package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;

/** The image of an image area: empty or an image variable of the event (file-upload questions, plugins). */
final class ImageContentField extends InspectorField {
    private final ComboBox<ContentOption> combo = new ComboBox<>();
    private final Supplier<EventContext> event;
    private boolean loading;

    ImageContentField(EditorDocument doc, Supplier<EventContext> event) {
        super("Image", Set.of(ElementType.IMAGEAREA));
        this.event = event;
        combo.setId("inspector-image-content");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                Edits.apply(doc, "Change image", e -> e.withString("content", b.key()));
            }
        });
    }

    @Override
    Node editor() {
        return combo;
    }

    @Override
    void load(List<Element> selection) {
        List<ContentOption> options = ContentOptions.forImages(event.get());
        String key = Edits.common(selection, e -> e.string("content", ""));
        loading = true;
        combo.getItems().setAll(options);
        ContentOption chosen = key == null ? null : ContentOptions.find(options, key);
        if (chosen != null && !combo.getItems().contains(chosen)) {
            combo.getItems().add(chosen);
        }
        combo.setValue(chosen);
        loading = false;
    }
}
