package org.layoutstudio.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image compressed once as PDF image streams (with its soft mask), copied into any number of
 * documents without decoding or compressing again: PDFBox's lossless encoder takes tens of
 * milliseconds for the pretix logo, which would dominate every ticket.
 */
final class EncodedImage {
    private final Map<COSName, COSBase> dictionary;
    private final byte[] data;
    private final EncodedImage mask;
    private final int width;
    private final int height;

    private EncodedImage(Map<COSName, COSBase> dictionary, byte[] data, EncodedImage mask, int width, int height) {
        this.dictionary = dictionary;
        this.data = data;
        this.mask = mask;
        this.width = width;
        this.height = height;
    }

    static EncodedImage of(BufferedImage image) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            return capture(LosslessFactory.createFromImage(scratch, image).getCOSObject());
        }
    }

    private static EncodedImage capture(COSStream stream) throws IOException {
        Map<COSName, COSBase> dict = new java.util.LinkedHashMap<>();
        EncodedImage mask = null;
        for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
            if (COSName.SMASK.equals(e.getKey())) {
                COSBase m = stream.getDictionaryObject(COSName.SMASK);
                if (m instanceof COSStream ms) {
                    mask = capture(ms);
                }
            } else if (!COSName.LENGTH.equals(e.getKey())) {
                dict.put(e.getKey(), e.getValue());
            }
        }
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        return new EncodedImage(dict, raw, mask, stream.getInt(COSName.WIDTH), stream.getInt(COSName.HEIGHT));
    }

    /** A new image XObject of this image in {@code doc}. */
    PDImageXObject into(PDDocument doc) throws IOException {
        return new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream(doc)), null);
    }

    private COSStream stream(PDDocument doc) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
            s.setItem(e.getKey(), e.getValue());
        }
        if (mask != null) {
            s.setItem(COSName.SMASK, mask.stream(doc));
        }
        try (OutputStream out = s.createRawOutputStream()) {
            out.write(data);
        }
        return s;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

}
