package org.layoutstudio.render.raster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.layoutstudio.render.RenderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rasterises pages of background PDFs for the editor canvas and previews. Images are cached per
 * (file digest, page, scale), so that returning to a zoom level never rasterises again; a file's
 * digest is computed once per byte array. Work runs
 * on this object's own threads, each with its own open PDFBox document (PDFBox documents are not
 * thread-safe), opened with bounded memory. Close it to stop the threads and close the documents.
 */
public final class BackgroundRaster implements AutoCloseable {
    /** Largest image handed out, in pixels (about 256 MB as ARGB). */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRaster.class);

    private final ExecutorService executor;
    private final long cacheBytes;
    private final Map<Key, BufferedImage> cache;
    private long cachedBytes;
    private final Map<Key, CompletableFuture<BufferedImage>> inFlight = new ConcurrentHashMap<>();
    private final Map<Thread, OpenDocument> documents = new ConcurrentHashMap<>();
    private final AtomicLong rasterisations = new AtomicLong();
    /** Digests by byte array (arrays compare by identity; a file no longer referenced drops out). */
    private final Map<byte[], String> identities = new WeakHashMap<>();

    /** Two render threads, up to 256 MB of cached images. */
    public BackgroundRaster() {
        this(2, 256L * 1024 * 1024);
    }

    public BackgroundRaster(int threads, long cacheBytes) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "background-raster-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(threads, tf);
        this.cacheBytes = cacheBytes;
        this.cache = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * Page {@code pageIndex} (0-based) of a PDF at {@code scale} pixels per pt, waiting for it.
     *
     * @throws RenderException when the PDF cannot be read, lacks the page, or the image would be too large
     */
    public BufferedImage render(byte[] pdf, int pageIndex, double scale) throws RenderException {
        try {
            return renderAsync(pdf, pageIndex, scale).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RenderException re) {
                throw re;
            }
            throw new RenderException("The background could not be drawn (" + e.getCause().getMessage() + ").", e.getCause());
        }
    }

    /** The same, off the caller's thread; completes exceptionally with a {@link RenderException}. */
    public CompletableFuture<BufferedImage> renderAsync(byte[] pdf, int pageIndex, double scale) {
        Key key = new Key(identity(pdf), pageIndex, scale);
        BufferedImage hit = cached(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        return inFlight.computeIfAbsent(key, k -> {
            CompletableFuture<BufferedImage> f = new CompletableFuture<>();
            executor.execute(() -> {
                try {
                    BufferedImage img = cached(k);
                    if (img == null) {
                        img = rasterise(pdf, k);
                        store(k, img);
                    }
                    f.complete(img);
                } catch (RenderException e) {
                    f.completeExceptionally(e);
                } catch (RuntimeException | IOException | OutOfMemoryError e) {
                    f.completeExceptionally(new RenderException("The background could not be drawn (" + e.getMessage() + ").", e));
                } finally {
                    inFlight.remove(k);
                }
            });
            return f;
        });
    }

    /** How many pages were rasterised (cache misses) so far. */
    public long rasterisations() {
        return rasterisations.get();
    }

    /** The names of the threads that hold an open document: the ones that rasterised (for tests). */
    java.util.Set<String> documentThreads() {
        return documents.keySet().stream().map(Thread::getName).collect(java.util.stream.Collectors.toSet());
    }

    private BufferedImage rasterise(byte[] pdf, Key key) throws RenderException, IOException {
        PDDocument doc = document(pdf, key.digest);
        if (key.page < 0 || key.page >= doc.getNumberOfPages()) {
            throw new RenderException("The background PDF has no page " + (key.page + 1) + ".");
        }
        var box = doc.getPage(key.page).getMediaBox(); // the ticket page is the MediaBox (BackgroundPdf)
        double px = (double) box.getWidth() * key.scale * box.getHeight() * key.scale;
        if (!(key.scale > 0) || px > MAX_PIXELS) {
            throw new RenderException("The background page is too large to draw at this zoom ("
                    + Math.round(box.getWidth() / 72 * 25.4) + " × " + Math.round(box.getHeight() / 72 * 25.4) + " mm).");
        }
        // images are read at the resolution they are drawn at (a whole-number step down, so at most twice
        // that): a photo is not decoded at full size, and AWT's slow area-averaging downscale is never needed
        PDFRenderer renderer = new JpegDrawingRenderer(doc);
        rasterisations.incrementAndGet();
        return BackgroundPdf.rasterise(renderer, doc, key.page, key.scale);
    }

    /** This thread's document for the digest, opening it (and closing the previous one) when needed. */
    private PDDocument document(byte[] pdf, String digest) throws RenderException {
        Thread t = Thread.currentThread();
        OpenDocument open = documents.get(t);
        if (open != null && open.digest.equals(digest)) {
            return open.doc;
        }
        if (open != null) {
            closeQuietly(open.doc);
            documents.remove(t);
        }
        PDDocument doc = Pdfs.open(pdf);
        documents.put(t, new OpenDocument(digest, doc));
        return doc;
    }

    private synchronized BufferedImage cached(Key key) {
        return cache.get(key);
    }

    private synchronized void store(Key key, BufferedImage img) {
        long bytes = 4L * img.getWidth() * img.getHeight();
        cache.put(key, img);
        cachedBytes += bytes;
        var it = cache.entrySet().iterator();
        while (cachedBytes > cacheBytes && it.hasNext()) {
            var e = it.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            cachedBytes -= 4L * e.getValue().getWidth() * e.getValue().getHeight();
            it.remove();
        }
    }

    /**
     * The file's identity, its digest computed once per byte array: equal files share their images,
     * and a large photo background is not hashed again for every page and zoom level.
     */
    private String identity(byte[] pdf) {
        synchronized (identities) {
            return identities.computeIfAbsent(pdf, BackgroundRaster::digest);
        }
    }

    static String digest(byte[] pdf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            LOG.debug("Closing a background document failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        documents.values().forEach(o -> closeQuietly(o.doc));
        documents.clear();
        synchronized (this) {
            cache.clear();
            cachedBytes = 0;
        }
    }

    private record Key(String digest, int page, double scale) {
    }

    private record OpenDocument(String digest, PDDocument doc) {
    }
}
