package org.layoutstudio.editor.document;

import java.util.List;

/**
 * What the connected event adds to the editor: its languages (for per-language texts and the
 * preferred language), its text variables (questions, meta properties) and its image variables.
 */
public record EventContext(String eventName, List<String> locales, List<EventVariable> textVariables,
                           List<EventVariable> imageVariables) {
    public static final EventContext NONE = new EventContext("", List.of(), List.of(), List.of());

    public EventContext {
        locales = List.copyOf(locales);
        textVariables = List.copyOf(textVariables);
        imageVariables = List.copyOf(imageVariables);
    }
}
