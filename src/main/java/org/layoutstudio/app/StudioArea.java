package org.layoutstudio.app;

import org.layoutstudio.ui.AppAction;
import java.util.List;
import javafx.scene.Node;

/**
 * One of the two main areas of the window (layouts, certificates). The shell knows them only through
 * this interface, so that plugging in the real editor and viewer is a few lines in {@link AreaFactory}.
 */
public interface StudioArea {
    /** The area's view; asked once. */
    Node view();

    /**
     * The area's own actions (e.g. the editor's undo, save, zoom) for the one actions table; they go in
     * the menu their {@link AppAction#menu()} names ("edit" is reserved for them). Asked once.
     */
    default List<AppAction> actions() {
        return List.of();
    }

    /** The window is on screen: start slow loading now (not before, so the window appears sooner). */
    default void windowShown() {
    }

    /**
     * The window has reached its first real size (after the window manager placed it, maximised if it
     * was): the moment to fit the page. Called once, on the FX thread, after {@link #windowShown()}.
     */
    default void windowSized() {
    }

    /**
     * The area's tab was selected ({@code true}) or another one was ({@code false}); also called
     * once when the window is built. An area's commands (Delete, Ctrl+Z…) act only while it is shown.
     */
    default void shownChanged(boolean shown) {
    }

    /**
     * The fonts the renderer knows changed (Settings → Fonts applied): what was drawn with the earlier
     * ones is drawn again. On the FX thread.
     */
    default void fontsChanged() {
    }

    /** The connection or event changed (also called once after start-up); on the FX thread. */
    default void connectionChanged(ActiveConnection connection) {
    }

    /**
     * The window wants to close: call {@code done} with {@code false} to keep it open (e.g. the user
     * wants to save first). May ask the user first; {@code done} runs on the FX thread.
     */
    default void requestClose(java.util.function.Consumer<Boolean> done) {
        done.accept(true);
    }

    /** Release resources; the window has closed. */
    default void dispose() {
    }
}
