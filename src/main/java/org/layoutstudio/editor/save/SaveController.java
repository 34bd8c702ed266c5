package org.layoutstudio.editor.save;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.layoutstudio.editor.document.Documents;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.document.RepositoryException;
import org.layoutstudio.editor.document.ServerLayout;
import org.layoutstudio.editor.document.ServerOrigin;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceAllCommand;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * Saving a document (FX thread; the work runs in the background): to a file as pretty JSON, or to
 * pretix. Before a server save the layout is checked (errors block, warnings can be accepted) and the
 * server copy is compared with the one at open (conflict dialog). A failed save keeps the edits and
 * says why. {@code done} receives true when the document was saved.
 */
public final class SaveController {
    private final BackgroundTasks tasks;
    private final LayoutChecks checks;
    private final Supplier<LayoutRepository> repository;
    private final SaveDialogs dialogs;

    public SaveController(BackgroundTasks tasks, LayoutChecks checks, Supplier<LayoutRepository> repository, SaveDialogs dialogs) {
        this.tasks = tasks;
        this.checks = checks;
        this.repository = repository;
        this.dialogs = dialogs;
    }

    public SaveDialogs dialogs() {
        return dialogs;
    }

    /** Writes the layout as pretty JSON (atomically), then the document is saved. */
    public void saveToFile(EditorDocument doc, Path file, Consumer<Boolean> done) {
        String json = doc.layout().toPrettyJson();
        tasks.run("Save " + file.getFileName(), () -> {
            Path tmp = file.resolveSibling(file.getFileName() + ".saving");
            Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }, p -> {
            doc.fileProperty().set(p);
            if (doc.serverOriginProperty().get() == null) {
                doc.nameProperty().set(nameOf(p));
            }
            doc.markSaved();
            done.accept(true);
        }, e -> {
            dialogs.showError("The layout was not saved.", "Writing " + file + " failed: " + e.getMessage()
                    + " Your changes are kept.");
            done.accept(false);
        });
    }

    private static String nameOf(Path p) {
        String n = p.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /** Saves to pretix with the given mode, after checks and the conflict check. */
    public void saveToServer(EditorDocument doc, SaveMode mode, Consumer<Boolean> done) {
        LayoutRepository repo = repository.get();
        if (repo == null) {
            dialogs.showError("The layout was not saved.", "Connect to a pretix event first.");
            done.accept(false);
            return;
        }
        ServerOrigin origin = Documents.origin(doc);
        SaveMode effective = origin == null ? SaveMode.CREATE : mode;
        LayoutDocument snapshot = doc.layout().copy();
        byte[] bg = doc.backgroundPdfProperty().get();
        tasks.run("Check layout", () -> checks.check(snapshot, bg), findings -> {
            if (findings.isEmpty()) {
                afterChecks(doc, repo, effective, done);
            } else {
                dialogs.showFindings(findings, go -> {
                    if (go) {
                        afterChecks(doc, repo, effective, done);
                    } else {
                        done.accept(false);
                    }
                });
            }
        }, e -> failed(e, done));
    }

    private void afterChecks(EditorDocument doc, LayoutRepository repo, SaveMode mode, Consumer<Boolean> done) {
        ServerOrigin origin = Documents.origin(doc);
        if (mode == SaveMode.CREATE || origin == null) {
            send(doc, repo, SaveMode.CREATE, doc.nameProperty().get(), done);
            return;
        }
        ServerSaver saver = new ServerSaver(repo);
        tasks.run("Check server copy", () -> {
            ServerLayout theirs = saver.changedOnServer(origin);
            if (theirs == null) {
                return null;
            }
            byte[] theirBg = java.util.Objects.equals(theirs.backgroundUrl(), origin.backgroundUrl()) ? null
                    : repo.downloadBackground(theirs.backgroundUrl());
            return new Conflict(theirs, LayoutDocument.parse(theirs.layoutJson()), theirBg);
        }, conflict -> {
            if (conflict == null) {
                send(doc, repo, mode, doc.nameProperty().get(), done);
                return;
            }
            dialogs.askConflict(doc.nameProperty().get(), doc.layout().copy(), conflict.layout(), conflict.server().name(),
                    choice -> {
                        switch (choice) {
                            case KEEP_MINE -> send(doc, repo, SaveMode.REPLACE, doc.nameProperty().get(), done);
                            case TAKE_THEIRS -> {
                                takeTheirs(doc, conflict);
                                done.accept(true);
                            }
                            case SAVE_COPY -> send(doc, repo, SaveMode.CREATE, doc.nameProperty().get() + " (copy)", done);
                            default -> done.accept(false);
                        }
                    });
        }, e -> failed(e, done));
    }

    /** The server's copy, with its background, after a conflict. */
    public record Conflict(ServerLayout server, LayoutDocument layout, byte[] background) {
    }

    /** Loads the server's version as one undoable step; the document is then saved (equal to the server). */
    public static void takeTheirs(EditorDocument doc, Conflict conflict) {
        doc.run(new ReplaceAllCommand("Take the server's version", conflict.layout().elements()));
        doc.nameProperty().set(conflict.server().name());
        if (conflict.background() != null) {
            doc.backgroundPdfProperty().set(conflict.background());
        }
        doc.serverOriginProperty().set(ServerOrigin.of(conflict.server()));
        doc.markSaved();
    }

    private void send(EditorDocument doc, LayoutRepository repo, SaveMode mode, String name, Consumer<Boolean> done) {
        ServerOrigin origin = Documents.origin(doc);
        byte[] bg = doc.backgroundPdfProperty().get();
        boolean upload = mode == SaveMode.CREATE
                ? doc.isBackgroundChanged() || !Arrays.equals(bg, PretixDefaults.ticketBackgroundPdf())
                : doc.isBackgroundChanged();
        SaveRequest request = new SaveRequest(name, doc.layout().toCompactJson(), upload ? bg : null, origin);
        ServerSaver saver = new ServerSaver(repo);
        tasks.run(mode.label(), () -> saver.save(request, mode), saved -> {
            doc.serverOriginProperty().set(ServerOrigin.of(saved));
            doc.nameProperty().set(saved.name());
            doc.markSaved();
            done.accept(true);
        }, e -> failed(e, done));
    }

    private void failed(Throwable e, Consumer<Boolean> done) {
        String why = e instanceof RepositoryException r ? r.userMessage()
                : e.getMessage() != null ? e.getMessage() : "An unexpected error happened (" + e.getClass().getSimpleName() + ").";
        dialogs.showError("The layout was not saved.", why + " Your changes are kept.");
        done.accept(false);
    }

    /** For tests and the shell: the checks this controller runs. */
    public List<Finding> check(EditorDocument doc) {
        return checks.check(doc.layout().copy(), doc.backgroundPdfProperty().get());
    }
}
