package org.layoutstudio.cli;

/** Turns an unexpected exception into one line for the terminal: never a stack trace. */
final class CliErrors {
    private CliErrors() {
    }

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
}
