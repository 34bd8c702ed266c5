package org.layoutstudio.app;

import java.util.Locale;
import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.document.LayoutSummary;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that the first usable editor waits for, begun early and side by side instead of
 * one after the other: on a first start, the demo server starts as soon as the settings are read,
 * and the requests that open its layout are asked once; once the window is up, another thread
 * reads the font index and renders and rasterises pretix's default ticket, throwing the result
 * away (fonts, renderer, PDFBox and the raster code are then loaded and compiled by the time the
 * editor draws its first layout and preview). The editor's own steps later find the work done. {@code -Dlayoutstudio.warmup=false} turns it off
 * (to measure without it).
 */
final class StartupWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);
    /** The preview's usual resolution, px per pt. */
    private static final double PREVIEW_SCALE = 1.0;

    private StartupWarmup() {
    }

    /** Fonts and renderer, once the window is up (before, they only delayed the window, not the editor). */
    static void renderer() {
        run("startup-renderer", StartupWarmup::warmRenderer);
    }

    /**
     * The demo server, when the app will connect to it (the connector starts it once; its later call
     * finds it running), and the requests that open its layout asked once, so that the client and
     * the server have loaded their code when the editor asks.
     */
    static void demoServer(Connector connector) {
        run("startup-demo-server", () -> {
            try {
                ActiveConnection demo = connector.startDemo();
                StartupTimeline.mark("demo server up");
                try (PretixClient client = new PretixClient(demo.pretixConnection())) {
                    LayoutRepository layouts = new LayoutRepository(client, null, Locale.ROOT.getLanguage());
                    for (LayoutSummary l : layouts.list()) {
                        layouts.fetch(l.id());
                    }
                }
                StartupTimeline.mark("demo layouts asked");
            } catch (Exception e) {
                LOG.debug("Starting the demo server early failed; the connection step tries again and says why", e);
            }
        });
    }

    private static void run(String name, Runnable work) {
        if (!Boolean.parseBoolean(System.getProperty("layoutstudio.warmup", "true"))) {
            return;
        }
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    private static void warmRenderer() {
        long t0 = System.nanoTime();
        try (BackgroundRaster raster = new BackgroundRaster(1, 16L * 1024 * 1024)) {
            FontCatalog fonts = RendererCanvasRenderer.shared().engine().fonts();
            fonts.installedFamilies(); // the font index, read (or built) now
            StartupTimeline.mark("font index read");
            byte[] pdf = new TicketRenderer(fonts).render(PretixDefaults.ticketLayout(), TicketValues.sample(), null);
            raster.render(pdf, 0, PREVIEW_SCALE);
            StartupTimeline.mark("renderer warmed");
            LOG.info("Renderer warmed in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception | LinkageError e) {
            LOG.debug("Warming the renderer failed; the editor loads it when it needs it", e);
        }
    }
}
