package org.layoutstudio.certificates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An in-memory event: {@code n} attendees, every third one not checked in. */
final class FakeDirectory implements AttendeeDirectory {
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
        "Margaret", "Niklaus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
        "Thompson", "Hamilton", "Wirth"};
    final List<Attendee> all = new ArrayList<>();

    FakeDirectory(int n) {
        for (int i = 0; i < n; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length];
            String code = "A" + Integer.toString(1000 + i * 7, 36).toUpperCase(Locale.ROOT) + "X";
            all.add(new Attendee(101 + i, code, name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org",
                    i % 4 == 0 ? "Speaker pass" : "Conference ticket", i % 3 != 2));
        }
    }

    @Override
    public List<Attendee> search(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return all.stream().filter(a -> q.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(q)
                || a.email().toLowerCase(Locale.ROOT).contains(q) || a.orderCode().toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    @Override
    public Optional<Attendee> byId(long positionId) {
        return all.stream().filter(a -> a.positionId() == positionId).findFirst();
    }
}
