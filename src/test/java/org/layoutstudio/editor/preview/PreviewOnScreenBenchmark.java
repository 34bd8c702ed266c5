package org.layoutstudio.editor.preview;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.layoutstudio.bench.RatioTo;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.testing.FxTesting;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.ui.BackgroundTasks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From an edit to its picture on screen, through the real preview pane in a shown window (headless
 * Monocle, software rendering): an arrow-key nudge of the attendee name on pretix's default ticket,
 * then wait for the pane to report the picture on screen. The baseline in the same run is the
 * preview's own work alone, without the pane (the ticket PDF, its elements drawn over the cached
 * background raster): what remains is hand-overs between threads and the FX pulse. Also measured:
 * the whole page rendered and rasterised, as the preview did before the background was cached.
 * Run: {@code ./mvnw -o -Pbench verify -Dbench=PreviewOnScreen}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Dprism.text=t2k"})
public class PreviewOnScreenBenchmark {
    private EditorDocument doc;
    private PreviewPane pane;
    private TicketPreviewRenderer renderer;
    private int step;

    @Setup
    public void setUp() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        renderer = new TicketPreviewRenderer(new TicketRenderer(FontCatalog.builtInOnly()));
        doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        onFx(() -> {
            pane = new PreviewPane(doc, renderer, BackgroundTasks.shared(), () -> null);
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 480, 760)); // a preview column beside the canvas
            stage.show();
            return null;
        });
        CountDownLatch first = new CountDownLatch(1);
        onFx(() -> {
            if (pane.scheduler().statusProperty().get().state() == PreviewStatus.State.SHOWN) {
                first.countDown();
            }
            pane.scheduler().statusProperty().addListener((o, a, b) -> {
                if (b.state() == PreviewStatus.State.SHOWN) {
                    first.countDown();
                }
            });
            return null;
        });
        if (!first.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The preview did not show its first picture in 60 s");
        }
    }

    /** One nudge of 0.1 mm, as the arrow key makes it, until its picture is on screen. */
    @Benchmark
    @RatioTo("previewWorkOnly")
    public long editToScreen() throws Exception {
        double left = 16 + (step++ % 50) / 10.0;
        return waitShown(() -> {
            Element name = doc.layout().get(4);
            doc.run(ReplaceElementsCommand.of("Move", List.of(name), e -> e.withLeft(left)));
        });
    }

    /** The baseline: the preview's work for the same edit at the pane's scale, nothing else. */
    @Benchmark
    public Object previewWorkOnly() throws Exception {
        double left = 16 + (step++ % 50) / 10.0;
        var layout = doc.layout().copy();
        layout.replace(layout.get(4).withLeft(left));
        return renderer.preview(layout, null, doc.backgroundPdfProperty().get(), 0, pane.scheduler().scaleProperty().get());
    }

    /** The whole page rendered and rasterised for the same edit (the preview's work before the background raster was kept). */
    @Benchmark
    @RatioTo("previewWorkOnly")
    public Object renderAndRasterOnly() throws Exception {
        double left = 16 + (step++ % 50) / 10.0;
        var layout = doc.layout().copy();
        layout.replace(layout.get(4).withLeft(left));
        byte[] pdf = renderer.render(layout, null, doc.backgroundPdfProperty().get());
        return renderer.rasterize(pdf, 0, pane.scheduler().scaleProperty().get());
    }

    private long waitShown(Runnable edit) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        long[] millis = new long[1];
        onFx(() -> {
            PreviewScheduler s = pane.scheduler();
            ChangeListener<PreviewStatus> l = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends PreviewStatus> o, PreviewStatus a, PreviewStatus b) {
                    if (b.state() == PreviewStatus.State.SHOWN) {
                        s.statusProperty().removeListener(this);
                        millis[0] = b.millis();
                        shown.countDown();
                    }
                }
            };
            s.statusProperty().addListener(l);
            edit.run();
            return null;
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The preview did not show the edit in 30 s");
        }
        return millis[0];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxTesting.onFx(work, 60); // the machine may be loaded: wait longer than a test would
    }
}
