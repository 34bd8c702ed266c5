package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The PDF viewer: navigation, zoom and fit, and a 200-page document with bounded memory. */
@ExtendWith(ApplicationExtension.class)
class PdfViewerTest {
    private static final int CACHE = 16;
    private PdfViewer viewer;

    @Start
    void start(Stage stage) {
        viewer = new PdfViewer(TestTexts.english(), CACHE);
        stage.setScene(new Scene(viewer, 900, 700));
        stage.show();
    }

    private void show(int pages) throws Exception {
        PdfPages doc = RasterPdfPages.open(TestPdfs.certificate(pages, "Grace Hopper"), FakeServices.RASTER);
        FxWait.run(() -> viewer.show(doc, "democon-ABC12-1-certificate.pdf"));
    }

    @Test
    void navigatesPages() throws Exception {
        show(5);
        FxWait.until("first page drawn", 10, () -> viewer.isPageDrawn(0));
        assertEquals(5, FxWait.fx(() -> viewer.pageCountProperty().get()));
        assertEquals("democon-ABC12-1-certificate.pdf", FxWait.fx(() -> viewer.fileName()));
        FxWait.run(viewer::nextPage);
        FxWait.until("page 2", 5, () -> viewer.currentPageProperty().get() == 2);
        FxWait.run(() -> viewer.goToPage(4));
        FxWait.until("page 4", 5, () -> viewer.currentPageProperty().get() == 4 && viewer.isPageDrawn(3));
        FxWait.run(viewer::previousPage);
        FxWait.until("page 3", 5, () -> viewer.currentPageProperty().get() == 3);
        FxWait.run(() -> viewer.goToPage(99));
        FxWait.until("clamped to the last page", 5, () -> viewer.currentPageProperty().get() == 5);
    }

    @Test
    void zoomAndFit(FxRobot robot) throws Exception {
        show(2);
        FxWait.until("drawn", 10, () -> viewer.isPageDrawn(0));
        ListView<?> list = robot.lookup("#pdfPages").queryAs(ListView.class);
        // Fit page is the default: the whole landscape page is in view.
        assertEquals(PdfViewer.Fit.PAGE, FxWait.fx(() -> viewer.fitProperty().get()));
        assertTrue(595 * FxWait.fx(() -> viewer.zoomProperty().get()) * PdfViewer.SCREEN_SCALE < list.getHeight());
        FxWait.run(() -> viewer.toggleFit(PdfViewer.Fit.WIDTH));
        double fitWidth = FxWait.fx(() -> viewer.zoomProperty().get());
        double pageWidthPx = 842 * fitWidth * PdfViewer.SCREEN_SCALE;
        assertTrue(pageWidthPx < list.getWidth() && pageWidthPx > list.getWidth() - 80,
                "fit width: page " + pageWidthPx + " in " + list.getWidth());
        FxWait.run(() -> viewer.toggleFit(PdfViewer.Fit.WIDTH));
        assertEquals(PdfViewer.Fit.NONE, FxWait.fx(() -> viewer.fitProperty().get()), "a second press turns it off");
        FxWait.run(viewer::fitPage);
        FxWait.until("fit page", 5, () -> 595 * viewer.zoomProperty().get() * PdfViewer.SCREEN_SCALE < list.getHeight());
        FxWait.run(viewer::zoomIn);
        double afterIn = FxWait.fx(() -> viewer.zoomProperty().get());
        assertEquals(PdfViewer.Fit.NONE, FxWait.fx(() -> viewer.fitProperty().get()), "zooming leaves fit mode");
        FxWait.run(viewer::zoomOut);
        FxWait.run(viewer::zoomOut);
        double afterOut = FxWait.fx(() -> viewer.zoomProperty().get());
        assertTrue(afterOut < afterIn, afterOut + " < " + afterIn);
        FxWait.until("redrawn at the new zoom", 10, () -> viewer.isPageDrawn(0));
    }

