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
import org.layoutstudio.ui.Texts;

/** The image of an image area: empty or an image variable of the event (file-upload questions, plugins). */
final class ImageContentField extends InspectorField {
    private final ComboBox<ContentOption> combo = new ComboBox<>();
    private final Supplier<EventContext> event;
    private final ContentOptions options;
    private boolean loading;

    ImageContentField(EditorDocument doc, Texts texts, Supplier<EventContext> event) {
        super("image", Set.of(ElementType.IMAGEAREA), texts);
        this.event = event;
        this.options = new ContentOptions(texts);
        combo.setId("inspector-image-content");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                Edits.apply(doc, texts, step(), e -> e.withString("content", b.key()));
            }
        });
    }

    @Override
    Node editor() {
        return combo;
    }

    @Override
    void load(List<Element> selection) {
        List<ContentOption> all = options.forImages(event.get());
        String key = Edits.common(selection, e -> e.string("content", ""));
        loading = true;
        combo.getItems().setAll(all);
        ContentOption chosen = key == null ? null : options.find(all, key);
        if (chosen != null && !combo.getItems().contains(chosen)) {
            combo.getItems().add(chosen);
        }
        combo.setValue(chosen);
        loading = false;
    }
}
