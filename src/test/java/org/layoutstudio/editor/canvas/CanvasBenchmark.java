package org.layoutstudio.editor.canvas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.layoutstudio.editor.actions.TextClipboard;
import org.layoutstudio.editor.gestures.MoveGesture;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.testing.FxTesting;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.TextLayoutEngine;
import org.layoutstudio.ui.BackgroundTasks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The canvas's speed (not part of verify): one mouse-drag event with 200 elements on the page
 * (snapping, node translation, guides, the layout pass), and a zoom change on pretix's A4 background,
 * with the page already rasterised for that zoom and without. {@code fxRoundTrip} is the baseline:
 * handing an empty job to the FX thread and waiting for it. Run:
 * {@code ./mvnw -o -Pbench verify -Dbench=CanvasBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Dprism.text=t2k"})
public class CanvasBenchmark {
    private static final int EVENTS = 50;

    private EditorCanvas dragCanvas;
    private EditorCanvas zoomCanvas;
    private MoveGesture moveOne;
    private MoveGesture moveAll;
    private final MouseEvent[] events = new MouseEvent[EVENTS];
    private final FreshRaster fresh = new FreshRaster();
    private boolean flip;
    private int uncachedStep;

    @Setup
    public void setUp() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FontCatalog fonts = FontCatalog.builtInOnly();
        RendererCanvasRenderer renderer = new RendererCanvasRenderer(new TextLayoutEngine(fonts), new BackgroundRaster());
        EditorDocument many = new EditorDocument(twoHundredElements(), null);
        EditorDocument ticket = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        onFx(() -> {
            // not shown: measures the FX thread's work per event; drawing happens once per frame on the
            // render thread (the GPU in real use, the slow software rasteriser here)
            dragCanvas = new EditorCanvas(many, renderer, TextClipboard.inMemory(), new BackgroundTasks(1));
            new Scene(dragCanvas, 1000, 780);
            dragCanvas.applyCss();
            dragCanvas.layout();
            zoomCanvas = new EditorCanvas(ticket, fresh, TextClipboard.inMemory(), new BackgroundTasks(1));
            Stage s2 = new Stage();
            s2.setScene(new Scene(zoomCanvas, 1000, 780));
            s2.show();
            return null;
        });
        waitReady(zoomCanvas);
        onFx(() -> {
            List<Long> all = new ArrayList<>();
            many.layout().elements().forEach(e -> all.add(e.id()));
            many.selection().select(all.get(37));
            moveOne = new MoveGesture(dragCanvas, 100, 100);
            many.selection().set(all);
            moveAll = new MoveGesture(dragCanvas, 100, 100);
            for (int i = 0; i < EVENTS; i++) {
                double x = 100 + (i % 25) * 3.3;
                double y = 100 + (i % 10) * 2.1;
                events[i] = new MouseEvent(MouseEvent.MOUSE_DRAGGED, x, y, x, y, MouseButton.PRIMARY, 1,
                        false, false, false, false, true, false, false, false, false, false, null);
            }
            return null;
        });
    }

    private static LayoutDocument twoHundredElements() throws Exception {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 200; i++) {
            double left = 5 + (i % 10) * 20;
            double bottom = 10 + (i / 10) * 14;
            ObjectNode o = a.addObject();
            if (i % 10 == 9) {
                o.put("type", "barcodearea").put("page", 1).put("left", String.format("%.2f", left))
                        .put("bottom", String.format("%.2f", bottom)).put("size", "12.00").put("content", "secret");
            } else {
                o.put("type", "textcontainer").put("page", 1).put("left", String.format("%.2f", left))
                        .put("bottom", String.format("%.2f", bottom)).put("fontsize", "9.0").put("lineheight", "1")
                        .put("fontfamily", "Open Sans").put("bold", i % 3 == 0).put("italic", false)
                        .put("width", "18.00").put("height", "12.00").put("content", "other").put("text", "Element " + i + " with text")
                        .put("align", "left").put("verticalalign", "middle").put("autoresize", true).put("splitlongwords", true);
            }
        }
        return LayoutDocument.fromJson(a);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxTesting.onFx(work, 60); // the machine may be loaded: wait longer than a test would
    }

    private static void waitReady(EditorCanvas c) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        onFx(() -> {
            if (c.backgroundReadyProperty().get()) {
                ready.countDown();
            } else {
                c.backgroundReadyProperty().addListener((o, a, b) -> {
                    if (b) {
                        ready.countDown();
                    }
                });
            }
            return null;
        });
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the background did not arrive");
        }
    }

    @Benchmark
    public Object fxRoundTrip() throws Exception {
        return onFx(() -> Boolean.TRUE);
    }

    /** One drag event (snapping, moving the node, guides) and the layout pass, one element of 200 selected. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object dragOneOf200() throws Exception {
        return drag(moveOne, false);
    }

    /** The same with all 200 elements selected and moving. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object dragAll200() throws Exception {
        return drag(moveAll, false);
    }

    /**
     * The same plus {@code applyCss()}, which forces a style pass over every node of the canvas (a
     * real pulse only styles nodes that changed, and a drag changes none).
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object dragOneOf200ForcedCss() throws Exception {
        return drag(moveOne, true);
    }

    private Object drag(MoveGesture gesture, boolean css) throws Exception {
        return onFx(() -> {
            for (MouseEvent e : events) {
                gesture.drag(e);
                if (css) {
                    dragCanvas.applyCss();
                }
                dragCanvas.layout();
            }
            return dragCanvas;
        });
    }

    /** Between two zoom levels whose backgrounds are already rasterised. */
    @Benchmark
    public Object zoomCached() throws Exception {
        flip = !flip;
        double z = flip ? 1.0 : 0.8;
        onFx(() -> {
            zoomCanvas.setZoom(z);
            zoomCanvas.layout();
            return null;
        });
        waitReady(zoomCanvas);
        return zoomCanvas;
    }

    /** A zoom level whose background is rasterised now (a fresh rasteriser, no cache anywhere). */
    @Benchmark
    public Object zoomUncached() throws Exception {
        double z = 0.9 + (uncachedStep++ % 2) * 0.3;
        fresh.reset();
        onFx(() -> {
            zoomCanvas.clearBackgroundCache();
            zoomCanvas.setZoom(z);
            zoomCanvas.layout();
            return null;
        });
        waitReady(zoomCanvas);
        return zoomCanvas;
    }

    /** The real renderer with a rasteriser that can be replaced by an empty one. */
    static final class FreshRaster implements CanvasRenderer {
        private final RendererCanvasRenderer text = new RendererCanvasRenderer(new TextLayoutEngine(FontCatalog.builtInOnly()), new BackgroundRaster());
        private volatile BackgroundRaster raster = new BackgroundRaster();

        void reset() {
            BackgroundRaster old = raster;
            raster = new BackgroundRaster();
            old.close();
        }

        @Override
        public CanvasText layoutText(Element element, String s) {
            return text.layoutText(element, s);
        }

        @Override
        public byte[] fontBytes(String fontKey) {
            return text.fontBytes(fontKey);
        }

        @Override
        public boolean[][] qrModules(String content, boolean noWhitespace) {
            return text.qrModules(content, noWhitespace);
        }

        @Override
        public ContentValues sampleValues() {
            return text.sampleValues();
        }

        @Override
        public PageGeometry pages(byte[] pdf) throws Exception {
            return text.pages(pdf);
        }

        @Override
        public BufferedImage rasterize(byte[] pdf, int pageIndex, double pxPerPt) throws Exception {
            return raster.render(pdf, pageIndex, pxPerPt);
        }
    }
}
