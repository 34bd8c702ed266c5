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
 * Draws a large plain JPEG while it is being decoded: a decoder works on another thread, row after
 * row, and the drawing thread draws each band of device rows as soon as the image rows under it are
 * there, so that on two cores the scaling hides behind the decoding. A photo read at ½ or less is
 * decoded at that size by {@link ScaledJpegDecoder} (as libjpeg's DCT scaling, which mutool uses),
 * any other by Java's reader. Each band draws the whole
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
        ScaledJpegDecoder scaled = JpegScaling.decoder(jpeg, subsampling, components);
        if (scaled != null) {
            return drawScaled(g, scaled, JpegScaling.scale(subsampling), imageToUser);
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

    /** The same with the DCT-scaling decoder, at 1/{@code scale}. */
    private static boolean drawScaled(Graphics2D g, ScaledJpegDecoder decoder, int scale, AffineTransform imageToUser)
            throws IOException {
        if ((long) ScaledJpegDecoder.scaledSize(decoder.width(), scale) * ScaledJpegDecoder.scaledSize(decoder.height(), scale)
                < MIN_PIXELS) {
            return false;
        }
        BufferedImage image = decoder.newImage(scale);
        DecodedRows rows = new DecodedRows();
        DECODERS.execute(() -> {
            if (!rows.decoding(Thread.currentThread())) {
                return; // stopped before it began
            }
            try {
                decoder.decode(scale, image, rows::decoded);
                rows.end(null);
            } catch (IOException | RuntimeException | Error e) {
                rows.end(e);
            }
        });
        drawInBands(g, image, imageToUser, rows);
        return true;
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
            rows.stop(); // a drawing that failed leaves no decoder working for nothing
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

    /** True when the JPEG's frame is sequential (baseline or extended): one pass, rows final as they come. */
    static boolean isSequential(byte[] jpeg) {
        JpegFrame frame = JpegFrame.read(jpeg);
        return frame != null && frame.sequential();
    }

    /** How many image rows the decoder has written, told by the decoder after each row (by Java's reader as its listener). */
    private static final class DecodedRows implements IIOReadUpdateListener {
        private int decoded;
        private boolean ended;
        private Throwable failure;
        /**
         * The drawing was stopped: the decoder stops too, at its next row (Java's JPEG reader takes an
         * abort only on its own thread; the scaling decoder stops when its thread is interrupted).
         */
        private boolean stopped;
        /** The scaling decoder's thread while it decodes: a pooled thread, interrupted only then. */
        private Thread decoder;

        @Override
        public synchronized void imageUpdate(ImageReader source, BufferedImage theImage, int minX, int minY, int width,
                int height, int periodX, int periodY, int[] bands) {
            decoded(minY + height);
            if (stopped) {
                source.abort();
            }
        }

        synchronized void decoded(int rows) {
            decoded = Math.max(decoded, rows);
            notifyAll();
        }

        /** The scaling decoder begins on {@code thread}; false when the drawing has already stopped. */
        synchronized boolean decoding(Thread thread) {
            if (stopped) {
                end(new InterruptedIOException("Decoding the photo was stopped."));
                return false;
            }
            decoder = thread;
            return true;
        }

        synchronized void end(Throwable failure) {
            this.ended = true;
            this.failure = failure;
            if (decoder != null) {
                Thread.interrupted(); // on the decoder's thread: a stop's interrupt ends with its decoding
                decoder = null;
            }
            notifyAll();
        }

        /** Stops the decoder at its next row, unless it has ended (the drawing is over either way). */
        synchronized void stop() {
            if (!ended) {
                stopped = true;
                if (decoder != null) {
                    decoder.interrupt();
                }
            }
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
                stop();
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
