package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.layoutstudio.editor.gestures.NudgeGesture;

/**
 * The editor's keyboard shortcuts over {@link EditorActions}. Menus show the same combinations
 * ({@link #bindings()}); the canvas passes its key presses to {@link #handle}. Arrow keys nudge the
 * selection 1 mm, with Shift 10 mm, with Alt 0.1 mm.
 */
public final class Keymap {
    /** One shortcut: a name for menus, the keys, what it does. */
    public record Binding(String name, KeyCombination keys, Runnable action) {
    }

    private final EditorActions actions;
    private final List<Binding> bindings = new ArrayList<>();

    public Keymap(EditorActions actions) {
        this.actions = actions;
        KeyCombination.Modifier sc = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        bind("Undo", new KeyCodeCombination(KeyCode.Z, sc), actions::undo);
        bind("Redo", new KeyCodeCombination(KeyCode.Y, sc), actions::redo);
        bind("Redo", new KeyCodeCombination(KeyCode.Z, sc, shift), actions::redo);
        bind("Select all", new KeyCodeCombination(KeyCode.A, sc), actions::selectAll);
        bind("Duplicate", new KeyCodeCombination(KeyCode.D, sc), actions::duplicate);
        bind("Copy", new KeyCodeCombination(KeyCode.C, sc), actions::copy);
        bind("Cut", new KeyCodeCombination(KeyCode.X, sc), actions::cut);
        bind("Paste", new KeyCodeCombination(KeyCode.V, sc), actions::paste);
        bind("Delete", new KeyCodeCombination(KeyCode.DELETE), actions::delete);
        bind("Delete", new KeyCodeCombination(KeyCode.BACK_SPACE), actions::delete);
        bind("Bring forward", new KeyCodeCombination(KeyCode.CLOSE_BRACKET, sc), () -> actions.order(ZOrder.FORWARD));
        bind("Send backward", new KeyCodeCombination(KeyCode.OPEN_BRACKET, sc), () -> actions.order(ZOrder.BACKWARD));
        bind("Bring to front", new KeyCodeCombination(KeyCode.CLOSE_BRACKET, sc, shift), () -> actions.order(ZOrder.TO_FRONT));
        bind("Send to back", new KeyCodeCombination(KeyCode.OPEN_BRACKET, sc, shift), () -> actions.order(ZOrder.TO_BACK));
        bind("Select none", new KeyCodeCombination(KeyCode.ESCAPE), actions::selectNone);
    }

    private void bind(String name, KeyCombination keys, Runnable action) {
        bindings.add(new Binding(name, keys, action));
    }

    public List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /** The first combination bound to a name (for menu accelerators), or null. */
    public KeyCombination keysFor(String name) {
        for (Binding b : bindings) {
            if (b.name().equals(name)) {
                return b.keys();
            }
        }
        return null;
    }

    /** Runs the action bound to a key press; true (and the event consumed) when one ran. */
    public boolean handle(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return false;
        }
        if (NudgeGesture.handle(e, actions)) {
            return true;
        }
        for (Binding b : bindings) {
            if (b.keys().match(e)) {
                b.action().run();
                e.consume();
                return true;
            }
        }
        return false;
    }
}
