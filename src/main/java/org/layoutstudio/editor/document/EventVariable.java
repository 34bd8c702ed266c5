package org.layoutstudio.editor.document;

/**
 * An event-specific content key with what names it and a sample value: a question
 * ({@code question_<identifier>}, named by the question's text), an event or item meta property
 * ({@code meta:<name>}, {@code itemmeta:<name>}, named by the property). The inspector puts the kind
 * into words ("Question: Company"), as pretix's editor does.
 */
public record EventVariable(String key, Kind kind, String name, String sample) {
    public enum Kind { QUESTION, EVENT_ATTRIBUTE, ITEM_ATTRIBUTE }
}
