package org.layoutstudio.ui;

/**
 * An error as the user reads it: a title, what happened, what to do, and technical details that
 * stay folded away unless asked for.
 */
public record ErrorReport(String title, String whatHappened, String whatToDo, String details) {
}
