package org.layoutstudio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes one PDF straight to a stream by appending the pages of other PDFs, object by object:
 * memory holds the document being appended and one offset per object written, never the output.
 * An object that is byte for byte one written before (the background of every batch, a copy's
 * page content) is written once and shared, so copies of a ticket cost a page entry each.
 */
final class PdfAppender implements AutoCloseable {
    /** Kids per node of the page tree: a flat list of 100,000 pages would slow readers down. */
    private static final int PAGES_PER_NODE = 256;
    private static final Set<COSName> PAGE_KEYS_LEFT_OUT = Set.of(COSName.PARENT, COSName.ANNOTS, COSName.B,
            COSName.getPDFName("StructParents"), COSName.TYPE);

    private final Counting out;
    private long[] offsets = new long[1024];
    private int nextNumber = 1;
    private final Map<String, Integer> byContent = new HashMap<>();
    private final int rootPages;
    private final List<Integer> nodes = new ArrayList<>();
    private final List<Integer> kids = new ArrayList<>();
    private int node;
    private long pages;
    /** The document appended last, and the numbers its objects were written under. */
    private PDDocument source;
    private Map<COSBase, Integer> numbers;

    PdfAppender(OutputStream target) throws IOException {
        this.out = new Counting(target);
        out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        rootPages = reserve();
    }

    /** Pages appended so far. */
    long pages() {
        return pages;
    }

    /** Bytes written so far. */
    long bytes() {
        return out.count;
    }

