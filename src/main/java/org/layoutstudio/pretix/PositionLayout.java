package org.layoutstudio.pretix;

import java.util.List;
import java.util.Optional;
import org.layoutstudio.layout.PretixDefaults;

/**
 * The ticket layout pretix prints an order position with, as its PDF ticket output chooses it
 * (PRETIX.md §1.7): the layout assigned to the position's product for the order's sales channel,
 * else the one assigned for {@code web}, else the event's default layout, else pretix's built-in
 * default ticket.
 *
 * @param layout the layout; the built-in one has no id and pretix's default A4 background (none given)
 * @param source why pretix uses it
 */
public record PositionLayout(TicketLayoutResource layout, Source source) {
    /** The sales channel an order position is assumed to come from: the API's position has no channel of its own. */
    public static final String WEB = "web";

    /** Why pretix prints a position with a layout. */
    public enum Source {
        /** The layout is assigned to the position's product. */
        PRODUCT,
        /** No assignment: the event's default layout. */
        EVENT_DEFAULT,
        /** The event has no layout at all: pretix's built-in default ticket. */
        BUILT_IN
    }

    /**
     * Asks pretix for the layout of {@code position} (its product's assignments, then the layouts).
     * The order's sales channel is not part of the position, so {@link #WEB}'s assignment counts.
     */
    public static PositionLayout of(PretixClient client, OrderPositionInfo position) throws PretixException {
        Optional<Long> assigned = assignedLayout(client.layoutItems(), position.itemId(), WEB);
        if (assigned.isPresent()) {
            return new PositionLayout(client.getLayout(assigned.get()), Source.PRODUCT);
        }
        return client.listLayouts().stream().filter(TicketLayoutResource::isDefault).findFirst()
                .map(l -> new PositionLayout(l, Source.EVENT_DEFAULT))
                .orElseGet(() -> new PositionLayout(
                        TicketLayoutResource.newLayout("pretix's default ticket", PretixDefaults.ticketLayout()), Source.BUILT_IN));
    }

    /** The layout assigned to {@code itemId} for {@code salesChannel}, else for {@link #WEB}, if any. */
    public static Optional<Long> assignedLayout(List<LayoutItemAssignment> assignments, long itemId, String salesChannel) {
        Optional<Long> exact = find(assignments, itemId, salesChannel);
        return exact.isPresent() ? exact : find(assignments, itemId, WEB);
    }

    private static Optional<Long> find(List<LayoutItemAssignment> assignments, long itemId, String channel) {
        return assignments.stream()
                .filter(a -> a.item() != null && a.item() == itemId && channel.equals(a.salesChannel()))
                .map(LayoutItemAssignment::layout).findFirst();
    }
}
