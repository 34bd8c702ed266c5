package org.layoutstudio.editor.preview;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;
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
 * Preview refresh after an edit on pretix's default ticket, the older way: render the ticket PDF and
 * rasterise the whole of page 1 at the preview's scale (the preview now draws only the elements over
 * the kept background raster: {@code PreviewOnScreenBenchmark}). Baseline in the same run:
 * rasterising a fresh copy of the background alone. Run: {@code ./mvnw -o -Pbench verify -Dbench=PreviewRefresh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreviewRefreshBenchmark {
    private TicketPreviewRenderer renderer;
    private LayoutDocument layout;
    private byte[] background;
    private int edit;

    @Setup
    public void setUp() {
        renderer = new TicketPreviewRenderer(new TicketRenderer(FontCatalog.standard()));
        layout = PretixDefaults.ticketLayout();
        background = PretixDefaults.ticketBackgroundPdf();
    }

    /** Baseline: one rasterisation of a background that is not in the cache (a new byte array content each time). */
    @Benchmark
    public BufferedImage baselineRasteriseBackground() throws Exception {
        byte[] copy = background.clone();
        copy[copy.length - 1] = (byte) (edit++); // a trailing byte after %%EOF: same page, new digest
        return renderer.rasterize(copy, 0, PreviewScheduler.SCALE);
    }

    /** An edit (move the attendee name by 0.01 mm), then render and rasterise, as the preview does. */
    @Benchmark
    public BufferedImage refreshAfterEdit() throws Exception {
        Element e = layout.get(4);
        layout.replace(e.withLeft(16 + (edit++ % 100) / 100.0));
        byte[] pdf = renderer.render(layout.copy(), null, background);
        return renderer.rasterize(pdf, 0, PreviewScheduler.SCALE);
    }

    /** The refresh without the rasterisation: what the PDF export costs. */
    @Benchmark
    public byte[] renderPdfOnly() throws Exception {
        Element e = layout.get(4);
        layout.replace(e.withLeft(16 + (edit++ % 100) / 100.0));
        return renderer.render(layout.copy(), null, background);
    }

    static List<String> names() {
        return List.of("baselineRasteriseBackground", "refreshAfterEdit", "renderPdfOnly");
    }
}