    @Test
    void emptyViewerSaysWhy() {
        assertEquals(TestTexts.en("certificates.viewer.empty"), FxWait.fx(() -> viewer.placeholderText()));
        FxWait.run(() -> viewer.clear("No certificate shown: pretix refused the certificate."));
        assertEquals("No certificate shown: pretix refused the certificate.", FxWait.fx(() -> viewer.placeholderText()));
    }

    @Test
    void twoHundredPagesScrollWithABoundedCache() throws Exception {
        Runtime rt = Runtime.getRuntime();
        int pages = 200;
        org.layoutstudio.render.raster.BackgroundRaster raster = ViewerServices.viewerRaster();
        PdfPages doc200 = RasterPdfPages.open(TestPdfs.certificate(pages, "Grace Hopper"), raster);
        FxWait.run(() -> viewer.show(doc200, "long.pdf"));
        FxWait.run(() -> viewer.setZoom(0.5));
        FxWait.until("first page drawn", 10, () -> viewer.isPageDrawn(0));
        List<WeakReference<Image>> made = new CopyOnWriteArrayList<>();
        FxWait.run(() -> viewer.setOnImageMade(img -> made.add(new WeakReference<>(img))));
        long before = usedHeapAfterGc(rt);
        long middle = 0;
        AtomicInteger maxCached = new AtomicInteger();
        // At 50 % two pages fit in the window: going to page p shows p and p + 1.
        for (int p = 1; p <= pages; p += 2) {
            int page = p;
            FxWait.run(() -> viewer.goToPage(page));
            FxWait.until("pages " + page + " and " + (page + 1) + " drawn", 10,
                    () -> viewer.isPageDrawn(page - 1) && viewer.isPageDrawn(Math.min(pages, page + 1) - 1));
            maxCached.accumulateAndGet(FxWait.fx(viewer::cachedPages), Math::max);
            if (page == 99) {
                middle = usedHeapAfterGc(rt);
            }
        }
        long after = usedHeapAfterGc(rt);
        long alive = made.stream().filter(r -> r.get() != null).count();
        raster.close();
        int rendered = FxWait.fx(() -> viewer.renderedPagesProperty().get());
        long cacheBytes = FxWait.fx(viewer::cachedPixelBytes);
        long onePage = Math.round(842 * 0.5 * PdfViewer.SCREEN_SCALE) * Math.round(595 * 0.5 * PdfViewer.SCREEN_SCALE) * 4L;
        long everyPage = onePage * pages;
        System.out.printf("200-page PDF at 50 %%: rendered %d page images, cache max %d of %d (%.1f MB of pixels); "
                + "raster cache bound %.0f MB; heap used after GC %.1f MB at page 1, %.1f MB at page 100, %.1f MB at page 200 (+%.1f MB); "
                + "all pages at once would be %.1f MB of pixels; %d of %d page images made are still alive%n",
                rendered, maxCached.get(), CACHE, mb(cacheBytes), mb(ViewerServices.RASTER_CACHE_BYTES), mb(before), mb(middle), mb(after), mb(after - before), mb(everyPage), alive, made.size());
        // Weak references are cleared by any collection: what is alive is what the cache and the visible cells hold.
        int cells = FxWait.fx(() -> (int) pageCellCount());
        assertTrue(alive <= CACHE + cells, alive + " page images alive; the cache holds " + CACHE + " and " + cells + " cells show pages");
        assertTrue(rendered >= pages, "every page was drawn on its way past: " + rendered);
        assertTrue(maxCached.get() <= CACHE, "cache bound kept: " + maxCached.get());
        assertTrue(FxWait.fx(viewer::evictedPages) >= pages - CACHE, "old pages were dropped");
        assertTrue(cacheBytes <= CACHE * onePage, "cache pixels " + cacheBytes);
        // The heap figure is reported, not asserted: soft-referenced caches (PDFBox, Prism) survive
        // System.gc() and make it noisy. The live-image count above is the exact bound.
    }

    /** Used heap after garbage collection, with a few pulses so that JavaFX frees dropped images' textures. */
    private static long usedHeapAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            FxWait.run(() -> { });
            WaitForAsyncUtils.waitForFxEvents(3);
        }
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }


    private long pageCellCount() {
        return viewer.lookupAll(".list-cell").size();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
