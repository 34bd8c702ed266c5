package org.layoutstudio.sandbox;

/** One demo attendee (an order position) as tests and the demo UI need it. */
public record SandboxAttendee(int positionId, String orderCode, int positionNumber, String name, String email,
                              String company, int itemId, boolean canceled, boolean checkedIn) {
}
