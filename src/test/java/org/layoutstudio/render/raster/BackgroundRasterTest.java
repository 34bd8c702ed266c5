package org.layoutstudio.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
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
                // The callbacks' threads say nothing (a callback added after completion runs on the caller's
                // thread); the threads that opened the document are the ones that rasterised.
                List<CompletableFuture<BufferedImage>> all = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    all.add(raster.renderAsync(A4, 0, 0.75));
                }
                BufferedImage first = all.get(0).join();
                for (CompletableFuture<BufferedImage> f : all) {
                    assertSame(first, f.join());
                }
                assertEquals(1, raster.rasterisations());
                java.util.Set<String> threads = raster.documentThreads();
                assertEquals(1, threads.size(), threads.toString());
                assertTrue(threads.iterator().next().startsWith("background-raster-"), threads.toString());
                assertTrue(!threads.contains(Thread.currentThread().getName()));
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

    /** A photo larger than the page's pixels is read subsampled, at any zoom, and still shows what it shows. */
    @Test
    void aLargePhotoIsReadAtTheDrawnSizeAndKeepsItsPicture() throws Exception {
        BufferedImage photo = new BufferedImage(2400, 3400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, 1200, 3400);
        g.setColor(new Color(30, 30, 200));
        g.fillRect(1200, 0, 1200, 3400);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = JPEGFactory.createFromByteArray(doc, jpeg.toByteArray());
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (BackgroundRaster raster = new BackgroundRaster()) {
            for (double scale : new double[] {0.5, 1.5, 2.5}) {
                BufferedImage img = raster.render(pdf, 0, scale);
                int w = img.getWidth();
                int h = img.getHeight();
                Color left = new Color(img.getRGB(w / 4, h / 2));
                Color right = new Color(img.getRGB(3 * w / 4, h / 2));
                assertTrue(left.getRed() > 150 && left.getBlue() < 80, "left half red at " + scale + ": " + left);
                assertTrue(right.getBlue() > 150 && right.getRed() < 80, "right half blue at " + scale + ": " + right);
            }
        }
    }
}
