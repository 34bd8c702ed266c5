package org.layoutstudio.render.raster;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's renderer as the raster draws pages: images read at the resolution they are drawn at
 * (subsampling), scaled with bilinear interpolation (with subsampling an image is never scaled
 * below ½, where bilinear is as good as PDFBox's bicubic default and a quarter of its time), and a
 * plain JPEG photo (DCT only, DeviceRGB or DeviceGray, 8 bits, no mask, no decode array) decoded
 * by Java's JPEG reader straight into an image. PDFBox's own JPEG path decodes into a raster and
 * then copies every pixel twice through generic sample models, which took as long as the decoding
 * itself. A large one is drawn while it decodes, a band at a time ({@link BandedJpegDrawing}). Anything
 * else is drawn by PDFBox as before.
 */
class JpegDrawingRenderer extends PDFRenderer {

    JpegDrawingRenderer(PDDocument doc) {
        super(doc);
        setSubsamplingAllowed(true);
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON); // PDFBox's other defaults
        setRenderingHints(hints);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new Drawer(parameters);
    }

    /** The page drawer that reads plain JPEG photos itself. */
    static class Drawer extends PageDrawer {
        /** Open marked-content sequences, true for each that is optional content (PDFBox decides what is hidden). */
        private final Deque<Boolean> markedContent = new ArrayDeque<>();
        private int openOptionalContent;
        private int photosDrawnWhileDecoding;

        Drawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            if (image instanceof PDImageXObject x && drawnWhileDecoding(x)) {
                return;
            }
            super.drawImage(image instanceof PDImageXObject x ? decoding(x) : image);
        }

        /** The image as it is decoded for drawing: a plain JPEG by Java's reader, anything else by PDFBox. */
        PDImage decoding(PDImageXObject image) throws IOException {
            return isPlainJpeg(image) ? new DecodedImage(image, subsampling -> readJpeg(image, subsampling)) : image;
        }

        /** Whether a large photo may be drawn in bands while it decodes; not where decoded images are kept. */
        boolean drawsPhotosWhileDecoding() {
            return true;
        }

        /**
         * A large plain photo drawn by {@link BandedJpegDrawing}, where nothing in the drawing state needs
         * PDFBox's own ways (soft masks, transfer functions, constant alpha, optional content, printers,
         * nearest-neighbour scaling up, bicubic downscaling). False when it was not drawn; a decoder that
         * fails halfway is drawn over whole by PDFBox.
         */
        private boolean drawnWhileDecoding(PDImageXObject x) throws IOException {
            if (!drawsPhotosWhileDecoding() || openOptionalContent > 0 || x.getOptionalContent() != null
                    || (long) x.getWidth() * x.getHeight() < BandedJpegDrawing.MIN_PIXELS || !isPlainJpeg(x)) {
                return false;
            }
            PDGraphicsState state = getGraphicsState();
            Graphics2D g = getGraphics();
            Composite composite = state.getNonStrokingJavaComposite();
            GraphicsConfiguration device = g.getDeviceConfiguration();
            if (state.getSoftMask() != null || state.getTransfer() != null
                    || !(composite instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC_OVER && ac.getAlpha() == 1f)
                    || RenderingHints.VALUE_INTERPOLATION_BICUBIC.equals(g.getRenderingHint(RenderingHints.KEY_INTERPOLATION))
                    || device == null || device.getDevice().getType() == GraphicsDevice.TYPE_PRINTER) {
                return false;
            }
            Matrix ctm = state.getCurrentTransformationMatrix();
            AffineTransform at = ctm.createAffineTransform();
            int subsampling = getSubsampling(x, at);
            Matrix page = new Matrix(g.getTransform());
            if ((x.getWidth() + subsampling - 1) / subsampling <= Math.abs(Math.round(ctm.getScalingFactorX() * page.getScalingFactorX()))
                    || (x.getHeight() + subsampling - 1) / subsampling <= Math.abs(Math.round(ctm.getScalingFactorY() * page.getScalingFactorY()))) {
                return false; // drawn at its size or larger: PDFBox's rules for scaling up
            }
            byte[] jpeg = rawBytes(x); // the decoder thread must not read the document's file
            g.setComposite(composite);
            setClip();
            try {
                boolean drawn = BandedJpegDrawing.draw(g, jpeg, subsampling, x.getColorSpace().getNumberOfComponents(), at);
                photosDrawnWhileDecoding += drawn ? 1 : 0;
                return drawn;
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                return false; // what Java's reader gives up on halfway, PDFBox may still read
            }
        }

        /**
         * Before PDFBox opens a font for drawing: its map to Unicode goes where drawing does not need it
         * ({@link #dropTextMap}).
         */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Tf".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getResources() != null) {
                dropTextMap(getResources(), name);
            }
            super.processOperator(operator, operands);
        }

        /** How many images this drawer drew while they decoded (for tests). */
        int photosDrawnWhileDecoding() {
            return photosDrawnWhileDecoding;
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            boolean optional = COSName.OC.equals(tag);
            markedContent.push(optional);
            openOptionalContent += optional ? 1 : 0;
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!markedContent.isEmpty() && markedContent.pop()) {
                openOptionalContent--;
            }
            super.endMarkedContentSequence();
        }

    }

    /**
     * Drops the ToUnicode map of font {@code name} in {@code resources} when it is a composite font with
     * an embedded program: its glyphs come from the program by CID, never through that map, which only
     * text extraction reads. PDFBox parses the map with every font it opens, and fontbox's first map
     * fills a table of 65,536 strings (~75 ms of a start). Only the document in memory changes; a
     * font that is not embedded, whose glyphs are found through Unicode, keeps its map.
     */
    static void dropTextMap(PDResources resources, COSName name) {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null || !(fonts.getDictionaryObject(name) instanceof COSDictionary font)
                || !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                || !(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || descendants.size() != 1 || !(descendants.getObject(0) instanceof COSDictionary descendant)
                || !(descendant.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor)) {
            return;
        }
        if (descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
                || descriptor.containsKey(COSName.FONT_FILE3)) {
            font.removeItem(COSName.TO_UNICODE);
        }
    }

    /** True for a JPEG that Java's reader turns into the same colours PDFBox would show. */
    static boolean isPlainJpeg(PDImageXObject x) throws IOException {
        COSStream s = x.getCOSObject();
        COSBase filter = s.getFilters();
        boolean dctOnly = COSName.DCT_DECODE.equals(filter)
                || filter instanceof COSArray a && a.size() == 1 && COSName.DCT_DECODE.equals(a.getObject(0));
        if (!dctOnly || x.isStencil()
                || x.getBitsPerComponent() != 8 || x.getDecode() != null
                || s.getDictionaryObject(COSName.SMASK) != null || s.getDictionaryObject(COSName.MASK) != null) {
            return false;
        }
        COSBase params = s.getDictionaryObject(COSName.DECODE_PARMS);
        if (params != null) {
            return false; // e.g. ColorTransform given explicitly: PDFBox's way
        }
        PDColorSpace cs = x.getColorSpace();
        return cs instanceof PDDeviceRGB || cs instanceof PDDeviceGray;
    }

    /**
     * A plain JPEG at {@code subsampling}: scaled in the DCT where it is read at ½ or less
     * ({@link JpegScaling}), else by Java's reader; where that reader fails or differs, by PDFBox.
     */
    private static BufferedImage readJpeg(PDImageXObject image, int subsampling) throws IOException {
        if (JpegScaling.scale(subsampling) > 1) {
            byte[] jpeg = rawBytes(image);
            try {
                BufferedImage scaled = JpegScaling.decode(jpeg, subsampling, image.getColorSpace().getNumberOfComponents());
                if (scaled != null) {
                    return scaled;
                }
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // corrupt data the scaling decoder gives up on: Java's reader, or PDFBox, may still read it
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            return image.getImage(null, subsampling);
        }
        ImageReader reader = readers.next();
        try (InputStream raw = image.getCOSObject().createRawInputStream();
             ImageInputStream in = new MemoryCacheImageInputStream(raw)) { // not ImageIO's temp file
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage decoded = reader.read(0, param);
            return showsAsDeclared(decoded.getColorModel(), decoded.getType(), image.getColorSpace().getNumberOfComponents())
                    ? decoded : image.getImage(null, subsampling);
        } catch (IOException | RuntimeException e) {
            return image.getImage(null, subsampling); // what Java's reader refuses, PDFBox may still read
        } finally {
            reader.dispose();
        }
    }

    /** A plain JPEG's bytes as stored, which are the JPEG file. */
    private static byte[] rawBytes(PDImageXObject image) throws IOException {
        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
            return raw.readAllBytes();
        }
    }

    /**
     * Whether Java's reader decodes into the colours the PDF declares: its DeviceRGB or DeviceGray
     * counts, not a profile inside the JPEG (as PDFBox, pretix and mutool take it).
     */
    static boolean showsAsDeclared(ColorModel colours, int imageType, int components) {
        return colours.getNumComponents() == components
                && (colours.getColorSpace().isCS_sRGB() || imageType == BufferedImage.TYPE_BYTE_GRAY);
    }

    /** How an image's pixels are had, at a subsampling. */
    interface Decoder {
        BufferedImage decode(int subsampling) throws IOException;
    }

    /**
     * The image as PDFBox sees it, its whole pixels from {@code decoder}. PDFBox asks twice for the
     * pixels of one image it draws (once to look at them, once to draw them); one drawing keeps the
     * decoded image, so a photo is decoded once, not twice.
     */
    static final class DecodedImage implements PDImage {
        private final PDImageXObject image;
        private final Decoder decoder;
        private BufferedImage decoded;
        private int decodedAt;

        DecodedImage(PDImageXObject image, Decoder decoder) {
            this.image = image;
            this.decoder = decoder;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return getImage(null, 1);
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            if (region != null) {
                return image.getImage(region, subsampling);
            }
            if (decoded == null || decodedAt != subsampling) {
                decoded = decoder.decode(subsampling);
                decodedAt = subsampling;
            }
            return decoded;
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return image.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return image.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return image.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return image.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return image.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return image.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return image.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return image.isStencil();
        }

        @Override
        public void setStencil(boolean isStencil) {
            image.setStencil(isStencil);
        }

        @Override
        public int getBitsPerComponent() {
            return image.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            image.setBitsPerComponent(bitsPerComponent);
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return image.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            image.setColorSpace(colorSpace);
        }

        @Override
        public int getHeight() {
            return image.getHeight();
        }

        @Override
        public void setHeight(int height) {
            image.setHeight(height);
        }

        @Override
        public int getWidth() {
            return image.getWidth();
        }

        @Override
        public void setWidth(int width) {
            image.setWidth(width);
        }

        @Override
        public void setDecode(COSArray decode) {
            image.setDecode(decode);
        }

        @Override
        public COSArray getDecode() {
            return image.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return image.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            image.setInterpolate(value);
        }

        @Override
        public String getSuffix() {
            return image.getSuffix();
        }

        @Override
        public COSStream getCOSObject() {
            return image.getCOSObject();
        }
    }
}
