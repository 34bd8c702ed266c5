package org.layoutstudio.editor.save;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.ui.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the crash journal up to date for the open documents (FX thread): a change is written about
 * a second after it happened, and every few seconds whatever changed since is written again; a
 * document back at its saved state loses its entry, as does a document closed cleanly.
 */
public final class JournalKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(JournalKeeper.class);
    static final Duration DEBOUNCE = Duration.millis(800);
    static final Duration PERIOD = Duration.seconds(5);

    private final CrashJournal journal;
    private final BackgroundTasks tasks;
    private final Map<EditorDocument, Tracked> documents = new IdentityHashMap<>();
    private final Timeline periodic;
    private long sequence;

    private final class Tracked {
        final String id = UUID.randomUUID().toString();
        final PauseTransition debounce = new PauseTransition(DEBOUNCE);
        final Runnable listener;
        long changes;
        long written = -1;
        boolean hasEntry;

        Tracked(EditorDocument doc) {
            listener = () -> {
                changes++;
                debounce.playFromStart();
            };
            debounce.setOnFinished(e -> flush(doc, this));
        }
    }

    public JournalKeeper(CrashJournal journal, BackgroundTasks tasks) {
        this.journal = journal;
        this.tasks = tasks;
        periodic = new Timeline(new KeyFrame(PERIOD, e -> flushAll()));
        periodic.setCycleCount(Animation.INDEFINITE);
        periodic.play();
    }

    public CrashJournal journal() {
        return journal;
    }

    public void track(EditorDocument doc) {
        if (documents.containsKey(doc)) {
            return;
        }
        Tracked t = new Tracked(doc);
        documents.put(doc, t);
        doc.history().addListener(t.listener);
        if (doc.isModified()) {
            t.listener.run();
        }
    }

    /** The document was closed cleanly (saved or discarded): its entry goes. */
    public void untrack(EditorDocument doc) {
        Tracked t = documents.remove(doc);
        if (t != null) {
            t.debounce.stop();
            doc.history().removeListener(t.listener);
            journal.remove(t.id);
        }
    }

    /** Writes every document that changed since its last entry (also called by the timer). */
    public void flushAll() {
        documents.forEach((doc, t) -> {
            if (t.changes != t.written) {
                flush(doc, t);
            }
        });
    }

    /** Stops the timer; with {@code clean} every entry is deleted (a clean shutdown). */
    public void stop(boolean clean) {
        periodic.stop();
        documents.forEach((doc, t) -> {
            t.debounce.stop();
            if (clean) {
                journal.remove(t.id);
            }
        });
        documents.clear();
    }

    private void flush(EditorDocument doc, Tracked t) {
        t.written = t.changes;
        if (!doc.isModified()) {
            if (t.hasEntry) {
                t.hasEntry = false;
                String id = t.id;
                long seq = ++sequence;
                tasks.run("Journal", () -> {
                    journal.clear(id, seq);
                    return null;
                }, null, null);
            }
            return;
        }
        t.hasEntry = true;
        CrashJournal.Snapshot s = new CrashJournal.Snapshot(doc.nameProperty().get(), doc.fileProperty().get(),
                doc.serverOrigin(), doc.layout().toCompactJson(), doc.backgroundPdfProperty().get(), ++sequence);
        String id = t.id;
        tasks.run("Journal " + s.name(), () -> {
            journal.write(id, s);
            return null;
        }, null, e -> LOG.warn("Could not write the crash journal: {}", e.toString()));
    }
}
