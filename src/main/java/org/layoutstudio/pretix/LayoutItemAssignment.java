package org.layoutstudio.pretix;

/**
 * One row of {@code GET …/ticketlayoutitems/}: product {@code item} prints with {@code layout} in
 * {@code salesChannel}.
 *
 * @param id           the assignment id
 * @param layout       the layout id
 * @param item         the item id (may be {@code null} in pretix's model)
 * @param salesChannel the sales channel identifier
 */
public record LayoutItemAssignment(long id, long layout, Long item, String salesChannel) {
}
