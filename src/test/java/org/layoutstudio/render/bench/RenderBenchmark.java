package org.layoutstudio.render.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ticket rendering on pretix's default A4 background: the current and the legacy default ticket,
 * each with and without the "powered by" logo, one ticket per document and 1,000 different tickets
 * in one document (reported per ticket). The baseline is the renderer's own figure before issue 14,
 * recorded in {@code docs/BENCHMARKS.md}; the runner prints each result's ratio against it. Run:
 * {@code ./mvnw -o -Pbench verify -Dbench=RenderBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class RenderBenchmark {
    /**
     * The renderer's figures before issue 14 (ms), on a quiet 2-core machine (issue 14), keyed as
     * {@link org.layoutstudio.bench.BenchRatios} prints results; docs/BENCHMARKS.md has the rest.
     */
    static final Map<String, Double> RECORDED = Map.of(
            "oneTicket[gsub=on,layout=current,logo=false]", 5.2,
            "oneTicket[gsub=on,layout=current,logo=true]", 4.1,
            "perTicketIn1000Batch[gsub=on,layout=current,logo=false]", 1.15,
            "perTicketIn1000Batch[gsub=on,layout=legacy,logo=false]", 1.21,
            "perTicketIn1000Batch[gsub=on,layout=current,logo=true]", 1.1);

    @State(Scope.Benchmark)
    public static class Tickets {
        /** {@code current} = pretix's default ticket today, {@code legacy} = its textarea default of 2021–2024. */
        @Param({"current", "legacy"})
        public String layout;
        @Param({"false", "true"})
        public boolean logo;
        /**
         * PDFBox's GSUB shaping on every text ({@code on}, as before issue 14) or not ({@code off}, as
         * pretix: the fonts branch turns it off for good). Switched on the fonts this thread parsed.
         */
        @Param({"on", "off"})
        public String gsub;

        final TicketRenderer renderer = new TicketRenderer(FontCatalog.builtInOnly());
        final byte[] background = PretixDefaults.ticketBackgroundPdf();
        final TicketValues one = TicketValues.sample();
        final List<TicketValues> thousand = new ArrayList<>();
        LayoutDocument doc;

        @Setup
        public void setUp() throws Exception {
            LayoutDocument full = layout.equals("legacy") ? legacyLayout() : PretixDefaults.ticketLayout();
            List<Element> kept = new ArrayList<>();
            for (Element e : full.elements()) {
                if (logo || e.type() != ElementType.POWEREDBY) {
                    kept.add(e);
                }
            }
            doc = new LayoutDocument(kept);
            Map<String, String> samples = PlaceholderCatalog.samples();
            for (int i = 0; i < 1000; i++) {
                Map<String, String> v = new java.util.HashMap<>(samples);
                v.put("attendee_name", "Attendee number " + i);
                v.put("order", "ORD" + i);
                thousand.add(TicketValues.of(v, "secret" + i + "x".repeat(20), "en"));
            }
            renderer.render(doc, one, background); // parses the fonts on this thread
            switchGsub(gsub.equals("on"));
        }

        @SuppressWarnings("unchecked")
        private static void switchGsub(boolean on) throws ReflectiveOperationException {
            java.lang.reflect.Field parsed = Class.forName("org.layoutstudio.render.ElementPainter").getDeclaredField("PARSED");
            parsed.setAccessible(true);
            for (org.apache.fontbox.ttf.TrueTypeFont ttf
                    : ((ThreadLocal<Map<String, org.apache.fontbox.ttf.TrueTypeFont>>) parsed.get(null)).get().values()) {
                ttf.setEnableGsub(on);
            }
        }

        private static LayoutDocument legacyLayout() throws Exception {
            try (InputStream in = RenderBenchmark.class.getResourceAsStream("/layouts/ticket-default-legacy-textarea.json")) {
                if (in == null) {
                    throw new IOException("The legacy default layout is missing from the test resources");
                }
                return LayoutDocument.parse(in.readAllBytes());
            }
        }
    }

    @Benchmark
    public byte[] oneTicket(Tickets t) throws Exception {
        return t.renderer.render(t.doc, t.one, t.background);
    }

    /** Reported per ticket: 1,000 different tickets in one document. */
    @Benchmark
    @OperationsPerInvocation(1000)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public byte[] perTicketIn1000Batch(Tickets t) throws Exception {
        return t.renderer.render(t.doc, t.thousand, t.background);
    }
}
