package org.layoutstudio.render.raster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderLimits;

/**
 * Measures what a PDF would take before PDFBox decodes it: PDFBox inflates each stream whole
 * into memory, so a 2 MB file whose page inflates to 2 GB would exhaust any heap. Every stream a
 * page draws (contents, forms, fonts, patterns, colour profiles, appearance streams) is inflated
 * here into a counter that stops at the limit, and the pixels of its images are added up from
 * their declared size. Refuses with a sentence when a limit of {@link RenderLimits} is passed.
 */
final class PdfGuard {
    /** Image codecs: what they produce is counted in pixels, not inflated here. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    /** Links that lead out of a page's own drawing (to its parent, other pages, actions). */
    private static final Set<COSName> NOT_DRAWN = Set.of(COSName.PARENT, COSName.P, COSName.DEST, COSName.A, COSName.AA,
            COSName.getPDFName("Pg"), COSName.getPDFName("StructParent"), COSName.getPDFName("StructParents"),
            COSName.getPDFName("Popup"), COSName.getPDFName("IRT"));

    /** Where a JPEG's frame header usually is: after a few segments of metadata. */
    private static final int JPEG_HEAD_BYTES = 64 * 1024;

    /** Decoded sizes of the streams seen so far: a font shared by every page is inflated once. */
    private final Map<COSStream, Long> decoded = new IdentityHashMap<>();
    private long documentBytes;

    private PdfGuard() {
    }

