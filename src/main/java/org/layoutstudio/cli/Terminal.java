package org.layoutstudio.cli;

import java.io.PrintWriter;
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

    /** Prints {@code error: message} and returns {@code exitCode}, for {@code return Terminal.error(…)}. */
    static int error(PrintWriter err, int exitCode, String message) {
        line(err, "error: " + message);
        return exitCode;
    }
}
