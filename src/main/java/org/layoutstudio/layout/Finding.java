package org.layoutstudio.layout;

import java.util.Objects;

/**
 * One thing wrong with a layout: an error (pretix will refuse the layout) or a warning (pretix
 * accepts it, but the ticket will not come out as meant). It keeps its structure (where, what kind,
 * which property) and its sentence as a {@link Message}: the UI and the command line put it into
 * the user's words with {@link LayoutTexts}; {@link #message()} and {@link #toString()} are English.
 *
 * @param severity    error or warning
 * @param element     1-based number of the element in the layout; 0 for the layout as a whole
 * @param elementType the element's {@code type} value as written ("" when missing or not text)
 * @param property    the property the finding is about ("" when it is about the whole element)
 * @param text        the sentence, without the "element N (type): " prefix
 */
public record Finding(Severity severity, int element, String elementType, String property, Message text) {

    /** How bad a finding is. */
    public enum Severity {
        /** pretix rejects the layout. */
        ERROR,
        /** pretix accepts the layout, but the printed ticket will probably not be what was meant. */
        WARNING
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        elementType = elementType == null ? "" : elementType;
        property = property == null ? "" : property;
    }

    public static Finding error(int element, String elementType, String property, Message text) {
        return new Finding(Severity.ERROR, element, elementType, property, text);
    }

    public static Finding warning(int element, String elementType, String property, Message text) {
        return new Finding(Severity.WARNING, element, elementType, property, text);
    }

    /** A warning about the layout as a whole. */
    public static Finding warning(Message text) {
        return warning(0, "", "", text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The sentence in English (safe to print), without where it is. */
    public String message() {
        return LayoutTexts.english().message(this);
    }

    /** In English: "element 3 (textcontainer)", "element 2" when the type is unknown, "" for the whole layout. */
    public String where() {
        return LayoutTexts.english().where(this);
    }

    /** In English: {@code element 3 (textcontainer): warning: message} ({@link LayoutTexts#line}). */
    public String line() {
        return LayoutTexts.english().line(this);
    }

    /** In English: {@code element 3 (textcontainer): message}, or just the message for the whole layout. */
    @Override
    public String toString() {
        return LayoutTexts.english().withWhere(this);
    }
}
