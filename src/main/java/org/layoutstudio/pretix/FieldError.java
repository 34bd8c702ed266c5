package org.layoutstudio.pretix;

/**
 * One complaint of pretix about a submitted field, e.g. {@code layout: Your layout file is not a
 * valid layout. …} or {@code parts[0].orderposition: Invalid pk "-2" …}. The message is cut to its
 * first line (pretix's schema errors dump hundreds of lines of schema after it).
 *
 * @param field   the path of the field ({@code name}, {@code parts[0].orderposition}); empty or
 *                {@code non_field_errors} for complaints about the request as a whole
 * @param message pretix's message, first line only
 */
public record FieldError(String field, String message) {
    /** {@code field: message}, or only the message for non-field errors. */
    public String describe() {
        return field.isEmpty() || field.equals("non_field_errors") ? message : field + ": " + message;
    }
}
