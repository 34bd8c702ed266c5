package org.layoutstudio.pretix;

/**
 * A product of the event ({@code GET …/items/}), used to name layout assignments.
 *
 * @param id     pretix's item id
 * @param name   the multi-lingual name
 * @param active whether the product is on sale
 */
public record ItemInfo(long id, I18nText name, boolean active) {
}
