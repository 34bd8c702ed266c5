package org.layoutstudio.app;

import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the first window is up, renders and rasterises pretix's default ticket on a low-priority
 * thread and throws the result away: the fonts, the renderer, PDFBox and the raster code are loaded
 * and compiled by the time the editor draws its first layout and preview, while the user looks at
 * the window. {@code -Dlayoutstudio.warmup=false} turns it off (to measure without it).
 */
final class StartupWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);
    /** The preview's usual resolution, px per pt. */
    private static final double PREVIEW_SCALE = 1.0;

    private StartupWarmup() {
    }

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("layoutstudio.warmup", "true"))) {
            return;
        }
        Thread t = new Thread(StartupWarmup::warm, "startup-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warm() {
        long t0 = System.nanoTime();
        try (BackgroundRaster raster = new BackgroundRaster(1, 16L * 1024 * 1024)) {
            FontCatalog fonts = RendererCanvasRenderer.shared().engine().fonts();
            byte[] pdf = new TicketRenderer(fonts).render(PretixDefaults.ticketLayout(), TicketValues.sample(), null);
            raster.render(pdf, 0, PREVIEW_SCALE);
            LOG.info("Renderer warmed in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception | LinkageError e) {
            LOG.debug("Warming the renderer failed; the editor loads it when it needs it", e);
        }
    }
}
