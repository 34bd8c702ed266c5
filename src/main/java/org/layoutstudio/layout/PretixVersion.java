package org.layoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pretix server's version as its API reports it ({@code GET /api/v1/version}: {@code "pretix":
 * "2024.7.0"}), compared by its numeric parts; a suffix such as {@code .dev0} is ignored.
 */
public record PretixVersion(String text, List<Integer> parts) implements Comparable<PretixVersion> {

    public PretixVersion {
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
    }

    /** Reads "2024.7.0", "2025.1.0.dev0", "4.16.0"; null when the text starts with no number. */
    public static PretixVersion parse(String text) {
        if (text == null) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String p : text.trim().split("\\.")) {
            if (!p.matches("\\d{1,9}")) {
                break;
            }
            parts.add(Integer.parseInt(p));
        }
        return parts.isEmpty() ? null : new PretixVersion(text.trim(), parts);
    }

    /** Whether this version is older than {@code other} ("2024.5.0" is before "2024.7"). */
    public boolean isBefore(String other) {
        PretixVersion o = parse(other);
        return o != null && compareTo(o) < 0;
    }

    @Override
    public int compareTo(PretixVersion o) {
        for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
            int a = i < parts.size() ? parts.get(i) : 0;
            int b = i < o.parts.size() ? o.parts.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
