package org.layoutstudio.editor.document;

import com.fasterxml.jackson.databind.JsonNode;

/** A real order position for the preview: a label for people and pretix's {@code pdf_data} values. */
public record AttendeeData(String label, JsonNode pdfData) {
    @Override
    public String toString() {
        return label;
    }
}
