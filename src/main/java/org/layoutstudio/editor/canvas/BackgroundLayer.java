package org.layoutstudio.editor.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.FxImages;

/**
 * The background PDF page under the elements, in page units (pt). It is rasterised off the FX
 * thread at the resolution the zoom needs, once per page and resolution (a few recent images are
 * kept), so that returning to a zoom level is immediate. A new zoom level shows the nearest kept
 * level of the page at once, scaled, and the sharp image replaces it when it is ready.
 */
final class BackgroundLayer extends ImageView {
    private static final int CACHED_IMAGES = 6;

    private final CanvasRenderer renderer;
    private final BackgroundTasks tasks;
    private final Consumer<Boolean> ready;
    private final Consumer<String> problems;
    private final Map<Level, Image> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Level, Image> eldest) {
            return size() > CACHED_IMAGES;
        }
    };
    private Level wanted;
    private Task<?> task;

    BackgroundLayer(CanvasRenderer renderer, BackgroundTasks tasks, Consumer<Boolean> ready, Consumer<String> problems) {
        this.renderer = renderer;
        this.tasks = tasks;
        this.ready = ready;
        this.problems = problems;
        setSmooth(true);
        setPreserveRatio(false);
        setMouseTransparent(true);
    }

    /** Shows no background. */
    void clear() {
        setImage(null);
        wanted = null;
    }

    /** Shows page {@code index} (0-based) of the PDF over {@code size}, rasterised at {@code pxPerPt}. */
    void show(byte[] pdf, int index, PageGeometry size, double pxPerPt) {
        setFitWidth(size.widthPt());
        setFitHeight(size.heightPt());
        Level key = new Level(pdf, index, pxPerPt);
        if (key.equals(wanted)) {
            return;
        }
        wanted = key;
        Image cached = cache.get(key);
        if (cached != null) {
            setImage(cached);
            ready.accept(true);
            return;
        }
        setImage(nearest(key));
        ready.accept(false);
        cancel();
        task = tasks.run("Rendering the background", () -> FxImages.toFx(renderer.rasterize(pdf, index, pxPerPt)), img -> {
            cache.put(key, img);
            if (key.equals(wanted)) {
                setImage(img);
                ready.accept(true);
            }
        }, err -> {
            if (key.equals(wanted)) {
                problems.accept("The background could not be drawn: " + err.getMessage());
                ready.accept(true);
            }
        });
    }

    /** The kept image of the same page whose resolution is nearest (a sharper one on a tie), or null. */
    private Image nearest(Level key) {
        Image best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Map.Entry<Level, Image> e : cache.entrySet()) {
            Level level = e.getKey();
            if (level.pdf() == key.pdf() && level.page() == key.page()) {
                double distance = Math.abs(Math.log(level.pxPerPt() / key.pxPerPt())) - (level.pxPerPt() > key.pxPerPt() ? 1e-9 : 0);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    /** One rasterised page: the PDF (by identity), the page, the resolution. */
    private record Level(byte[] pdf, int page, double pxPerPt) {
    }

    void cancel() {
        if (task != null) {
            task.cancel();
            task = null;
        }
    }

    /** Forgets the rasterised images (benchmarks: the uncached zoom). */
    void clearCache() {
        cache.clear();
        wanted = null;
    }
}
