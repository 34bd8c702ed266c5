package org.layoutstudio.editor.inspector;

import java.util.List;
import java.util.function.UnaryOperator;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.ui.Texts;

/** Applies one committed inspector edit to every selected element as one undo step. */
final class Edits {
    private Edits() {
    }

    /** {@code step} names the edit in the undo menu; for several elements it says how many. */
    static void apply(EditorDocument doc, Texts texts, String step, UnaryOperator<Element> change) {
        List<Element> selected = doc.selection().elements();
        if (selected.isEmpty()) {
            return;
        }
        String name = selected.size() == 1 ? step : texts.get("editor.inspector.stepMany", step, selected.size());
        doc.run(ReplaceElementsCommand.of(name, selected, change));
    }

    /** The value all elements share, or null when they differ. */
    static <T> T common(List<Element> elements, java.util.function.Function<Element, T> getter) {
        T first = null;
        boolean seen = false;
        for (Element e : elements) {
            T v = getter.apply(e);
            if (!seen) {
                first = v;
                seen = true;
            } else if (!java.util.Objects.equals(first, v)) {
                return null;
            }
        }
        return first;
    }
}
