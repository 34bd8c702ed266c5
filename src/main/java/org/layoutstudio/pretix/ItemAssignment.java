package org.layoutstudio.pretix;

/**
 * A product that uses a layout, as listed in a layout's {@code item_assignments} (read-only in
 * the API).
 *
 * @param item         the item id
 * @param salesChannel the sales channel identifier, e.g. {@code web}
 */
public record ItemAssignment(long item, String salesChannel) {
}
