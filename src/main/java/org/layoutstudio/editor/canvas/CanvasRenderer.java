package org.layoutstudio.editor.canvas;

import java.awt.image.BufferedImage;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PageGeometry;

/**
 * The pieces of the ticket renderer the canvas draws with, so that the canvas shows what pretix
 * prints: its text layout and fonts, its QR codes, its background rasteriser. Rasterising and page
 * sizes are slow: the canvas calls them off the JavaFX thread.
 */
public interface CanvasRenderer {
    /** The text element laid out with {@code text}, exactly as the PDF renderer places it. */
    CanvasText layoutText(Element element, String text);

    /** The TrueType bytes of a face named by {@link CanvasText#fontKey()}. */
    byte[] fontBytes(String fontKey);

    /** The QR module grid for the content (true = dark), with the quiet zone unless {@code noWhitespace}. */
    boolean[][] qrModules(String content, boolean noWhitespace);

    /** pretix's sample values. */
    ContentValues sampleValues();

    /** The pages of a background PDF as pretix prints them (slow). */
    PageGeometry pages(byte[] pdf) throws Exception;

    /** One page of a background PDF at {@code pxPerPt} pixels per point (slow; may be cached). */
    BufferedImage rasterize(byte[] pdf, int pageIndex, double pxPerPt) throws Exception;
}
