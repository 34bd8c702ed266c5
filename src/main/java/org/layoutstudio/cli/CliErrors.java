package org.layoutstudio.cli;

import java.util.Locale;

/** Turns a failure nobody expected into one line for the terminal: never a stack trace. */
final class CliErrors {
    private CliErrors() {
    }

    /** The message of the innermost exception that has one, or its kind. */
    static String describe(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg;
    }

    /** One line for an exception no command expected (printing escapes it). */
    static String unexpected(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return outOfMemory();
            }
        }
        return describe(ex);
    }

    /** Running out of memory: what happened and what to do. */
    static String outOfMemory() {
        return String.format(Locale.ROOT, "Layout Studio ran out of memory (it may use %d MB); the input needs more than that."
                + " Give Java more memory (java -Xmx4g -jar …) or split the input.", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
