package org.layoutstudio.render.raster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.layoutstudio.render.RenderLimits;

/**
 * When a plain JPEG is decoded by {@link ScaledJpegDecoder} rather than Java's reader: when PDFBox
 * reads it at ½ or less ({@code subsampling} of 2 or more), at the largest of ½, ¼ and ⅛ that still
 * has as many pixels as the subsampling asks for. Java's reader picks every n-th pixel of a full
 * decode; the scaled decoder averages them in the DCT, as mutool does, and skips most of the work.
 */
final class JpegScaling {
    private JpegScaling() {
    }

    /** The DCT scale's denominator for a subsampling: 1, 2, 4 or 8. */
    static int scale(int subsampling) {
        return Integer.highestOneBit(Math.max(1, Math.min(subsampling, 8)));
    }

    /**
     * The scaled decoder for {@code jpeg}, or null when Java's reader is the way: a subsampling of 1,
     * a JPEG the decoder does not take (progressive, CMYK, …), another number of colour components
     * than the PDF declares, a frame larger than a page may draw ({@link PdfGuard} has refused such
     * a page already; this is the second line), or a header it cannot read.
     */
    static ScaledJpegDecoder decoder(byte[] jpeg, int subsampling, int components) {
        if (scale(subsampling) == 1) {
            return null;
        }
        try {
            ScaledJpegDecoder decoder = ScaledJpegDecoder.open(jpeg);
            return decoder != null && decoder.components() == components
                    && (long) decoder.width() * decoder.height() <= RenderLimits.MAX_IMAGE_PIXELS_PER_PAGE ? decoder : null;
        } catch (IOException | RuntimeException e) {
            return null; // a header it cannot read: Java's reader, or PDFBox, says why
        }
    }

    /** {@code jpeg} decoded at the subsampling's scale, or null when Java's reader is the way ({@link #decoder}). */
    static BufferedImage decode(byte[] jpeg, int subsampling, int components) throws IOException {
        ScaledJpegDecoder decoder = decoder(jpeg, subsampling, components);
        if (decoder == null) {
            return null;
        }
        BufferedImage image = decoder.newImage(scale(subsampling));
        decoder.decode(scale(subsampling), image, rows -> { });
        return image;
    }
}
