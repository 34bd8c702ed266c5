package org.layoutstudio.editor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutListener;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.FxImages;

/**
 * Keeps a rendered preview of a document up to date (FX thread). Edits are debounced (~150 ms);
 * at most one render runs at a time; while it runs, further edits only mark the preview stale, and
 * the next render takes the newest state. A result older than the newest edit is dropped.
 */
public final class PreviewScheduler {
    public static final Duration DEBOUNCE = Duration.millis(150);
    /** Default pixels per point of the preview image (about 108 dpi); the pane adapts it to its width. */
    static final double SCALE = 1.5;

    private final PreviewRenderer renderer;
    private final BackgroundTasks tasks;
    private final PauseTransition debounce;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
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
    private boolean pendingWhileRunning;
    private volatile byte[] lastPdf;
    private long lastMillis;

    public PreviewScheduler(PreviewRenderer renderer, BackgroundTasks tasks) {
        this(renderer, tasks, DEBOUNCE);
    }

    public PreviewScheduler(PreviewRenderer renderer, BackgroundTasks tasks, Duration debounceTime) {
        this.renderer = renderer;
        this.tasks = tasks;
        this.debounce = new PauseTransition(debounceTime);
        debounce.setOnFinished(e -> startIfIdle());
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

    /** Something changed: render again after the debounce time. */
    public void request() {
        requested++;
        debounce.playFromStart();
    }

    private void startIfIdle() {
        if (document == null) {
            return;
        }
        if (running) {
            pendingWhileRunning = true;
            return;
        }
        running = true;
        pendingWhileRunning = false;
        long generation = requested;
        LayoutDocument snapshot = document.layout().copy();
        byte[] background = document.backgroundPdfProperty().get();
        JsonNode values = data.get();
        int pageIndex = Math.max(0, page.get() - 1);
        double pixelsPerPoint = scale.get();
        rendersStarted.set(rendersStarted.get() + 1);
        status.set("Rendering…");
        tasks.run("Preview", () -> {
            long t0 = System.nanoTime();
            byte[] pdf = renderer.render(snapshot, values, background);
            BufferedImage img = renderer.rasterize(pdf, pageIndex, pixelsPerPoint);
            Image fx = FxImages.toFx(img);
            return new Result(generation, pdf, fx, (System.nanoTime() - t0) / 1_000_000);
        }, this::finished, this::failed);
    }

    private record Result(long generation, byte[] pdf, Image image, long millis) {
    }

    private void finished(Result r) {
        running = false;
        if (r.generation() == requested) {
            lastPdf = r.pdf();
            lastMillis = r.millis();
            image.set(r.image());
            rendersShown.set(rendersShown.get() + 1);
            status.set("Rendered in " + r.millis() + " ms");
        } else {
            rendersDropped.set(rendersDropped.get() + 1);
        }
        if (pendingWhileRunning || r.generation() != requested && debounce.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            startIfIdle();
        }
    }

    private void failed(Throwable e) {
        running = false;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        status.set("The preview could not be drawn: " + why);
        if (pendingWhileRunning) {
            startIfIdle();
        }
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
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

    public long lastMillis() {
        return lastMillis;
    }

    /** True when the shown image is of the newest state and nothing is waiting. */
    public boolean isCurrent() {
        return !running && debounce.getStatus() != javafx.animation.Animation.Status.RUNNING && rendersShown.get() > 0
                && lastPdf != null;
    }

    public PreviewRenderer renderer() {
        return renderer;
    }
}
