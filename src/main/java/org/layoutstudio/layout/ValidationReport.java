package org.layoutstudio.layout;

import java.util.ArrayList;
import java.util.List;

/** The findings of a validation and/or preflight, in layout order. */
public final class ValidationReport {
    private static final ValidationReport EMPTY = new ValidationReport(List.of());
    private final List<Finding> findings;

    public ValidationReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    public static ValidationReport empty() {
        return EMPTY;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** True when there are no errors: pretix will accept the layout (warnings allowed). */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** Findings about one element (1-based), or about the whole layout with 0. */
    public List<Finding> forElement(int number) {
        return findings.stream().filter(f -> f.element() == number).toList();
    }

    /** This report followed by another one, sorted by element number (stable within an element). */
    public ValidationReport plus(ValidationReport other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        all.sort((a, b) -> Integer.compare(a.element(), b.element()));
        return new ValidationReport(all);
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** One finding per line. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        findings.forEach(f -> lines.add(f.line()));
        return String.join("\n", lines);
    }
}
