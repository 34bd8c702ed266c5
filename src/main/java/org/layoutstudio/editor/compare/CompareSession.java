package org.layoutstudio.editor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.layoutstudio.editor.document.AttendeeData;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.preview.PreviewRenderer;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutListener;
import org.layoutstudio.pretix.Cancellation;
import org.layoutstudio.pretix.DownloadState;
import org.layoutstudio.pretix.OrderPositionInfo;
import org.layoutstudio.pretix.PositionLayout;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.render.compare.DiffPalette;
import org.layoutstudio.render.compare.TicketComparison;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.Texts;

/**
 * One comparison of a document with pretix's own PDF of an attendee's ticket. Finds the ticket on
 * pretix, fetches its PDF (progress in {@link #statusProperty()}, {@link #cancel()} stops it at once)
 * and rasterises it once; then renders the document's current state with the attendee's values and
 * compares, again a moment after every edit. At most one rendering runs; edits meanwhile make one
 * more afterwards with the newest state. FX thread only, apart from the work handed to the tasks.
 */
final class CompareSession {
    /** How long after an edit the comparison follows (edits in quick succession make one rendering). */
    static final Duration FOLLOW_DELAY = Duration.millis(300);

    /** What the fetch brings: the ticket's position, the layout pretix prints it with (null if unknown), its pages. */
    record Fetched(OrderPositionInfo position, PositionLayout layout, List<BufferedImage> pages) {
    }

    private final EditorDocument document;
    private final Ticket ticket;
    private final JsonNode values;
    private final PreviewRenderer renderer;
    private final PretixClient client;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ErrorMessages messages;
    private final Consumer<Throwable> showError;
    private final Cancellation cancel = new Cancellation();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(this, "fetching");
    private final ReadOnlyObjectWrapper<Fetched> fetched = new ReadOnlyObjectWrapper<>(this, "fetched");
    private final ReadOnlyObjectWrapper<ComparisonImages> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final PauseTransition follow = new PauseTransition(FOLLOW_DELAY);
    private final LayoutListener layoutListener = d -> follow.playFromStart();
    private final ChangeListener<byte[]> backgroundListener = (o, a, b) -> follow.playFromStart();
    private DiffPalette palette = DiffPalette.DEFAULT;
    private boolean comparing;
    private boolean again;
    private boolean closed;

    /**
     * @param attendee  whose ticket: its {@code pdf_data} names the order and the position
     * @param messages  explains a failed comparison of an edit in the status line
     * @param showError shows why pretix's PDF could not be had (not called for a cancel)
     */
    CompareSession(EditorDocument document, AttendeeData attendee, PreviewRenderer renderer, PretixClient client,
                   BackgroundTasks tasks, Texts texts, ErrorMessages messages, Consumer<Throwable> showError) {
        this.document = document;
        this.ticket = java.util.Objects.requireNonNull(ticketOf(attendee), "the attendee's values name no ticket");
        this.values = attendee.pdfData();
        this.renderer = renderer;
        this.client = client;
        this.tasks = tasks;
        this.texts = texts;
        this.messages = messages;
        this.showError = showError;
        follow.setOnFinished(e -> compare());
    }

    /** A ticket as pretix's values name it: order code and position number ({@code ABC12}-{@code 1}). */
    record Ticket(String orderCode, int positionNumber) {
    }

    /** The ticket whose values the attendee carries, or null when they name none (sample data). */
    static Ticket ticketOf(AttendeeData attendee) {
        JsonNode v = attendee == null ? null : attendee.pdfData();
        if (v == null || !v.path("order").isTextual() || !v.path("positionid").asText("").matches("\\d{1,9}")) {
            return null;
        }
        return new Ticket(v.get("order").asText(), Integer.parseInt(v.get("positionid").asText()));
    }

