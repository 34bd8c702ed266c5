package org.layoutstudio.editor.save;

/** One result of validation or preflight, as a sentence for the user. */
public record Finding(Severity severity, String sentence) {
    public enum Severity { ERROR, WARNING }

    public static Finding error(String sentence) {
        return new Finding(Severity.ERROR, sentence);
    }

    public static Finding warning(String sentence) {
        return new Finding(Severity.WARNING, sentence);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
