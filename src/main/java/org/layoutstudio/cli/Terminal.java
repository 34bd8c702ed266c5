package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutTexts;
import org.layoutstudio.layout.SafeText;

/**
 * The one way the command line prints a line: through {@link SafeText}, so that nothing that
 * came from outside (a server's answer, a file's name or content, a layout's type) can send
 * escape sequences to the terminal. One line each, flushed at once.
 */
final class Terminal {
    private Terminal() {
    }

    /** Prints one line. */
    static void line(PrintWriter to, String text) {
        to.println(SafeText.line(text));
        to.flush();
    }

    /**
     * The words of the validator's and preflight's findings: the user's language as the locale names
     * it (German for {@code de}, else English), as the app speaks when no language is chosen in its
     * settings. The findings are the long sentences a person acts on; scripts go by the exit code,
     * and {@code LC_ALL=C} (CI, containers) gives English.
     */
    static LayoutTexts findingWords() {
        return LayoutTexts.forLocale(Locale.getDefault(Locale.Category.DISPLAY));
    }

    /** Prints a finding in the user's words: {@code prefix}, then {@code element 3 (type): [warning: ]sentence}. */
    static void finding(PrintWriter to, String prefix, Finding finding) {
        line(to, prefix + findingWords().line(finding));
    }

    /** Prints {@code error: message} and returns {@code exitCode}, for {@code return Terminal.error(…)}. */
    static int error(PrintWriter err, int exitCode, String message) {
        line(err, "error: " + message);
        return exitCode;
    }
}
