package org.layoutstudio.render.raster;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.layoutstudio.render.RenderException;

/**
 * A page of a ticket PDF drawn over a ready raster of its background, for a preview that changes
 * with every edit while the background does not. A ticket page draws its background as the only
 * form XObject on the page's own level ({@code TicketRenderer}); here that form is skipped and the
 * raster of the background (the same page of a ticket without elements, at the same scale) is laid
 * down first, so only the elements are drawn per edit. The pixels are the ones a full raster of
 * the page gives: the same drawing operations on the same pixels, in the same order. The images of
 * the elements (pretix's logo) are decoded once and kept ({@link DecodedImages}). Thread-safe.
 */
public final class TicketPageRaster {
    private final DecodedImages images = new DecodedImages();

    /**
     * Page {@code pageIndex} (0-based) of {@code ticketPdf} at {@code scale} pixels per point, its
     * background taken from {@code background} (as {@link BackgroundRaster} draws that page of the
     * ticket without elements).
     *
     * @throws RenderException when the PDF cannot be read, lacks the page, or the background is not of the page's size
     */
    public BufferedImage draw(byte[] ticketPdf, int pageIndex, double scale, BufferedImage background)
            throws RenderException {
        // Our renderer's own output, opened without Pdfs' guard: its background passed the guard when
        // the renderer read it (and is not drawn here); measuring it again cost as much as drawing.
        try (PDDocument doc = Loader.loadPDF(ticketPdf, "", null, null, MemoryUsageSetting.setupMixed(Pdfs.MAX_MAIN_MEMORY).streamCache)) {
            if (pageIndex < 0 || pageIndex >= doc.getNumberOfPages()) {
                throw new RenderException("The ticket PDF has no page " + (pageIndex + 1) + ".");
            }
            PDPage page = doc.getPage(pageIndex); // a ticket page is its MediaBox, upright (TicketRenderer)
            int width = (int) Math.max(Math.floor(page.getCropBox().getWidth() * scale), 1);
            int height = (int) Math.max(Math.floor(page.getCropBox().getHeight() * scale), 1);
            if (background.getWidth() != width || background.getHeight() != height) {
                throw new RenderException("The background raster (" + background.getWidth() + " × " + background.getHeight()
                        + " px) does not fit the ticket page (" + width + " × " + height + " px).");
            }
            return new OverBackground(doc, background, images).renderImage(pageIndex, (float) scale, ImageType.RGB);
        } catch (IOException e) {
            throw new RenderException("The ticket page could not be drawn (" + e.getMessage() + ").", e);
        }
    }

    /** How many element images were decoded so far (not found kept). */
    public long imageDecodes() {
        return images.decodes();
    }

    /** The raster's renderer with a page drawer that lays the background raster down and skips the background form. */
    private static final class OverBackground extends JpegDrawingRenderer {
        private final BufferedImage background;
        private final DecodedImages images;

        OverBackground(PDDocument doc, BufferedImage background, DecodedImages images) {
            super(doc); // drawing as BackgroundRaster draws
            this.background = background;
            this.images = images;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new ElementsDrawer(parameters, background, images);
        }
    }

    private static final class ElementsDrawer extends JpegDrawingRenderer.Drawer {
        private final BufferedImage background;
        private final DecodedImages images;

        ElementsDrawer(PageDrawerParameters parameters, BufferedImage background, DecodedImages images) throws IOException {
            super(parameters);
            this.background = background;
            this.images = images;
        }

        /** Element images are decoded whole and kept for the next ticket. */
        @Override
        boolean drawsPhotosWhileDecoding() {
            return false;
        }

        @Override
        PDImage decoding(PDImageXObject image) throws IOException {
            PDImage decoding = super.decoding(image);
            return new JpegDrawingRenderer.DecodedImage(image,
                    subsampling -> images.get(image, subsampling, s -> decoding.getImage(null, s)));
        }

        @Override
        public void drawPage(Graphics2D g, PDRectangle pageSize) throws IOException {
            AffineTransform pageTransform = g.getTransform();
            g.setTransform(new AffineTransform()); // pixel for pixel: the raster is of this page at this scale
            g.drawImage(background, 0, 0, null);
            g.setTransform(pageTransform);
            super.drawPage(g, pageSize);
        }

        /** The page's forms are its background (elements draw none), already laid down. */
        @Override
        public void showForm(PDFormXObject form) {
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) {
        }
    }
}
