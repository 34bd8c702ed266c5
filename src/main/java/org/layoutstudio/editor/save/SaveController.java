package org.layoutstudio.editor.save;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.layoutstudio.editor.document.Connections;
import org.layoutstudio.editor.document.Documents;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.model.Command;
import org.layoutstudio.editor.model.CompositeCommand;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.RenameCommand;
import org.layoutstudio.editor.model.ReplaceAllCommand;
import org.layoutstudio.editor.model.ServerBackground;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.Message;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * Saving a document (FX thread; the work runs in the background): to a file, or to pretix — always to
 * the event the document belongs to ({@link ServerOrigin}), whatever connection is active now. Before
 * a server save the layout is checked (errors block, warnings can be accepted) and the server's copy
 * is compared with the one the document is based on (conflict dialog). The requests are the pretix
 * package's: {@code changedSince}, {@code uploadBackground}, then {@code updateLayout} (PATCH of what
 * changed), {@code replaceLayout} (PUT) or {@code createLayout} (POST). A failed save keeps the edits
 * and says why. {@code done} receives true when the document was saved.
 */
public final class SaveController {
    private final BackgroundTasks tasks;
    private final LayoutChecks checks;
    private final Connections connections;
    private final SaveDialogs dialogs;
    private final BiConsumer<EditorDocument, Consumer<Boolean>> saveAsFile;

    /**
     * @param saveAsFile asks for a file and saves there (offered when the document's event is not connected)
     */
    public SaveController(BackgroundTasks tasks, LayoutChecks checks, Connections connections, SaveDialogs dialogs,
                          BiConsumer<EditorDocument, Consumer<Boolean>> saveAsFile) {
        this.tasks = tasks;
        this.checks = checks;
        this.connections = connections;
        this.dialogs = dialogs;
        this.saveAsFile = saveAsFile;
    }

    public SaveDialogs dialogs() {
        return dialogs;
    }

    // ----- files -----

    /**
     * Writes the layout as pretty JSON (atomically); a background other than pretix's default goes
     * beside it as a PDF of the same name (which opening the file reads again), so nothing is lost.
     */
    public void saveToFile(EditorDocument doc, Path file, Consumer<Boolean> done) {
        String json = doc.layout().toPrettyJson();
        byte[] background = doc.backgroundPdfProperty().get();
        boolean withBackground = !doc.isOnStandInBackground() && !Arrays.equals(background, PretixDefaults.ticketBackgroundPdf());
        tasks.run(dialogs.text("editor.save.task.file", file.getFileName()), () -> {
            writeAtomically(file, (json + "\n").getBytes(StandardCharsets.UTF_8));
            if (withBackground) {
                writeAtomically(Documents.backgroundBeside(file), background);
            }
            return file;
        }, p -> {
            doc.fileProperty().set(p);
            String fileName = Documents.baseName(p);
            if (doc.serverOrigin() == null && !fileName.equals(doc.nameProperty().get())) {
                // a file's layout is called after the file
                doc.run(new RenameCommand(doc, fileName, dialogs.text("editor.step.rename", fileName)));
            }
            doc.markSaved();
            done.accept(true);
        }, e -> {
            dialogs.showSaveFailed(e);
            done.accept(false);
        });
    }

