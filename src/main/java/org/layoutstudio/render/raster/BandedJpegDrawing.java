package org.layoutstudio.render.raster;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadUpdateListener;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Draws a large plain JPEG while it is being decoded: Java's reader decodes it on another thread, row
 * after row, and the drawing thread draws each band of device rows as soon as the image rows under it
 * are there, so that on two cores the scaling hides behind the decoding. Each band draws the whole
 * image with the same transform, only clipped to its rows, after the rows its samples reach: every
 * pixel is the one a single {@code drawImage} of the decoded image gives, give or take one level where
 * Java2D's fixed-point stepping, which starts again at each band's first row, rounds the other way.
 */
final class BandedJpegDrawing {
    /** Below this many decoded pixels an image is drawn whole: a second thread would not pay. */
    static final long MIN_PIXELS = 1_000_000;
    /** Device rows drawn at a time. */
    private static final int BAND_ROWS = 64;
    /** Image rows beyond a band's last sampled row that must be decoded (bilinear reaches one, bicubic two). */
    private static final int SAMPLE_REACH = 3;
    /** Longest header walk before the frame: JPEG segments are at most 64 KB, a few come first. */
    private static final int MAX_HEADER_SEGMENTS = 256;

    private static final AtomicInteger DECODER_THREADS = new AtomicInteger();
    private static final ExecutorService DECODERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jpeg-decoder-" + DECODER_THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private BandedJpegDrawing() {
    }

    /**
     * Draws {@code jpeg}, read at {@code subsampling}, onto {@code g} with {@code imageToUser} mapping
     * the unit square to the image as PDF places it (the current transformation matrix), in the
     * graphics' clip and composite as they are.
     *
     * @param components the colour components the PDF declares (3 for DeviceRGB, 1 for DeviceGray)
     * @return false when nothing was drawn because this JPEG is not for this way (progressive, small, a
     *         colour space other than the declared one, an unreadable header): draw it the usual way
     * @throws IOException when decoding failed after some bands were drawn: draw it again the usual way
     */
    static boolean draw(Graphics2D g, byte[] jpeg, int subsampling, int components, AffineTransform imageToUser)
            throws IOException {
        if (!isSequential(jpeg) || !hasRectangularClip(g)) {
            return false; // a progressive JPEG delivers its rows once per pass; see hasRectangularClip
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        boolean handedOver = false;
        try {
            reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg)), true, true);
            int width = (reader.getWidth(0) + subsampling - 1) / subsampling;
            int height = (reader.getHeight(0) + subsampling - 1) / subsampling;
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            if ((long) width * height < MIN_PIXELS || !types.hasNext()) {
                return false;
            }
            ImageTypeSpecifier type = types.next();
            if (!JpegDrawingRenderer.showsAsDeclared(type.getColorModel(), type.getBufferedImageType(), components)) {
                return false;
            }
            BufferedImage image = type.createBufferedImage(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            param.setDestination(image);
            DecodedRows rows = new DecodedRows();
            reader.addIIOReadUpdateListener(rows);
            handedOver = true;
            DECODERS.execute(() -> {
                try {
                    reader.read(0, param);
                    rows.end(null);
                } catch (IOException | RuntimeException | Error e) {
                    rows.end(e);
                } finally {
                    reader.dispose();
                }
            });
            drawInBands(g, image, imageToUser, rows);
            return true;
        } catch (IOException | RuntimeException e) {
            if (!handedOver) {
                return false; // the header could not be read: the usual way says why, or draws it still
            }
            throw e instanceof IOException io ? io : new IOException(e);
        } finally {
            if (!handedOver) {
                reader.dispose();
            }
        }
    }

    private static void drawInBands(Graphics2D g, BufferedImage image, AffineTransform imageToUser, DecodedRows rows)
            throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform imageTransform = new AffineTransform(imageToUser); // as PDFBox's PageDrawer places an image
        imageTransform.scale(1.0 / w, -1.0 / h);
        imageTransform.translate(0, -h);
        AffineTransform user = g.getTransform();
        AffineTransform toDevice = new AffineTransform(user);
        toDevice.concatenate(imageTransform); // what drawImage(image, imageTransform) uses
        AffineTransform toImage;
        try {
            toImage = toDevice.createInverse();
        } catch (NoninvertibleTransformException e) {
            rows.awaitEnd();
            return; // drawn nowhere, as drawImage would
        }
        Shape clip = g.getClip();
        g.setTransform(new AffineTransform());
        Shape deviceClip = g.getClip();
        try {
            Rectangle bounds = toDevice.createTransformedShape(new Rectangle(0, 0, w, h)).getBounds()
                    .intersection(g.getDeviceConfiguration().getBounds());
            if (deviceClip != null) {
                bounds = bounds.intersection(deviceClip.getBounds());
            }
            for (int top = bounds.y; top < bounds.y + bounds.height; top += BAND_ROWS) {
                Rectangle band = new Rectangle(bounds.x, top, bounds.width, Math.min(BAND_ROWS, bounds.y + bounds.height - top));
                Rectangle2D under = toImage.createTransformedShape(band).getBounds2D();
                rows.await(Math.min(h, (int) Math.ceil(under.getMaxY()) + SAMPLE_REACH));
                g.setClip(deviceClip);
                g.clip(band);
                g.drawImage(image, toDevice, null);
            }
            rows.awaitEnd();
        } finally {
            g.setClip(deviceClip);
            g.setTransform(user);
            g.setClip(clip);
        }
    }

    /**
     * True when the clip is a rectangle (as a page's is). Another shape cut by a band is rasterised along
     * slightly different edges than whole, so its edge pixels would not be the ones of one drawing.
     */
    private static boolean hasRectangularClip(Graphics2D g) {
        Shape clip = g.getClip();
        return clip == null || clip instanceof Rectangle2D || new Area(clip).isRectangular();
    }

    /**
     * True when the JPEG's frame is sequential (baseline or extended, Huffman or arithmetic): one pass,
     * rows final as they come. Walks the segments before the frame header.
     */
    static boolean isSequential(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return false;
        }
        int at = 2;
        for (int segments = 0; segments < MAX_HEADER_SEGMENTS && at + 3 < jpeg.length; segments++) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xC0 || marker == 0xC1 || marker == 0xC9) {
                return true;
            }
            if (marker >= 0xC2 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return false; // progressive, lossless or hierarchical
            }
            if (marker == 0xDA || marker == 0xD9) {
                return false; // scan or end before any frame
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    /** How many image rows the decoder has written, told by the reader after each row. */
    private static final class DecodedRows implements IIOReadUpdateListener {
        private int decoded;
        private boolean ended;
        private Throwable failure;
        /** The drawing was stopped: the decoder stops too, at its next row (Java's JPEG reader takes an abort only on its own thread). */
        private boolean stopped;

        @Override
        public synchronized void imageUpdate(ImageReader source, BufferedImage theImage, int minX, int minY, int width,
                int height, int periodX, int periodY, int[] bands) {
            decoded = Math.max(decoded, minY + height);
            if (stopped) {
                source.abort();
            }
            notifyAll();
        }

        synchronized void end(Throwable failure) {
            this.ended = true;
            this.failure = failure;
            notifyAll();
        }

        /** Waits until {@code count} rows are there; an interrupt stops the decoder too. */
        synchronized void await(int count) throws IOException {
            while (decoded < count && !ended) {
                waitOrStop();
            }
            if (decoded < count) {
                throw failed();
            }
        }

        synchronized void awaitEnd() throws IOException {
            while (!ended) {
                waitOrStop();
            }
            if (failure != null) {
                throw failed();
            }
        }

        private void waitOrStop() throws InterruptedIOException {
            try {
                wait();
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Drawing the photo was stopped.");
            }
        }

        private IOException failed() {
            return failure instanceof IOException io ? io
                    : new IOException("The photo could not be decoded" + (failure == null ? "." : " (" + failure + ")."), failure);
        }

        @Override
        public void passStarted(ImageReader source, BufferedImage theImage, int pass, int minPass, int maxPass, int minX,
                int minY, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void passComplete(ImageReader source, BufferedImage theImage) {
        }

        @Override
        public void thumbnailPassStarted(ImageReader source, BufferedImage theThumbnail, int pass, int minPass, int maxPass,
                int minX, int minY, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void thumbnailPassComplete(ImageReader source, BufferedImage theThumbnail) {
        }

        @Override
        public void thumbnailUpdate(ImageReader source, BufferedImage theThumbnail, int minX, int minY, int width, int height,
                int periodX, int periodY, int[] bands) {
        }
    }
}
