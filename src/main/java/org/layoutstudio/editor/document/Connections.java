package org.layoutstudio.editor.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.editor.model.ServerOrigin;

/**
 * The pretix events the editor can reach in this session, by address: the active connection's (where
 * new layouts go and the "Open from pretix" list comes from) and every one connected earlier, so that a
 * document is saved, reloaded and checked for conflicts where it came from — never where the app
 * happens to be connected now. FX thread.
 */
public final class Connections implements AutoCloseable {
    /** Connects again to an event no longer connected (e.g. through a saved connection's token), or says it cannot. */
    @FunctionalInterface
    public interface Reconnector {
        Optional<Callable<LayoutRepository>> find(ServerOrigin origin);
    }

    private final Map<EventAddress, LayoutRepository> known = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<LayoutRepository> active = new ReadOnlyObjectWrapper<>(this, "active");
    private Reconnector reconnector = origin -> Optional.empty();

    /** Makes {@code repo} the active connection (null: none) and keeps it for the documents of its event. */
    public void activate(LayoutRepository repo) {
        if (repo != null) {
            add(repo);
        }
        active.set(repo);
    }

    /** Keeps {@code repo} for its event; an older repository of the same event is closed. */
    public void add(LayoutRepository repo) {
        LayoutRepository old = known.put(repo.address(), repo);
        if (old != null && old != repo) {
            old.close();
        }
    }

    /** The connection whose event is active now, or null. */
    public ReadOnlyObjectProperty<LayoutRepository> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public LayoutRepository active() {
        return active.get();
    }

    /** The repository of {@code event} if it is connected in this session. */
    public Optional<LayoutRepository> forEvent(EventAddress event) {
        return Optional.ofNullable(known.get(event));
    }

    /** Where {@code doc}'s event data come from: its own event when connected, else the active one (or null). */
    public LayoutRepository forDocument(EditorDocument doc) {
        ServerOrigin o = doc == null ? null : doc.serverOrigin();
        return o == null ? active.get() : forEvent(o.event()).orElse(active.get());
    }

    public void setReconnector(Reconnector r) {
        this.reconnector = r == null ? origin -> Optional.empty() : r;
    }

    /** A way to connect to {@code origin}'s event again, if there is one. */
    public Optional<Callable<LayoutRepository>> reconnector(ServerOrigin origin) {
        return reconnector.find(origin);
    }

    @Override
    public void close() {
        known.values().forEach(LayoutRepository::close);
        known.clear();
        active.set(null);
    }
}
