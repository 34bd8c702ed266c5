package org.layoutstudio.render.raster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Decoded images kept across documents by what they are, for the preview: every edit makes a new
 * ticket PDF with the same images in it (pretix's logo, an image element), which PDFBox would
 * decode again for each. An image is known by a digest of its encoded stream and its soft mask's,
 * with the entries that decide its pixels; an image with a colour key or stencil mask, or whose
 * colour space is not a name (an ICC profile, a palette), is decoded every time. At most
 * {@link #MAX_BYTES} of pixels are kept, the least recently used leave first. Thread-safe.
 */
final class DecodedImages {
    /** Pixels kept, bytes (a few logos and images at the preview's subsampling). */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final COSName[] PIXEL_ENTRIES = {COSName.FILTER, COSName.DECODE_PARMS, COSName.WIDTH, COSName.HEIGHT,
        COSName.BITS_PER_COMPONENT, COSName.COLORSPACE, COSName.DECODE, COSName.MATTE};

    private final Map<String, BufferedImage> images = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private final AtomicLong decodes = new AtomicLong();

    /** The image at {@code subsampling}: kept, or decoded by {@code decoder} (and kept). */
    BufferedImage get(PDImageXObject image, int subsampling, JpegDrawingRenderer.Decoder decoder) throws IOException {
        String key = key(image, subsampling);
        if (key != null) {
            synchronized (this) {
                BufferedImage kept = images.get(key);
                if (kept != null) {
                    return kept;
                }
            }
        }
        decodes.incrementAndGet();
        BufferedImage decoded = decoder.decode(subsampling);
        if (key != null) {
            keep(key, decoded);
        }
        return decoded;
    }

    /** How many images were decoded (not found kept) so far. */
    long decodes() {
        return decodes.get();
    }

    private synchronized void keep(String key, BufferedImage image) {
        long size = 4L * image.getWidth() * image.getHeight();
        if (size > MAX_BYTES || images.containsKey(key)) {
            return;
        }
        images.put(key, image);
        bytes += size;
        var eldest = images.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            BufferedImage out = eldest.next().getValue();
            bytes -= 4L * out.getWidth() * out.getHeight();
            eldest.remove();
        }
    }

    /** What decides the pixels, as a digest; null when the image is not kept. */
    private static String key(PDImageXObject image, int subsampling) throws IOException {
        COSStream stream = image.getCOSObject();
        if (!(stream.getDictionaryObject(COSName.COLORSPACE) instanceof COSName) || image.isStencil()
                || stream.getDictionaryObject(COSName.MASK) != null) {
            return null;
        }
        MessageDigest digest = sha256();
        digest.update(Integer.toString(subsampling).getBytes(StandardCharsets.US_ASCII));
        add(digest, stream);
        COSBase mask = stream.getDictionaryObject(COSName.SMASK);
        if (mask instanceof COSStream softMask) {
            add(digest, softMask);
        } else if (mask != null) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, COSStream stream) throws IOException {
        for (COSName entry : PIXEL_ENTRIES) {
            digest.update((entry.getName() + "=" + stream.getDictionaryObject(entry) + ";").getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n = raw.read(buffer); n > 0; n = raw.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
