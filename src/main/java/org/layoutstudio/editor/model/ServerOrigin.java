package org.layoutstudio.editor.model;

import java.util.Objects;
import org.layoutstudio.pretix.TicketLayoutResource;

/**
 * Where a document opened from pretix belongs, and the server's copy as it last was: saving, reloading
 * and the conflict check always go here, whatever connection is active now.
 *
 * @param event          the event the layout belongs to
 * @param connectionName the saved connection it was opened through (null: the built-in demo server)
 * @param layout         the layout as the server last had it (the base for "PATCH what changed")
 * @param background     the server's background as the editor has it
 */
public record ServerOrigin(EventAddress event, String connectionName, TicketLayoutResource layout, ServerBackground background) {

    public ServerOrigin {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(layout.id(), "a layout on the server has an id");
        Objects.requireNonNull(background, "background");
    }

    public long layoutId() {
        return layout.id();
    }

    /** True for the built-in demo server. */
    public boolean isDemo() {
        return connectionName == null;
    }

    /** The same place with the server's newer copy (after a save or "take theirs"). */
    public ServerOrigin withServerCopy(TicketLayoutResource newer, ServerBackground newBackground) {
        return new ServerOrigin(event, connectionName, newer, newBackground);
    }
}
