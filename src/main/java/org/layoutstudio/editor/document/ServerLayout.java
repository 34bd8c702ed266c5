package org.layoutstudio.editor.document;

/**
 * A layout as the server holds it: its id, name, default flag, the layout JSON (compact text of the
 * {@code layout} array) and the URL of its background PDF.
 */
public record ServerLayout(long id, String name, boolean isDefault, String layoutJson, String backgroundUrl) {
}
