package org.layoutstudio.editor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutListener;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.FxImages;

/**
 * Keeps a rendered preview of a document up to date (FX thread). An edit starts a render at once
 * (the edits of one event, such as a command that moves several elements, are taken together);
 * at most one render runs at a time; while it runs, further edits only mark the preview stale, and
 * the next render takes the newest state, so a drag or a held key is coalesced without a fixed
 * wait. A result older than the newest edit is dropped. The time reported is the one a user
 * waits: from the first edit not yet shown to the pulse that puts its picture on the screen.
 */
public final class PreviewScheduler {
    /** Default pixels per point of the preview image (about 108 dpi); the pane adapts it to its width. */
    static final double SCALE = 1.5;

    private final PreviewRenderer renderer;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<PreviewStatus> status = new ReadOnlyObjectWrapper<>(this, "status", PreviewStatus.RENDERING);
    private final ReadOnlyIntegerWrapper rendersStarted = new ReadOnlyIntegerWrapper(this, "rendersStarted");
    private final ReadOnlyIntegerWrapper rendersShown = new ReadOnlyIntegerWrapper(this, "rendersShown");
    private final ReadOnlyIntegerWrapper rendersDropped = new ReadOnlyIntegerWrapper(this, "rendersDropped");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 1);
    private final javafx.beans.property.DoubleProperty scale = new javafx.beans.property.SimpleDoubleProperty(this, "scale", SCALE);
    private final ObjectProperty<JsonNode> data = new SimpleObjectProperty<>(this, "data");
    private final LayoutListener layoutListener = d -> request();
    private EditorDocument document;
    private long requested; // generation of the newest state asked for
    private boolean running;
    /** A start is queued behind the current FX event (the rest of its edits join it). */
    private boolean startQueued;
    private boolean pendingWhileRunning;
    private volatile byte[] lastPdf;
    private long lastMillis;
    private List<Object> shownKey;
    /** When the oldest edit not yet on screen was made (System.nanoTime), 0 when none waits. */
    private long editAt;
    /** Runs its argument once the scene has taken the new picture (the pane hooks in its scene's next pulse). */
    private Consumer<Runnable> onScreen = Runnable::run;

    public PreviewScheduler(PreviewRenderer renderer, BackgroundTasks tasks) {
        this.renderer = renderer;
        this.tasks = tasks;
        page.addListener((o, a, b) -> request());
        data.addListener((o, a, b) -> request());
        scale.addListener((o, a, b) -> request());
    }

    /** Pixels per point of the rasterised preview (fewer pixels, faster refresh). */
    public javafx.beans.property.DoubleProperty scaleProperty() {
        return scale;
    }

    /** Follows this document (null to stop). */
    public void setDocument(EditorDocument doc) {
        if (document != null) {
            document.layout().removeListener(layoutListener);
        }
        document = doc;
        if (doc != null) {
            doc.layout().addListener(layoutListener);
            doc.backgroundPdfProperty().addListener((o, a, b) -> {
                if (document == doc) {
                    request();
                }
            });
            request();
        }
    }

    /** Something changed: render again once the current FX event is handled (or after the running render). */
    public void request() {
        requested++;
        if (editAt == 0) {
            editAt = System.nanoTime();
        }
        if (!startQueued) {
            startQueued = true;
            Platform.runLater(() -> {
                startQueued = false;
                startIfIdle();
            });
        }
    }

    /** Renders again although the document did not change (the fonts it is drawn with did). */
    public void refresh() {
        shownKey = null;
        request();
    }

    /** How the pane learns that a picture reached the screen: {@code hook} runs its argument after the next pulse. */
    void onScreen(Consumer<Runnable> hook) {
        onScreen = hook;
    }

    private void startIfIdle() {
        if (document == null) {
            return;
        }
        if (running) {
            pendingWhileRunning = true;
            return;
        }
        pendingWhileRunning = false;
        long generation = requested;
        LayoutDocument snapshot = document.layout().copy();
        byte[] background = document.backgroundPdfProperty().get();
        JsonNode values = data.get();
        int pageIndex = Math.max(0, page.get() - 1);
        double pixelsPerPoint = scale.get();
        // an edit and its undo end where the shown image already is: nothing to render
        List<Object> key = java.util.Arrays.asList(snapshot.toCompactJson(), System.identityHashCode(background),
                values, pageIndex, pixelsPerPoint);
        if (key.equals(shownKey) && image.get() != null) {
            editAt = 0;
            status.set(PreviewStatus.UP_TO_DATE);
            return;
        }
        running = true;
        rendersStarted.set(rendersStarted.get() + 1);
        status.set(PreviewStatus.RENDERING);
        tasks.run("Preview", () -> {
            PreviewRenderer.Preview preview = renderer.preview(snapshot, values, background, pageIndex, pixelsPerPoint);
            return new Result(generation, preview.pdf(), FxImages.toFx(preview.page()), key);
        }, this::finished, this::failed);
    }

    private record Result(long generation, byte[] pdf, Image image, List<Object> key) {
    }

    private void finished(Result r) {
        running = false;
        if (r.generation() == requested) {
            lastPdf = r.pdf();
            image.set(r.image());
            shownKey = r.key();
            rendersShown.set(rendersShown.get() + 1);
            long since = editAt;
            editAt = 0;
            onScreen.accept(() -> {
                lastMillis = since == 0 ? 0 : (System.nanoTime() - since) / 1_000_000;
                if (image.get() == r.image()) {
                    status.set(PreviewStatus.shown(lastMillis));
                }
            });
        } else {
            rendersDropped.set(rendersDropped.get() + 1);
        }
        if (pendingWhileRunning || r.generation() != requested && !startQueued) {
            startIfIdle();
        }
    }

    private void failed(Throwable e) {
        running = false;
        editAt = 0;
        status.set(PreviewStatus.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (pendingWhileRunning) {
            startIfIdle();
        }
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreviewStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 1-based page shown. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** Real attendee values ({@code pdf_data}) or null for sample values. */
    public ObjectProperty<JsonNode> dataProperty() {
        return data;
    }

    public ReadOnlyIntegerProperty rendersStartedProperty() {
        return rendersStarted.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rendersShownProperty() {
        return rendersShown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rendersDroppedProperty() {
        return rendersDropped.getReadOnlyProperty();
    }

    /** The PDF of the preview shown now (null before the first render). */
    public byte[] lastPdf() {
        return lastPdf;
    }

    /** Milliseconds from the last edit to its picture on screen. */
    public long lastMillis() {
        return lastMillis;
    }

    /** True when the shown image is of the newest state and nothing is waiting. */
    public boolean isCurrent() {
        return !running && !startQueued && rendersShown.get() > 0 && lastPdf != null;
    }

    public PreviewRenderer renderer() {
        return renderer;
    }
}
