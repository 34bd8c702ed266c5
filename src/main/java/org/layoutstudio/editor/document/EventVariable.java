package org.layoutstudio.editor.document;

/** An event-specific content key (question, meta property, image) with its label and a sample value. */
public record EventVariable(String key, String label, String sample) {
}
