package org.layoutstudio.certificates;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layoutstudio.pretix.ItemInfo;
import org.layoutstudio.pretix.OrderPositionInfo;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AttendeeDirectory} over the pretix client: pretix's own order position search (order code,
 * name, email), positions by id, product names from the event's items (loaded once).
 */
public final class PretixAttendees implements AttendeeDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(PretixAttendees.class);
    private final PretixClient client;
    private Map<Long, String> productNames;

    public PretixAttendees(PretixClient client) {
        this.client = client;
    }

    @Override
    public List<Attendee> search(String query) throws Exception {
        List<OrderPositionInfo> found = client.searchOrderPositions(query);
        Map<Long, String> products = products();
        return found.stream().map(p -> attendee(p, products)).toList();
    }

    @Override
    public Optional<Attendee> byId(long positionId) throws Exception {
        try {
            return Optional.of(attendee(client.orderPosition(positionId), products()));
        } catch (PretixException e) {
            if (e.kind() == PretixException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Product names by item id; empty names when pretix will not list the items (the table still works). */
    private synchronized Map<Long, String> products() {
        if (productNames == null) {
            Map<Long, String> m = new HashMap<>();
            try {
                for (ItemInfo item : client.items()) {
                    m.put(item.id(), item.name().get(Locale.getDefault().toLanguageTag()));
                }
                productNames = m;
            } catch (PretixException e) {
                LOG.info("Product names not available: {}", e.userMessage());
                return Map.of();
            }
        }
        return productNames;
    }

    static Attendee attendee(OrderPositionInfo p, Map<Long, String> products) {
        String email = p.attendeeEmail();
        String product = products.getOrDefault(p.itemId(), "");
        return new Attendee(p.id(), p.orderCode(), p.attendeeName(), "null".equals(email) ? "" : email, product, p.checkedIn());
    }
}
