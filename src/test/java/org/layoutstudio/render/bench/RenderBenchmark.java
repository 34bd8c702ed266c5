package org.layoutstudio.render.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ticket rendering and background rasterisation speed (run with {@code ./mvnw -o -Pbench verify
 * -Dbench=RenderBenchmark}). Baselines in the same run: MuPDF's {@code mutool draw} on the same page
 * (a whole process per page, as a user would call it; skipped when mutool is not installed).
 * pretix's Java renderer libpretixprint needs about 50 ms per default ticket (4 ms without the logo).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class RenderBenchmark {

    @State(Scope.Benchmark)
    public static class Tickets {
        final TicketRenderer renderer = new TicketRenderer(FontCatalog.builtInOnly());
        final LayoutDocument layout = PretixDefaults.ticketLayout();
        LayoutDocument noLogo;
        final byte[] background = PretixDefaults.ticketBackgroundPdf();
        final List<TicketValues> thousand = new ArrayList<>();
        final TicketValues one = TicketValues.sample();

        @Setup
        public void setUp() {
            List<Element> kept = new ArrayList<>();
            for (Element e : layout.elements()) {
                if (e.type() != ElementType.POWEREDBY) {
                    kept.add(e);
                }
            }
            noLogo = new LayoutDocument(kept);
            Map<String, String> samples = PlaceholderCatalog.samples();
            for (int i = 0; i < 1000; i++) {
                Map<String, String> v = new java.util.HashMap<>(samples);
                v.put("attendee_name", "Attendee number " + i);
                v.put("order", "ORD" + i);
                thousand.add(TicketValues.of(v, "secret" + i + "x".repeat(20), "en"));
            }
        }
    }

    @Benchmark
    public byte[] defaultTicket(Tickets t) throws Exception {
        return t.renderer.render(t.layout, t.one, t.background);
    }

    @Benchmark
    public byte[] defaultTicketWithoutLogo(Tickets t) throws Exception {
        return t.renderer.render(t.noLogo, t.one, t.background);
    }

    /** Reported per ticket: 1,000 different tickets in one document. */
    @Benchmark
    @OperationsPerInvocation(1000)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public byte[] defaultTicketIn1000Batch(Tickets t) throws Exception {
        return t.renderer.render(t.layout, t.thousand, t.background);
    }

    @State(Scope.Benchmark)
    public static class Page {
        @Param({"100", "200"})
        public int dpi;
        PDDocument doc;
        Path file;
        boolean mutool;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            byte[] pdf = PretixDefaults.ticketBackgroundPdf();
            doc = Loader.loadPDF(pdf);
            file = Files.createTempFile("bench-a4", ".pdf");
            Files.write(file, pdf);
            try {
                mutool = new ProcessBuilder("mutool", "-v").redirectErrorStream(true).start().waitFor() >= 0;
            } catch (IOException | InterruptedException e) {
                mutool = false;
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            doc.close();
            Files.deleteIfExists(file);
        }
    }

    /** What BackgroundRaster does on a cache miss. */
    @Benchmark
    public BufferedImage rasterA4PdfBox(Page p) throws IOException {
        return new PDFRenderer(p.doc).renderImage(0, p.dpi / 72f, ImageType.RGB);
    }

    /** The same page with MuPDF, one process per page, image written as PNM to /dev/null. */
    @Benchmark
    public int rasterA4Mutool(Page p) throws Exception {
        if (!p.mutool) {
            return -1;
        }
        Process proc = new ProcessBuilder("mutool", "draw", "-q", "-r", Integer.toString(p.dpi), "-F", "pnm", "-o", "/dev/null",
                p.file.toString(), "1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return proc.waitFor();
    }

}
