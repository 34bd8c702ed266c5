package org.layoutstudio.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * PDFs made to hurt, generated on the spot (nothing large is checked in): a page whose content
 * inflates far beyond any real one, an image of 400 million pixels, a hundred and one pages.
 */
public final class HostilePdfs {
    private HostilePdfs() {
    }

    /** One A4 page whose content stream of {@code inflatedMb} MB of spaces is a few hundred KB compressed. */
    public static byte[] bomb(int inflatedMb) {
        return pdf(List.of(
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>"),
                "/Filter/FlateDecode", deflated(new byte[0], inflatedMb));
    }

    /**
     * One A4 page whose document catalog lives in an object stream (PDF 1.5, found through a
     * cross-reference stream) that inflates to {@code inflatedMb} MB: PDFBox decodes it while loading.
     */
    public static byte[] objectStreamBomb(int inflatedMb) {
        return objectStreamBomb(inflatedMb, false);
    }

    /**
     * The same; with {@code escapedNames} its type and filter spelled with {@code #xx} escapes
     * ({@code /Obj#53tm}, {@code /Fl#61teDecode}), which a PDF reader takes as the same names.
     */
    public static byte[] objectStreamBomb(int inflatedMb, boolean escapedNames) {
        String header = "1 0 ";
        byte[] objects = deflated((header + "<</Type/Catalog/Pages 2 0 R>>").getBytes(StandardCharsets.US_ASCII), inflatedMb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] offsets = new int[6];
        write(out, "%PDF-1.5\n");
        offsets[2] = out.size();
        write(out, "2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>\nendobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj\n<</Type" + (escapedNames ? "/Obj#53tm" : "/ObjStm") + "/N 1/First " + header.length()
                + "/Filter" + (escapedNames ? "/Fl#61teDecode" : "/FlateDecode") + "/Length " + objects.length + ">>\nstream\n");
        out.writeBytes(objects);
        write(out, "\nendstream\nendobj\n");
        offsets[5] = out.size();
        // the cross-reference stream: type, field 2 (offset or object stream), field 3 (generation or index)
        ByteArrayOutputStream xref = new ByteArrayOutputStream();
        int[][] entries = {{0, 0, 65535}, {2, 4, 0}, {1, offsets[2], 0}, {1, offsets[3], 0}, {1, offsets[4], 0}, {1, offsets[5], 0}};
        for (int[] e : entries) {
            xref.write(e[0]);
            for (int shift = 24; shift >= 0; shift -= 8) {
                xref.write(e[1] >>> shift);
            }
            xref.write(e[2] >>> 8);
            xref.write(e[2]);
        }
        write(out, "5 0 obj\n<</Type/XRef/Size 6/W[1 4 2]/Root 1 0 R/Length " + xref.size() + ">>\nstream\n");
        out.writeBytes(xref.toByteArray());
        write(out, "\nendstream\nendobj\nstartxref\n" + offsets[5] + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** {@code start}, then {@code spacesMb} MB of spaces, deflated. */
    private static byte[] deflated(byte[] start, int spacesMb) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        d.setInput(start);
        while (!d.needsInput()) {
            z.write(buf, 0, d.deflate(buf));
        }
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < spacesMb; i++) {
            d.setInput(spaces);
            while (!d.needsInput()) {
                z.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return z.toByteArray();
    }

    /** One page that draws an image declared as {@code width} × {@code height} pixels (its data is tiny). */
    public static byte[] hugeImage(int width, int height) {
        return imageOnPage(width, height, new byte[16], "/DCTDecode");
    }

    /**
     * One A4 page drawing a JPEG whose dictionary declares 100 × 100 pixels while its frame header,
     * behind {@code emptySegments} empty comment segments, says {@code width} × {@code height}: the
     * size every decoder allocates for.
     */
    public static byte[] jpegLargerThanDeclared(int width, int height, int emptySegments) {
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        for (int i = 0; i < emptySegments; i++) {
            before.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 2}); // COM, nothing said
        }
        return imageDeclared100(jpegHeader(width, height, before.toByteArray()), "/DCTDecode");
    }

    /** One page filled by a deflated image declared {@code width} × {@code height} whose data inflates to {@code inflatedMb} MB. */
    public static byte[] hugeDeflatedImage(int width, int height, int inflatedMb) {
        return imageOnPage(width, height, deflated(new byte[0], inflatedMb), "/FlateDecode");
    }

    /** The start of a grey JPEG up to its frame header, which says {@code width} × {@code height}, after {@code beforeFrame}. */
    public static byte[] jpegHeader(int width, int height, byte[] beforeFrame) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        jpeg.writeBytes(beforeFrame);
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) (height >> 8), (byte) height,
            (byte) (width >> 8), (byte) width, 1, 1, 0x11, 0});
        return jpeg.toByteArray();
    }

    /** One A4 page drawing {@code data} through {@code filters} as a grey image whose dictionary declares 100 × 100 pixels. */
    public static byte[] imageDeclared100(byte[] data, String filters) {
        return imageOnPage(100, 100, data, filters);
    }

    /** One A4 page filled by {@code data} through {@code filters} as a grey image declared {@code width} × {@code height}. */
    private static byte[] imageOnPage(int width, int height, byte[] data, String filters) {
        String content = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        List<String> objs = new ArrayList<>(List.of(
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im1 5 0 R>>>>/Contents 4 0 R>>",
                "<</Length " + content.length() + ">>\nstream\n" + content + "\nendstream"));
        return pdf(objs, "/Type/XObject/Subtype/Image/Width " + width + "/Height " + height
                + "/ColorSpace/DeviceGray/BitsPerComponent 8/Filter" + filters, data);
    }

    /** {@code data} deflated (as {@code /FlateDecode} reads it). */
    public static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return z.toByteArray();
    }

    /** {@code pages} empty A4 pages. */
    public static byte[] pages(int pages) {
        List<String> objs = new ArrayList<>();
        objs.add("<</Type/Catalog/Pages 2 0 R>>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        objs.add("<</Type/Pages/Kids[" + kids + "]/Count " + pages + ">>");
        for (int i = 0; i < pages; i++) {
            objs.add("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>");
        }
        return pdf(objs, null, null);
    }

    /** Objects 1… in order, then (when given) one stream object with {@code streamDict} and {@code data}. */
    private static byte[] pdf(List<String> objects, String streamDict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        if (data != null) {
            offsets.add(out.size());
            write(out, (objects.size() + 1) + " 0 obj\n<<" + streamDict + "/Length " + data.length + ">>\nstream\n");
            out.writeBytes(data);
            write(out, "\nendstream\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(out, String.format("%010d 00000 n \n", o));
        }
        write(out, "trailer\n<</Size " + (offsets.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
