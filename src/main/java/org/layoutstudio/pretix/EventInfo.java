package org.layoutstudio.pretix;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An event of the organizer ({@code GET …/events/}).
 *
 * @param slug     the short form used in URLs
 * @param name     the multi-lingual name
 * @param dateFrom the start, or {@code null}
 * @param dateTo   the end, or {@code null}
 * @param locales  the event's languages (e.g. {@code en}, {@code de}) when the list answer includes
 *                 them; pretix's own event resource does not, see {@link PretixClient#eventLocales()}
 * @param live     whether the shop is live
 */
public record EventInfo(String slug, I18nText name, OffsetDateTime dateFrom, OffsetDateTime dateTo,
        List<String> locales, boolean live) {
    /** Copies the list. */
    public EventInfo {
        locales = List.copyOf(locales);
    }
}
