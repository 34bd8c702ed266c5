package org.layoutstudio.pretix;

import java.util.List;
import java.util.Map;

/**
 * The event's meta properties, which layouts show as {@code meta:NAME} and {@code itemmeta:NAME}.
 *
 * @param eventValues the event's own values ({@code meta_data}), name → value
 * @param itemKeys    the names of the item meta properties the event's products may carry
 */
public record EventMetaProperties(Map<String, String> eventValues, List<String> itemKeys) {
    public EventMetaProperties {
        eventValues = Map.copyOf(eventValues);
        itemKeys = List.copyOf(itemKeys);
    }
}
