package org.layoutstudio.layout;

import java.util.Objects;

/**
 * One thing wrong with a layout, as a sentence for people: an error (pretix will refuse the
 * layout) or a warning (pretix accepts it, but the ticket will not come out as meant).
 *
 * @param severity    error or warning
 * @param element     1-based number of the element in the layout; 0 for the layout as a whole
 * @param elementType the element's {@code type} value as written ("" when missing or not text)
 * @param property    the property the finding is about ("" when it is about the whole element)
 * @param message     the sentence, without the "element N (type): " prefix
 */
public record Finding(Severity severity, int element, String elementType, String property, String message) {

    /** How bad a finding is. */
    public enum Severity {
        /** pretix rejects the layout. */
        ERROR,
        /** pretix accepts the layout, but the printed ticket will probably not be what was meant. */
        WARNING
    }

    /** The message is made safe to print ({@link SafeText}): it quotes what the layout's author wrote. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        message = SafeText.line(Objects.requireNonNull(message, "message"));
        elementType = elementType == null ? "" : elementType;
        property = property == null ? "" : property;
    }

    public static Finding error(int element, String elementType, String property, String message) {
        return new Finding(Severity.ERROR, element, elementType, property, message);
    }

    public static Finding warning(int element, String elementType, String property, String message) {
        return new Finding(Severity.WARNING, element, elementType, property, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "element 3 (textcontainer)", "element 2" when the type is unknown, "" for the whole layout. */
    public String where() {
        if (element <= 0) {
            return "";
        }
        return "element " + element + (elementType.isEmpty() ? "" : " (" + SafeText.line(elementType, 60) + ")");
    }

    /**
     * One line for lists and terminals: like {@link #toString()}, with "warning: " before the
     * message of a warning ({@code element 3 (textcontainer): warning: message}).
     */
    public String line() {
        String w = where();
        String mark = isError() ? "" : "warning: ";
        return (w.isEmpty() ? "" : w + ": ") + mark + message;
    }

    /** {@code element 3 (textcontainer): message}, or just the message for the whole layout. */
    @Override
    public String toString() {
        String w = where();
        return w.isEmpty() ? message : w + ": " + message;
    }
}