    /** Starts fetching pretix's PDF; our side is compared with it as soon as it is there. */
    void start(DiffPalette colours) {
        this.palette = colours;
        Task<Fetched> task = new Task<>() {
            @Override
            protected Fetched call() throws Exception {
                updateMessage(texts.get("editor.compare.status.finding"));
                OrderPositionInfo position = client.orderPosition(ticket.orderCode(), ticket.positionNumber());
                PositionLayout layout = layoutOf(position);
                byte[] pdf = client.ticketPdf(position.id(), PretixClient.DEFAULT_TICKET_TIME_LIMIT, cancel,
                        (attempt, elapsed, state) -> updateMessage(state == DownloadState.ASKING ? texts.get("editor.compare.status.asking")
                                : texts.get("editor.compare.status.preparing", elapsed.toSeconds()))).pdf();
                updateMessage(texts.get("editor.compare.status.comparing"));
                return new Fetched(position, layout, TicketComparison.rasterise(pdf, "pretix's ticket PDF"));
            }
        };
        status.bind(task.messageProperty());
        fetching.set(true);
        task.setOnSucceeded(e -> {
            fetching.set(false);
            status.unbind();
            fetched.set(task.getValue());
            document.layout().addListener(layoutListener);
            document.backgroundPdfProperty().addListener(backgroundListener);
            compare();
        });
        task.setOnFailed(e -> {
            fetching.set(false);
            status.unbind();
            if (closed) {
                return;
            }
            if (task.getException() instanceof PretixException p && p.kind() == PretixException.Kind.CANCELLED) {
                status.set(texts.get("editor.compare.status.cancelled"));
            } else {
                status.set(texts.get("editor.compare.status.failed"));
                showError.accept(task.getException());
            }
        });
        tasks.submit(task);
    }

    /** The layout pretix prints the position with; null when pretix does not say (the comparison goes on). */
    private PositionLayout layoutOf(OrderPositionInfo position) {
        try {
            return PositionLayout.of(client, position);
        } catch (PretixException e) {
            return null;
        }
    }

    /** Renders the document's current state and compares it with pretix's pages. */
    void compare() {
        Fetched theirs = fetched.get();
        if (theirs == null || closed) {
            return;
        }
        if (comparing) {
            again = true;
            return;
        }
        comparing = true;
        LayoutDocument snapshot = document.layout().copy();
        byte[] background = document.backgroundPdfProperty().get();
        DiffPalette colours = palette;
        status.set(texts.get("editor.compare.status.comparing"));
        tasks.run("Compare with pretix", () -> {
            byte[] ours = renderer.render(snapshot, values, background);
            return ComparisonImages.of(TicketComparison.of(
                    TicketComparison.rasterise(ours, "Layout Studio's ticket PDF"), theirs.pages()), colours);
        }, images -> {
            comparing = false;
            if (!closed) {
                result.set(images);
                status.set(texts.get("editor.compare.status.done"));
            }
            if (again) {
                again = false;
                compare();
            }
        }, e -> {
            comparing = false;
            // a layout that cannot be drawn for a moment (an edit in progress) is said, not shown in a dialog
            if (!closed) {
                status.set(texts.get("editor.compare.status.notDrawn", messages.explain(e).whatHappened()));
            }
            if (again) {
                again = false;
                compare();
            }
        });
    }

    /** Stops fetching at once (a wait for pretix ends, a request in flight is aborted). */
    void cancel() {
        cancel.cancel();
    }

    /** Cancels and stops following the document (the window closed). */
    void close() {
        closed = true;
        cancel.cancel();
        follow.stop();
        document.layout().removeListener(layoutListener);
        document.backgroundPdfProperty().removeListener(backgroundListener);
    }

    /** What is happening, in a sentence. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while pretix's PDF is being fetched (then {@link #cancel()} makes sense). */
    ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    /** The ticket found on pretix and its pages, once fetched. */
    ReadOnlyObjectProperty<Fetched> fetchedProperty() {
        return fetched.getReadOnlyProperty();
    }

    /** The newest comparison. */
    ReadOnlyObjectProperty<ComparisonImages> resultProperty() {
        return result.getReadOnlyProperty();
    }

    EditorDocument document() {
        return document;
    }
}