    private static void writeAtomically(Path target, byte[] bytes) throws java.io.IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".saving");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    // ----- pretix -----

    /**
     * Saves to the event the document belongs to: {@link SaveMode#UPDATE} (PATCH of what changed) or
     * {@link SaveMode#REPLACE} (PUT). When that event is not connected now, the user chooses: connect
     * to it again, save as a file, or save into the current event as a new layout.
     */
    public void saveToOrigin(EditorDocument doc, SaveMode mode, Consumer<Boolean> done) {
        ServerOrigin origin = Objects.requireNonNull(doc.serverOrigin(), "the document does not come from pretix");
        if (mode == SaveMode.CREATE) {
            throw new IllegalArgumentException("A new layout is saved with saveAsNew");
        }
        Optional<LayoutRepository> repo = connections.forEvent(origin.event());
        if (repo.isPresent()) {
            checkThen(doc, repo.get(), () -> checkServerCopy(doc, repo.get(), mode, done), done);
        } else {
            unreachable(doc, origin, mode, done);
        }
    }

    /** Saves as a new layout (POST) into the active connection's event; the document then belongs there. */
    public void saveAsNew(EditorDocument doc, Consumer<Boolean> done) {
        LayoutRepository repo = connections.active();
        if (repo == null) {
            dialogs.showNotConnected();
            done.accept(false);
            return;
        }
        checkThen(doc, repo, () -> send(doc, repo, SaveMode.CREATE, doc.nameProperty().get(), done), done);
    }

    private void unreachable(EditorDocument doc, ServerOrigin origin, SaveMode mode, Consumer<Boolean> done) {
        Optional<Callable<LayoutRepository>> reconnect = connections.reconnector(origin);
        LayoutRepository current = connections.active();
        dialogs.askUnreachable(doc.nameProperty().get(), dialogs.where(origin.event()), reconnect.isPresent(),
                current == null ? null : dialogs.where(current.address()), choice -> {
                    switch (choice) {
                        case RECONNECT -> tasks.run(dialogs.text("editor.save.task.reconnect"), reconnect.get(), repo -> {
                            connections.add(repo);
                            saveToOrigin(doc, mode, done);
                        }, e -> {
                            dialogs.showSaveFailed(e);
                            done.accept(false);
                        });
                        case SAVE_FILE -> saveAsFile.accept(doc, done);
                        case SAVE_NEW_IN_CURRENT -> saveAsNew(doc, done);
                        default -> done.accept(false);
                    }
                });
    }

    /**
     * Validation, preflight (for the pretix version of {@code target}, the server the layout goes to)
     * and the document's own warnings; then {@code next}, or the findings dialog first.
     */
    private void checkThen(EditorDocument doc, LayoutRepository target, Runnable next, Consumer<Boolean> done) {
        LayoutDocument snapshot = doc.layout().copy();
        byte[] bg = doc.backgroundPdfProperty().get();
        List<Finding> own = new ArrayList<>();
        if (doc.isOnStandInBackground()) {
            own.add(Finding.warning(Message.of("editor.save.standInBackground", doc.serverOrigin().background().problem())));
        }
        tasks.run(dialogs.text("editor.save.task.check"), () -> {
            List<Finding> all = new ArrayList<>(own);
            all.addAll(checks.check(snapshot, bg, target.serverVersion()));
            return all;
        }, findings -> {
            if (findings.isEmpty()) {
                next.run();
            } else {
                dialogs.showFindings(findings, go -> {
                    if (go) {
                        next.run();
                    } else {
                        done.accept(false);
                    }
                });
            }
        }, e -> failed(e, done));
    }

    /** The server's copy, with its background, when it changed since the document's base. */
    public record Conflict(TicketLayoutResource server, LayoutDocument layout, ServerBackground background) {
    }

    private void checkServerCopy(EditorDocument doc, LayoutRepository repo, SaveMode mode, Consumer<Boolean> done) {
        ServerOrigin origin = doc.serverOrigin();
        tasks.run(dialogs.text("editor.save.task.serverCopy"), () -> {
            Optional<TicketLayoutResource> changed = repo.client().changedSince(origin.layout());
            if (changed.isEmpty()) {
                return null;
            }
            TicketLayoutResource theirs = changed.get();
            ServerBackground bg = Objects.equals(theirs.backgroundUrl(), origin.layout().backgroundUrl()) ? origin.background()
                    : Documents.background(repo.withBackground(theirs), dialogs::explain);
            return new Conflict(theirs, theirs.document(), bg);
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
                                takeTheirs(doc, conflict, dialogs.text("editor.save.takeTheirs"));
                                done.accept(true);
                            }
                            case SAVE_COPY -> send(doc, repo, SaveMode.CREATE,
                                    dialogs.text("editor.save.copyName", doc.nameProperty().get()), done);
                            default -> done.accept(false);
                        }
                    });
        }, e -> failed(e, done));
    }

    /**
     * Loads the server's version — elements, name and background — as one undoable step; the
     * document is then based on it and saved (equal to the server). Undo brings the user's version
     * back, as a change to save over theirs.
     */
    public static void takeTheirs(EditorDocument doc, Conflict conflict, String description) {
        List<Command> steps = new ArrayList<>();
        steps.add(new ReplaceAllCommand(description, conflict.layout().elements()));
        steps.add(new RenameCommand(doc, conflict.server().name(), description));
        if (conflict.background().pdf() != doc.backgroundPdfProperty().get()) {
            steps.add(doc.backgroundCommand(conflict.background().pdf(), description));
        }
        doc.run(new CompositeCommand(description, steps));
        doc.serverOriginProperty().set(doc.serverOrigin().withServerCopy(conflict.server(), conflict.background()));
        doc.markSaved();
    }

    private void send(EditorDocument doc, LayoutRepository repo, SaveMode mode, String name, Consumer<Boolean> done) {
        ServerOrigin origin = doc.serverOrigin();
        ServerBackground serverHas = mode == SaveMode.CREATE ? null : origin.background();
        BackgroundChange change = BackgroundChange.of(doc, serverHas);
        ServerBackground before = mode != SaveMode.CREATE ? serverHas : doc.isOnStandInBackground() ? origin.background() : null;
        JsonNode layout = doc.layout().toJson();
        byte[] bg = doc.backgroundPdfProperty().get();
        TicketLayoutResource base = mode == SaveMode.CREATE ? TicketLayoutResource.newLayout(name, layout) : origin.layout();
        tasks.run(dialogs.text(mode.textKey()), () -> {
            PretixClient client = repo.client();
            TicketLayoutResource edited = base.withName(name).withLayout(layout);
            if (change == BackgroundChange.UPLOAD) {
                edited = edited.withBackgroundFile(client.uploadBackground(bg, backgroundFileName(name)));
            } else if (change == BackgroundChange.RESET) {
                edited = edited.withDefaultBackground();
            }
            return switch (mode) {
                case UPDATE -> client.updateLayout(base, edited);
                case REPLACE -> client.replaceLayout(edited);
                case CREATE -> client.createLayout(edited);
            };
        }, saved -> {
            if (!saved.name().equals(doc.nameProperty().get())) {
                // "Save as a copy" names the copy
                doc.run(new RenameCommand(doc, saved.name(), dialogs.text("editor.step.rename", saved.name())));
            }
            doc.serverOriginProperty().set(new ServerOrigin(repo.address(), repo.connectionName(), saved, change.after(bg, before)));
            doc.markSaved();
            done.accept(true);
        }, e -> failed(e, done));
    }

    private static String backgroundFileName(String layoutName) {
        String n = layoutName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (n.isEmpty() ? "background" : n) + ".pdf";
    }

    private void failed(Throwable e, Consumer<Boolean> done) {
        dialogs.showSaveFailed(e);
        done.accept(false);
    }

    /** For tests and the shell: the checks this controller runs. */
    public List<Finding> check(EditorDocument doc) {
        return checks.check(doc.layout().copy(), doc.backgroundPdfProperty().get());
    }
}
