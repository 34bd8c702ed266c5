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

    /** The streams measured so far: a font or image shared by every page is inflated once. */
    private final Map<COSStream, Measured> measured = new IdentityHashMap<>();
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

    private void measure(COSStream stream, PageTally tally) throws RenderException, IOException {
        boolean image = COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
        long declared = image ? (long) Math.max(0, stream.getInt(COSName.WIDTH, 0)) * Math.max(0, stream.getInt(COSName.HEIGHT, 0)) : 0;
        addPixels(tally, declared); // before inflating anything: what the dictionary says may refuse the page already
        Measured known = measured.get(stream);
        boolean first = known == null;
        if (first) {
            known = inflate(stream, tally.page);
            measured.put(stream, known);
        }
        addPixels(tally, Math.max(0, known.jpegPixels() - declared)); // decoders allocate for a JPEG's frame
        if (first) {
            documentBytes += known.bytes();
            if (documentBytes > RenderLimits.MAX_DECODED_DOCUMENT_BYTES) {
                throw new RenderException(RenderLimits.documentTooLarge());
            }
        }
        tally.bytes += known.bytes();
        if (tally.bytes > RenderLimits.MAX_DECODED_PAGE_BYTES) {
            throw new RenderException(RenderLimits.pageTooLarge(tally.page));
        }
    }

    private static void addPixels(PageTally tally, long pixels) throws RenderException {
        tally.pixels += pixels;
        if (tally.pixels > RenderLimits.MAX_IMAGE_PIXELS_PER_PAGE) {
            throw new RenderException(RenderLimits.tooManyPixels(tally.page, tally.pixels));
        }
    }

    /** A stream's size after its filters up to an image codec, and the pixels of the JPEG the codec then decodes (else 0). */
    private record Measured(long bytes, long jpegPixels) {
    }

    /**
     * The stream's size after its filters (up to an image codec), counted while inflating into
     * nothing, with the frame of a JPEG the filters lead to; stops with a refusal one byte past
     * {@link RenderLimits#MAX_DECODED_STREAM_BYTES}.
     */
    private static Measured inflate(COSStream stream, int page) throws RenderException, IOException {
        List<COSName> filters = filtersOf(stream);
        int codec = 0;
        while (codec < filters.size() && !IMAGE_CODECS.contains(filters.get(codec))) {
            codec++;
        }
        boolean jpeg = codec < filters.size()
                && (COSName.DCT_DECODE.equals(filters.get(codec)) || COSName.DCT_DECODE_ABBREVIATION.equals(filters.get(codec)));
        if (filters.isEmpty()) {
            return new Measured(stream.getLength(), 0);
        }
        if (codec == 0) {
            return new Measured(0, jpeg ? rawJpegPixels(stream) : 0); // what a codec makes is counted in pixels
        }
        byte[] input = null;
        long size = 0;
        for (int i = 0; i < codec; i++) {
            boolean kept = i + 1 < codec || jpeg; // the next filter's input, or the JPEG's bytes
            Counter out = new Counter(kept ? new ByteArrayOutputStream() : null, page);
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            try (InputStream in = input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
                filter.decode(in, out, stream, i);
            } catch (IOException e) {
                if (e instanceof Counter.Exceeded) {
                    throw new RenderException(RenderLimits.streamTooLarge(page));
                }
                // a damaged stream: PDFBox will read what it can, no more than counted
                return new Measured(out.count, jpeg && out.copy != null ? pixels(out.copy.toByteArray()) : 0);
            }
            size = out.count;
            input = out.copy == null ? null : out.copy.toByteArray();
        }
        return new Measured(size, jpeg ? pixels(input) : 0);
    }

    /** The pixels of a JPEG stored as it is: its frame is usually in the first few KB. */
    private static long rawJpegPixels(COSStream stream) throws IOException {
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] head = raw.readNBytes(JPEG_HEAD_BYTES);
            long pixels = pixels(head);
            if (pixels == 0 && head.length == JPEG_HEAD_BYTES) {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                whole.writeBytes(head);
                raw.transferTo(whole); // a frame behind long metadata: as far as the file goes
                pixels = pixels(whole.toByteArray());
            }
            return pixels;
        }
    }

    private static long pixels(byte[] jpeg) {
        JpegFrame frame = JpegFrame.read(jpeg);
        return frame == null ? 0 : frame.pixels();
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
        final ByteArrayOutputStream copy;
        final int page;
        long count;

        Counter(ByteArrayOutputStream copy, int page) {
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
