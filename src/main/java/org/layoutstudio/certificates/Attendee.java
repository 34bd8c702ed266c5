package org.layoutstudio.certificates;

import java.util.Objects;

/**
 * One order position as the viewer shows it: who, what they bought, which order, and whether they
 * were checked in.
 */
public record Attendee(long positionId, String orderCode, String name, String email, String product, boolean checkedIn) {
    public Attendee {
        orderCode = Objects.requireNonNullElse(orderCode, "");
        name = Objects.requireNonNullElse(name, "");
        email = Objects.requireNonNullElse(email, "");
        product = Objects.requireNonNullElse(product, "");
    }

    /** The name to show, falling back to the email or the order when the position has no name. */
    public String displayName() {
        if (!name.isBlank()) {
            return name;
        }
        return !email.isBlank() ? email : orderCode + "-" + positionId;
    }

    /** A file name that is the same every time for this position, so a batch can resume. */
    public String batchFileName() {
        String code = orderCode.replaceAll("[^A-Za-z0-9_-]", "");
        return (code.isEmpty() ? "position" : code) + "-" + positionId + "-certificate.pdf";
    }
}
