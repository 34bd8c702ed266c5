package org.layoutstudio.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.layoutstudio.layout.Element;
import org.layoutstudio.render.text.TextBlock;
import org.layoutstudio.render.text.TextLayoutEngine;

/**
 * Text elements laid out once per element and text within one document: in a batch most texts
 * (event, date, location, price) are the same on every ticket. Not thread-safe, like the document.
 */
final class LaidOutTexts {
    /** Distinct texts kept per element; a text that differs on every ticket (a name) starts over here. */
    static final int MAX_TEXTS_PER_ELEMENT = 64;

    private final TextLayoutEngine engine;
    private final Map<Element, Map<String, TextBlock>> blocks = new IdentityHashMap<>();

    LaidOutTexts(TextLayoutEngine engine) {
        this.engine = engine;
    }

    TextBlock of(Element e, String text) {
        Map<String, TextBlock> byText = blocks.computeIfAbsent(e, k -> new HashMap<>());
        TextBlock block = byText.get(text);
        if (block == null) {
            if (byText.size() >= MAX_TEXTS_PER_ELEMENT) {
                byText.clear();
            }
            block = engine.layout(e, text);
            byText.put(text, block);
        }
        return block;
    }
}
