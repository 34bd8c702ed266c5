package org.layoutstudio.certificates;

import java.awt.image.BufferedImage;

/**
 * An open PDF whose pages can be drawn: the page count and sizes are known at once, pixels are made
 * on demand. {@link #render} is slow and must run off the JavaFX thread; implementations are safe to
 * call from several threads (they serialise internally when their library needs it).
 */
public interface PdfPages extends AutoCloseable {
    int pageCount();

    /** Page {@code index} (0-based) in PDF points (1/72 inch), as displayed (rotation applied). */
    PageSize pageSize(int index);

    /** Page {@code index} at {@code pixelsPerPoint} (1.0 = 72 dpi). */
    BufferedImage render(int index, double pixelsPerPoint) throws Exception;

    @Override
    void close();

    /** A page's size in points. */
    record PageSize(double width, double height) {
    }

    /** Opens PDF bytes (a typed exception, e.g. {@code RenderException}, when they are not a readable PDF). */
    @FunctionalInterface
    interface Opener {
        PdfPages open(byte[] pdf) throws Exception;
    }
}
