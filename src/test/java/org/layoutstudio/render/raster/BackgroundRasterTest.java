package org.layoutstudio.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.PretixDefaults;

class BackgroundRasterTest {
    private static final byte[] A4 = PretixDefaults.ticketBackgroundPdf();

    @Test
    void aCachedScaleNeverRasterisesAgain() throws Exception {
        try (BackgroundRaster raster = new BackgroundRaster()) {
            BufferedImage a = raster.render(A4, 0, 1.0);
            assertEquals(1, raster.rasterisations());
            assertSame(a, raster.render(A4, 0, 1.0));
            assertEquals(1, raster.rasterisations());
            BufferedImage b = raster.render(A4, 0, 2.0);
            assertEquals(2, raster.rasterisations());
            assertEquals(a.getWidth() * 2, b.getWidth(), 1);
            raster.render(A4, 0, 1.0); // zoom back
            raster.render(A4.clone(), 0, 2.0); // same file content, another array
            assertEquals(2, raster.rasterisations(), "cached per (file digest, page, scale)");
        }
    }

    @Test
    void rendersOffTheCallersThreadAndOnlyOnceForConcurrentRequests() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (BackgroundRaster raster = new BackgroundRaster()) {
                AtomicReference<String> thread = new AtomicReference<>();
                List<CompletableFuture<BufferedImage>> all = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    all.add(raster.renderAsync(A4, 0, 0.75).whenComplete((img, ex) -> thread.set(Thread.currentThread().getName())));
                }
                BufferedImage first = all.get(0).join();
                for (CompletableFuture<BufferedImage> f : all) {
                    assertSame(first, f.join());
                }
                assertEquals(1, raster.rasterisations());
                assertNotEquals(Thread.currentThread().getName(), thread.get());
            }
        });
    }

    @Test
    void failuresCompleteExceptionallyWithASentence() {
        try (BackgroundRaster raster = new BackgroundRaster()) {
            CompletableFuture<BufferedImage> f = raster.renderAsync("nope".getBytes(), 0, 1);
            Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    f.join();
                    return null;
                } catch (java.util.concurrent.CompletionException e) {
                    return e.getCause();
                }
            });
            assertTrue(t instanceof org.layoutstudio.render.RenderException);
            assertTrue(t.getMessage().startsWith("The background"));
        }
    }
}
