package org.layoutstudio.certificates;

import java.util.List;
import java.util.Optional;

/**
 * Where the viewer finds attendees: the event's order positions. Called on a background thread;
 * implementations may block on the network and throw whatever their client throws.
 */
public interface AttendeeDirectory {
    /** Positions whose order code, attendee name or email matches {@code query}; all when blank. */
    List<Attendee> search(String query) throws Exception;

    /** The position with this internal id, or empty when the event has none. */
    Optional<Attendee> byId(long positionId) throws Exception;
}
