package org.layoutstudio.app;

import java.util.Locale;
import org.layoutstudio.editor.canvas.CanvasLogos;
import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.preview.TicketPreviewRenderer;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;
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
 * decodes the canvas's logos, reads the font index and renders and rasterises pretix's default
 * ticket, throwing the result away (fonts, renderer, PDFBox and the raster code are then loaded
 * and compiled by the time the editor draws its first layout and preview); once the editor is
 * usable, the preview's path is run for a few edits. The editor's own steps later find the work
 * done. {@code -Dlayoutstudio.warmup=false} turns it off (to measure without it).
 */
final class StartupWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);
    /** The preview's usual resolution, px per pt. */
    private static final double PREVIEW_SCALE = 1.0;
    /** Edits the preview path is run for: enough for the compiler to take up its hot methods. */
    private static final int PREVIEW_NUDGES = 12;
    /** The attendee name on pretix's default ticket. */
    private static final int NUDGED_ELEMENT = 4;

    private StartupWarmup() {
    }

    /** Fonts and renderer, once the window is up (before, they only delayed the window, not the editor). */
    static void renderer() {
        run("startup-renderer", StartupWarmup::warmRenderer);
    }

    /**
     * The demo server, when the app will connect to it (the connector starts it once; its later call
     * finds it running), and the request that opens its layout asked once, so that the client and
     * the server have loaded their code when the editor asks.
     */
    static void demoServer(Connector connector) {
        run("startup-demo-server", () -> {
            try {
                ActiveConnection demo = connector.startDemo();
                StartupTimeline.mark("demo server up");
                try (PretixClient client = new PretixClient(demo.pretixConnection())) {
                    new LayoutRepository(client, null, Locale.ROOT.getLanguage()).fetchDefault(); // the app's first request
                }
                StartupTimeline.mark("demo layouts asked");
            } catch (Exception e) {
                LOG.debug("Starting the demo server early failed; the connection step tries again and says why", e);
            }
        });
    }

    /**
     * Once the editor is usable: the preview's own path (ticket, elements over the background's
     * raster) run for a few nudges of pretix's default ticket, so that the code is compiled by the
     * time the user's first edits come (they took four times as long before).
     */
    static void previewPath() {
        run("startup-preview", () -> {
            try {
                TicketPreviewRenderer preview = new TicketPreviewRenderer(
                        new TicketRenderer(RendererCanvasRenderer.shared().engine().fonts()));
                LayoutDocument layout = PretixDefaults.ticketLayout();
                for (int i = 0; i < PREVIEW_NUDGES; i++) {
                    Element name = layout.get(NUDGED_ELEMENT);
                    layout.replace(name.withLeft(name.left() + 0.1));
                    preview.preview(layout, null, null, 0, PREVIEW_SCALE);
                }
                LOG.debug("Preview path warmed");
            } catch (Exception | LinkageError e) {
                LOG.debug("Warming the preview failed; its first edits take longer", e);
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
        CanvasLogos.prepare(); // first: the demo layout's canvas draws it soon
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
