package org.layoutstudio.pretix;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An order position (one ticket) fetched with {@code pdf_data=true}.
 *
 * @param id           pretix's internal position id (used for certificates)
 * @param orderCode    the order code, e.g. {@code ABC12}
 * @param positionId   the number of the position inside its order
 * @param itemId       the product id
 * @param attendeeName the attendee's name, or "" when none
 * @param raw          the whole JSON object as pretix sent it (contains {@code pdf_data} for previews)
 */
public record OrderPositionInfo(long id, String orderCode, int positionId, long itemId, String attendeeName,
        JsonNode raw) {
    /** pretix's {@code pdf_data} object (placeholder values for rendering), or a missing node. */
    public JsonNode pdfData() {
        return raw.path("pdf_data");
    }

    /** The attendee's e-mail address, or "". */
    public String attendeeEmail() {
        return raw.path("attendee_email").asText("");
    }

    /** True when pretix lists at least one check-in for this ticket. */
    public boolean checkedIn() {
        return raw.path("checkins").isArray() && raw.path("checkins").size() > 0;
    }

    /** {@code ABC12-1 Peter Miller} for lists. */
    public String label() {
        return orderCode + "-" + positionId + (attendeeName.isEmpty() ? "" : " " + attendeeName);
    }
}
