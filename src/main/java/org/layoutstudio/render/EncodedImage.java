package org.layoutstudio.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image as PDF image streams (with its soft mask), copied into any number of documents without
 * decoding or compressing again: PDFBox's lossless encoder takes tens of milliseconds for the pretix
 * logo, which would dominate every ticket (the logo is compressed at build time, {@link LogoImages}).
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

    /** The first image on the first page of a PDF (as {@link LogoImages} prepares them). */
    static EncodedImage fromPdf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    return capture(image.getCOSObject());
                }
            }
            throw new IOException("The PDF holds no image");
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
                // direct objects: an indirect one (e.g. /DecodeParms) would point into the document read
                dict.put(e.getKey(), stream.getDictionaryObject(e.getKey()));
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
