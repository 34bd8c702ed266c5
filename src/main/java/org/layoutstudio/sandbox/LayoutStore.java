package org.layoutstudio.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ticket layouts and their product assignments, per event. The layout JSON is kept as the
 * compact text written by {@code LayoutJson}, so number literals survive. Thread-safe.
 */
final class LayoutStore {
    /** One stored layout; {@code background} is a media path or null for pretix's default A4. */
    record Layout(int id, String eventKey, String name, boolean isDefault, String layoutJson, String background) {
        Layout with(String name, boolean isDefault, String layoutJson, String background) {
            return new Layout(id, eventKey, name, isDefault, layoutJson, background);
        }
    }

    /** A product → layout assignment (read-only through the API). */
    record Assignment(int id, int layoutId, int itemId, String salesChannel) {
    }

    /** pretix's Meta.ordering = ("name",); the id breaks ties so pages are stable. */
    static final Comparator<Layout> BY_NAME = Comparator.comparing(Layout::name).thenComparingInt(Layout::id);

    private final Map<Integer, Layout> layouts = new LinkedHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private int nextLayoutId = 1;
    private int nextAssignmentId = 1;

    static String key(String organizer, String event) {
        return organizer + "/" + event;
    }

    synchronized List<Layout> list(String eventKey) {
        return layouts.values().stream().filter(l -> l.eventKey().equals(eventKey)).sorted(BY_NAME).toList();
    }

    synchronized Optional<Layout> get(String eventKey, int id) {
        Layout l = layouts.get(id);
        return l != null && l.eventKey().equals(eventKey) ? Optional.of(l) : Optional.empty();
    }

    synchronized Layout create(String eventKey, String name, boolean isDefault, String layoutJson, String background) {
        Layout l = new Layout(nextLayoutId++, eventKey, name, isDefault, layoutJson, background);
        layouts.put(l.id(), l);
        return l;
    }

    /** Stores the changed layout; a layout deleted meanwhile by another request is "not found". */
    synchronized Layout update(Layout changed) {
        if (!layouts.containsKey(changed.id())) {
            throw ApiError.notFound();
        }
        layouts.put(changed.id(), changed);
        return changed;
    }

    /** Deletes, cascades the assignments, and promotes the first layout by name if no default is left. */
    synchronized boolean delete(String eventKey, int id) {
        Layout l = layouts.get(id);
        if (l == null || !l.eventKey().equals(eventKey)) {
            return false;
        }
        layouts.remove(id);
        assignments.removeIf(a -> a.layoutId() == id);
        List<Layout> rest = list(eventKey);
        if (rest.stream().noneMatch(Layout::isDefault) && !rest.isEmpty()) {
            Layout first = rest.get(0);
            layouts.put(first.id(), first.with(first.name(), true, first.layoutJson(), first.background()));
        }
        return true;
    }

    synchronized Assignment assign(int layoutId, int itemId, String salesChannel) {
        Assignment a = new Assignment(nextAssignmentId++, layoutId, itemId, salesChannel);
        assignments.add(a);
        return a;
    }

    synchronized List<Assignment> assignmentsOf(int layoutId) {
        return assignments.stream().filter(a -> a.layoutId() == layoutId).toList();
    }

    /** Assignments of the event's layouts, ordered by id. */
    synchronized List<Assignment> assignments(String eventKey) {
        return assignments.stream()
                .filter(a -> layouts.containsKey(a.layoutId()) && layouts.get(a.layoutId()).eventKey().equals(eventKey))
                .sorted(Comparator.comparingInt(Assignment::id)).toList();
    }

    synchronized int size() {
        return layouts.size();
    }
}