    /**
     * Appends pages {@code from … from + count - 1} of {@code doc} {@code times} times in a row
     * (a ticket's pages for each of its copies).
     */
    void append(PDDocument doc, int from, int count, int times) throws IOException {
        if (doc != source) {
            source = doc;
            numbers = new IdentityHashMap<>();
        }
        List<byte[]> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add(pageEntries(doc.getPage(i), numbers));
        }
        for (int copy = 0; copy < times; copy++) {
            for (byte[] page : entries) {
                writePage(page);
            }
        }
    }

    /**
     * The entries of a page's dictionary, with what it inherits made explicit; what they refer
     * to is written now, so that every copy of the page is one small object.
     */
    private byte[] pageEntries(PDPage page, Map<COSBase, Integer> numbers) throws IOException {
        COSDictionary d = new COSDictionary();
        for (Map.Entry<COSName, COSBase> e : page.getCOSObject().entrySet()) {
            if (!PAGE_KEYS_LEFT_OUT.contains(e.getKey())) {
                d.setItem(e.getKey(), e.getValue());
            }
        }
        d.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSArray());
        if (page.getResources() != null) {
            d.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
        }
        if (page.getRotation() != 0) {
            d.setInt(COSName.ROTATE, page.getRotation());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            body.write(' ');
            e.getKey().writePDF(body);
            body.write(' ');
            direct(e.getValue(), body, numbers, new IdentityHashMap<>());
        }
        return body.toByteArray();
    }

    private void writePage(byte[] entries) throws IOException {
        if (kids.size() == PAGES_PER_NODE || nodes.isEmpty()) {
            closeNode();
            node = reserve();
            nodes.add(node);
        }
        int number = reserve();
        offsets[number] = out.count;
        out.write((number + " 0 obj\n<</Type /Page /Parent " + node + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
        out.write(entries);
        out.write(">>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        kids.add(number);
        pages++;
    }

    private void closeNode() throws IOException {
        if (kids.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("<</Type /Pages /Parent ").append(rootPages).append(" 0 R /Kids [");
        for (int k : kids) {
            b.append(k).append(" 0 R ");
        }
        b.append("] /Count ").append(kids.size()).append(">>");
        writeObject(node, b.toString().getBytes(StandardCharsets.ISO_8859_1), null);
        kids.clear();
    }

    /**
     * Writes the page tree, the document information and the catalog, then the cross-reference
     * table and trailer. Nothing can be appended afterwards.
     */
    void finish(String title, String creator) throws IOException {
        closeNode();
        StringBuilder root = new StringBuilder("<</Type /Pages /Kids [");
        for (int n : nodes) {
            root.append(n).append(" 0 R ");
        }
        root.append("] /Count ").append(pages).append(">>");
        writeObject(rootPages, root.toString().getBytes(StandardCharsets.ISO_8859_1), null);
        int info = reserve();
        ByteArrayOutputStream infoBody = new ByteArrayOutputStream();
        infoBody.write("<</Title ".getBytes(StandardCharsets.ISO_8859_1));
        COSWriter.writeString(new COSString(title), infoBody);
        infoBody.write(" /Creator ".getBytes(StandardCharsets.ISO_8859_1));
        COSWriter.writeString(new COSString(creator), infoBody);
        infoBody.write(">>".getBytes(StandardCharsets.ISO_8859_1));
        writeObject(info, infoBody.toByteArray(), null);
        int catalog = reserve();
        writeObject(catalog, ("<</Type /Catalog /Pages " + rootPages + " 0 R>>").getBytes(StandardCharsets.ISO_8859_1), null);

        long xref = out.count;
        StringBuilder table = new StringBuilder("xref\n0 ").append(nextNumber).append("\n0000000000 65535 f \n");
        out.write(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        for (int n = 1; n < nextNumber; n++) {
            out.write(String.format("%010d 00000 n \n", offsets[n]).getBytes(StandardCharsets.ISO_8859_1));
        }
        String id = HexFormat.of().formatHex(digest().digest(("Layout Studio " + System.nanoTime() + " " + pages).getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        out.write(("trailer\n<</Size " + nextNumber + " /Root " + catalog + " 0 R /Info " + info + " 0 R /ID [<" + id + "> <" + id
                + ">]>>\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    // ----- objects -----

    /**
     * Writes a value as it appears inside another object; indirect objects it refers to are
     * written first (each once) and referred to by their new number.
     *
     * @param open indirect objects being written on the way here: a reference back to one of
     *             them is a cycle, and the object is given its number before its content is known
     */
    private void direct(COSBase value, OutputStream body, Map<COSBase, Integer> numbers, Map<COSBase, Integer> open)
            throws IOException {
        if (value instanceof COSObject ref) {
            COSBase target = ref.getObject();
            if (target == null || target instanceof COSNull) {
                body.write("null".getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            body.write((indirect(target, numbers, open) + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
        } else if (value instanceof COSStream stream) {
            body.write((indirect(stream, numbers, open) + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
        } else if (value instanceof COSDictionary dict) {
            body.write("<<".getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
                body.write(' ');
                e.getKey().writePDF(body);
                body.write(' ');
                direct(e.getValue(), body, numbers, open);
            }
            body.write(">>".getBytes(StandardCharsets.ISO_8859_1));
        } else if (value instanceof COSArray array) {
            body.write('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    body.write(' ');
                }
                direct(array.get(i), body, numbers, open);
            }
            body.write(']');
        } else if (value instanceof COSString s) {
            COSWriter.writeString(s, body);
        } else if (value instanceof COSName n) {
            n.writePDF(body);
        } else if (value instanceof COSInteger i) {
            i.writePDF(body);
        } else if (value instanceof COSFloat f) {
            f.writePDF(body);
        } else if (value instanceof COSBoolean b) {
            b.writePDF(body);
        } else {
            body.write("null".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The number of an indirect object, writing it (and what it refers to) the first time. */
    private int indirect(COSBase obj, Map<COSBase, Integer> numbers, Map<COSBase, Integer> open) throws IOException {
        Integer known = numbers.get(obj);
        if (known != null) {
            return known;
        }
        Integer cyclic = open.get(obj);
        if (cyclic != null) {
            if (cyclic == 0) {
                cyclic = reserve();
                open.put(obj, cyclic);
            }
            return cyclic;
        }
        open.put(obj, 0);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] raw = null;
        if (obj instanceof COSStream stream) {
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            body.write("<<".getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
                if (!COSName.LENGTH.equals(e.getKey())) {
                    body.write(' ');
                    e.getKey().writePDF(body);
                    body.write(' ');
                    direct(e.getValue(), body, numbers, open);
                }
            }
            body.write((" /Length " + raw.length + ">>").getBytes(StandardCharsets.ISO_8859_1));
        } else {
            direct(obj, body, numbers, open);
        }
        Integer reserved = open.remove(obj);
        byte[] bytes = body.toByteArray();
        int number;
        if (reserved != null && reserved != 0) {
            number = reserved; // part of a cycle: its bytes name its own number, so it is never shared
        } else {
            String key = contentKey(bytes, raw);
            Integer same = byContent.get(key);
            if (same != null) {
                numbers.put(obj, same);
                return same;
            }
            number = reserve();
            byContent.put(key, number);
        }
        writeObject(number, bytes, raw);
        numbers.put(obj, number);
        return number;
    }

    private int reserve() {
        if (nextNumber == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        return nextNumber++;
    }

    private void writeObject(int number, byte[] body, byte[] stream) throws IOException {
        offsets[number] = out.count;
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        if (stream != null) {
            out.write("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(stream);
            out.write("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String contentKey(byte[] body, byte[] raw) {
        MessageDigest d = digest();
        d.update(body);
        if (raw != null) {
            d.update((byte) 0);
            d.update(raw);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** Counts what is written: the offsets of the cross-reference table. */
    private static final class Counting extends OutputStream {
        private final OutputStream target;
        long count;

        Counting(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
