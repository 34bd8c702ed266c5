package org.layoutstudio.editor.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;
import org.slf4j.LoggerFactory;

/** Not in verify ({@code -Dtest=PreviewTimingHarness}): steady-state split of a preview refresh into render and rasterise. */
class PreviewTimingHarness {
    @Test
    void timings() throws Exception {
        TicketPreviewRenderer r = new TicketPreviewRenderer(new TicketRenderer(Boolean.getBoolean("builtin") ? FontCatalog.builtInOnly() : FontCatalog.standard()));
        LayoutDocument layout = PretixDefaults.ticketLayout();
        byte[] bg = PretixDefaults.ticketBackgroundPdf();
        java.util.Map<String, Integer> hot = new java.util.concurrent.ConcurrentHashMap<>();
        Thread me = Thread.currentThread();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                StackTraceElement[] st = me.getStackTrace();
                for (StackTraceElement f : st) {
                    String c = f.getClassName();
                    if (c.startsWith("org.layoutstudio.render") || c.startsWith("org.apache.pdfbox.pdmodel.font")
                            || c.startsWith("org.apache.pdfbox.rendering") || c.startsWith("org.apache.fontbox")) {
                        hot.merge(c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName(), 1, Integer::sum);
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long render = 0;
        long raster = 0;
        int n = 20;
        for (int i = 0; i < n + 5; i++) {
            layout.replace(layout.get(4).withLeft(16 + i / 100.0));
            long t0 = System.nanoTime();
            byte[] pdf = r.render(layout.copy(), null, bg);
            long t1 = System.nanoTime();
            r.rasterize(pdf, 0, Double.parseDouble(System.getProperty("scale", "1.5")));
            long t2 = System.nanoTime();
            if (i >= 5) {
                render += t1 - t0;
                raster += t2 - t1;
            }
        }
        String line = String.format("preview refresh: render %.1f ms + rasterise %.1f ms (mean of %d, load %s)",
                render / 1e6 / n, raster / 1e6 / n, n, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        sampler.interrupt();
        LoggerFactory.getLogger(PreviewTimingHarness.class).warn(line);
        hot.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> LoggerFactory.getLogger(PreviewTimingHarness.class).warn("  {} {}", e.getValue(), e.getKey()));
        assertTrue(render > 0 && raster > 0);
    }
}
