package org.layoutstudio.editor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.layoutstudio.layout.LayoutDocument;

/**
 * The one undo history of a document. "Modified" is derived: the entry at the top of the history
 * differs from the one recorded at the last save — never a hand-kept flag. Every change of state
 * (run, undo, redo, save) raises the {@link #revision()}, which views follow instead of counting.
 */
public final class UndoHistory {
    /** Nudges closer together than this merge into one step. */
    static final long MERGE_WINDOW_MS = 1200;

    private final LayoutDocument document;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int top; // number of applied entries
    private Entry saved; // entry on top at the last save (null = the state as opened)
    private long lastRunMillis;
    private long revision;
    private boolean executing;
    private final java.util.function.LongSupplier clock;

    public UndoHistory(LayoutDocument document) {
        this(document, System::currentTimeMillis);
    }

    UndoHistory(LayoutDocument document, java.util.function.LongSupplier clock) {
        this.document = document;
        this.clock = clock;
    }

    private static final class Entry {
        final Command command;

        Entry(Command command) {
            this.command = command;
        }
    }

    /**
     * Executes the command and records it; the redo branch is cut.
     *
     * @throws IllegalStateException when called from inside another command's execute or undo (a
     *                               command that pushes a command would make undo inexact)
     */
    public void run(Command command) {
        perform(() -> command.execute(document));
        long now = clock.getAsLong();
        Entry current = top > 0 ? entries.get(top - 1) : null;
        entries.subList(top, entries.size()).clear();
        if (current != null && current != saved && now - lastRunMillis < MERGE_WINDOW_MS) {
            Command merged = current.command.mergeWith(command);
            if (merged != null) {
                entries.set(top - 1, new Entry(merged));
                lastRunMillis = now;
                fire();
                return;
            }
        }
        entries.add(new Entry(command));
        top++;
        lastRunMillis = now;
        fire();
    }

    public boolean canUndo() {
        return top > 0;
    }

    public boolean canRedo() {
        return top < entries.size();
    }

    public void undo() {
        if (!canUndo()) {
            return;
        }
        Command c = entries.get(top - 1).command;
        perform(() -> c.undo(document));
        top--;
        lastRunMillis = 0;
        fire();
    }

    public void redo() {
        if (!canRedo()) {
            return;
        }
        Command c = entries.get(top).command;
        perform(() -> c.execute(document));
        top++;
        lastRunMillis = 0;
        fire();
    }

    /** "Move 3 elements", or null when there is nothing to undo. */
    public String undoDescription() {
        return canUndo() ? entries.get(top - 1).command.description() : null;
    }

    public String redoDescription() {
        return canRedo() ? entries.get(top).command.description() : null;
    }

    /** The descriptions of the undoable steps, newest first (for a history list). */
    public List<String> undoDescriptions() {
        List<String> d = new ArrayList<>();
        for (int i = top - 1; i >= 0; i--) {
            d.add(entries.get(i).command.description());
        }
        return d;
    }

    /** Records the current state as saved. */
    public void markSaved() {
        saved = top > 0 ? entries.get(top - 1) : null;
        lastRunMillis = 0;
        fire();
    }

    /** True when the current state differs from the last saved (or opened) one. */
    public boolean isModified() {
        Entry current = top > 0 ? entries.get(top - 1) : null;
        return !Objects.equals(current, saved);
    }

    /** Raised by every change of state: a run, undo, redo or save. */
    public long revision() {
        return revision;
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void perform(Runnable step) {
        if (executing) {
            throw new IllegalStateException("A command was pushed while another one executes");
        }
        executing = true;
        try {
            step.run();
        } finally {
            executing = false;
        }
    }

    private void fire() {
        revision++;
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