    /** Checks every page of {@code doc}. */
    static void check(PDDocument doc) throws RenderException, IOException {
        if (doc.getNumberOfPages() > RenderLimits.MAX_PAGES) {
            throw new RenderException(RenderLimits.tooManyPages(doc.getNumberOfPages()));
        }
        PdfGuard guard = new PdfGuard();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            guard.checkPage(++number, page);
        }
    }

    private void checkPage(int number, PDPage page) throws RenderException, IOException {
        PageTally tally = new PageTally(number);
        COSDictionary dict = page.getCOSObject();
        visit(dict.getDictionaryObject(COSName.CONTENTS), tally, 0);
        if (page.getResources() != null) {
            visit(page.getResources().getCOSObject(), tally, 0);
        }
        COSBase annots = dict.getDictionaryObject(COSName.ANNOTS);
        if (annots instanceof COSArray a) {
            for (COSBase annot : a) {
                COSBase resolved = annot instanceof COSObject o ? o.getObject() : annot;
                if (resolved instanceof COSDictionary d) {
                    visit(d.getDictionaryObject(COSName.AP), tally, 1);
                }
            }
        }
    }

    /** What one page has drawn so far; every object is counted once per page. */
    private static final class PageTally {
        final int page;
        final Set<COSBase> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes;
        long pixels;

        PageTally(int page) {
            this.page = page;
        }
    }

    private void visit(COSBase base, PageTally tally, int depth) throws RenderException, IOException {
        COSBase b = base instanceof COSObject o ? o.getObject() : base;
        if (b == null || !(b instanceof COSDictionary || b instanceof COSArray) || !tally.seen.add(b)) {
            return;
        }
        if (depth > RenderLimits.MAX_NESTING) {
            throw new RenderException(RenderLimits.nestedTooDeep());
        }
        if (b instanceof COSArray array) {
            for (COSBase item : array) {
                visit(item, tally, depth + 1);
            }
            return;
        }
        COSDictionary dict = (COSDictionary) b;
        if (dict instanceof COSStream stream) {
            measure(stream, tally);
        }
        for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
            if (!NOT_DRAWN.contains(e.getKey())) {
                visit(e.getValue(), tally, depth + 1);
            }
        }
    }

    /**
     * A JPEG's pixels as its frame header gives them (0 for other images): decoders allocate for
     * those, whatever the image's dictionary declares.
     */
    private static long jpegPixels(COSStream stream) throws IOException {
        COSBase filter = stream.getFilters();
        boolean jpeg = COSName.DCT_DECODE.equals(filter) || COSName.DCT_DECODE_ABBREVIATION.equals(filter)
                || filter instanceof COSArray a && a.size() == 1
                        && (COSName.DCT_DECODE.equals(a.getObject(0)) || COSName.DCT_DECODE_ABBREVIATION.equals(a.getObject(0)));
        if (!jpeg) {
            return 0;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] head = raw.readNBytes(JPEG_HEAD_BYTES);
            JpegFrame frame = JpegFrame.read(head);
            if (frame == null && head.length == JPEG_HEAD_BYTES) {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                whole.writeBytes(head);
                raw.transferTo(whole); // a frame behind long metadata: as far as the file goes
                frame = JpegFrame.read(whole.toByteArray());
            }
            return frame == null ? 0 : frame.pixels();
        }
    }

    private void measure(COSStream stream, PageTally tally) throws RenderException, IOException {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            long pixels = (long) Math.max(0, stream.getInt(COSName.WIDTH, 0)) * Math.max(0, stream.getInt(COSName.HEIGHT, 0));
            tally.pixels += Math.max(pixels, jpegPixels(stream));
            if (tally.pixels > RenderLimits.MAX_IMAGE_PIXELS_PER_PAGE) {
                throw new RenderException(RenderLimits.tooManyPixels(tally.page, tally.pixels));
            }
        }
        Long known = decoded.get(stream);
        long size;
        if (known != null) {
            size = known;
        } else {
            size = inflatedSize(stream, tally.page);
            decoded.put(stream, size);
            documentBytes += size;
            if (documentBytes > RenderLimits.MAX_DECODED_DOCUMENT_BYTES) {
                throw new RenderException(RenderLimits.documentTooLarge());
            }
        }
        tally.bytes += size;
        if (tally.bytes > RenderLimits.MAX_DECODED_PAGE_BYTES) {
            throw new RenderException(RenderLimits.pageTooLarge(tally.page));
        }
    }

    /**
     * The stream's size after its filters (up to an image codec), counted while inflating into
     * nothing; stops with a refusal one byte past {@link RenderLimits#MAX_DECODED_STREAM_BYTES}.
     */
    private static long inflatedSize(COSStream stream, int page) throws RenderException, IOException {
        List<COSName> filters = filtersOf(stream);
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        byte[] input = null;
        long size = 0;
        for (int i = 0; i < filters.size() && !IMAGE_CODECS.contains(filters.get(i)); i++) {
            boolean last = i + 1 == filters.size() || IMAGE_CODECS.contains(filters.get(i + 1));
            Counter out = new Counter(last ? null : new java.io.ByteArrayOutputStream(), page);
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            try (InputStream in = input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
                filter.decode(in, out, stream, i);
            } catch (IOException e) {
                if (e instanceof Counter.Exceeded) {
                    throw new RenderException(RenderLimits.streamTooLarge(page));
                }
                return out.count; // a damaged stream: PDFBox will read what it can, no more than counted
            }
            size = out.count;
            input = out.copy == null ? null : out.copy.toByteArray();
        }
        return size;
    }

    private static List<COSName> filtersOf(COSStream stream) {
        COSBase f = stream.getFilters();
        if (f instanceof COSName name) {
            return List.of(name);
        }
        if (f instanceof COSArray array) {
            List<COSName> out = new java.util.ArrayList<>();
            for (COSBase item : array) {
                COSBase r = item instanceof COSObject o ? o.getObject() : item;
                if (r instanceof COSName n) {
                    out.add(n);
                }
            }
            return out;
        }
        return List.of();
    }

    /** Counts bytes (keeping them only when a further filter needs them) and stops at the limit. */
    private static final class Counter extends OutputStream {
        final java.io.ByteArrayOutputStream copy;
        final int page;
        long count;

        Counter(java.io.ByteArrayOutputStream copy, int page) {
            this.copy = copy;
            this.page = page;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            if (copy != null) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            if (copy != null) {
                copy.write(b, off, len);
            }
        }

        private void add(long n) throws Exceeded {
            count += n;
            if (count > RenderLimits.MAX_DECODED_STREAM_BYTES) {
                throw new Exceeded();
            }
        }

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }
    }
}
