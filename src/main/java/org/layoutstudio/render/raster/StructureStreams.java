package org.layoutstudio.render.raster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderLimits;

/**
 * The streams PDFBox decodes while it loads a file, before {@link PdfGuard} can look at anything:
 * object streams ({@code /Type/ObjStm}, which hold the document's other objects) and cross-reference
 * streams ({@code /Type/XRef}). PDFBox inflates each of them whole into memory, so a few megabytes
 * of file could fill any heap. They are found in the raw bytes and inflated into a counter that
 * stops at {@link RenderLimits#MAX_DECODED_STREAM_BYTES}. Names count as a reader takes them, with
 * their {@code #xx} escapes ({@code /Obj#53tm} is an object stream). What cannot be read plainly here (another
 * filter than Flate, a length that is not where expected) is left to PDFBox, which reads it or fails.
 */
final class StructureStreams {
    /** The two type names, without their slash. */
    private static final byte[][] TYPES = {"ObjStm".getBytes(StandardCharsets.ISO_8859_1), "XRef".getBytes(StandardCharsets.ISO_8859_1)};
    /** A {@code #xx} escape in a name: the byte it stands for (PDF 1.2 and later). */
    private static final Pattern NAME_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.ISO_8859_1);
    /** A dictionary of these streams is short: the keyword "stream" follows its type within this many bytes. */
    private static final int MAX_DICTIONARY = 4096;
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.ISO_8859_1);
    /** Flate alone, as a name or a one-entry array. */
    private static final Pattern FLATE_ONLY = Pattern.compile("/Filter\\s*(?:/(?:FlateDecode|Fl)\\b|\\[\\s*/(?:FlateDecode|Fl)\\s*\\])");
    private static final Pattern DIRECT_LENGTH = Pattern.compile("/Length\\s+(\\d{1,10})(?!\\s+\\d+\\s+R)");

    private StructureStreams() {
    }

    /** Refuses with a sentence when such a stream inflates beyond the limit. */
    static void check(byte[] pdf) throws RenderException {
        long total = 0;
        for (int at = nextType(pdf, 0); at >= 0; at = nextType(pdf, at + 1)) {
            total += inflatedSize(pdf, at);
            if (total > RenderLimits.MAX_DECODED_DOCUMENT_BYTES) {
                throw new RenderException(RenderLimits.documentTooLarge());
            }
        }
    }

    /**
     * Where the next of the two type names starts (its slash), from {@code from}; -1 when there is none.
     * One pass that stops only at a slash (every file opened goes through here, photos of megabytes too).
     */
    private static int nextType(byte[] pdf, int from) {
        for (int i = Math.max(0, from); i < pdf.length; i++) {
            if (pdf[i] == '/') {
                for (byte[] type : TYPES) {
                    if (isName(pdf, i + 1, type)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Whether the name at {@code at} (after its slash) is {@code name}, read as PDF readers read it:
     * {@code #xx} escapes stand for their byte ({@code /Obj#53tm} is {@code /ObjStm}), and the name ends
     * at white space or a delimiter.
     */
    private static boolean isName(byte[] pdf, int at, byte[] name) {
        int i = at;
        for (byte expected : name) {
            if (i >= pdf.length) {
                return false;
            }
            int c = pdf[i] & 0xFF;
            if (c == '#' && i + 2 < pdf.length && hex(pdf[i + 1]) >= 0 && hex(pdf[i + 2]) >= 0) {
                c = hex(pdf[i + 1]) << 4 | hex(pdf[i + 2]);
                i += 3;
            } else {
                i++;
            }
            if (c != (expected & 0xFF)) {
                return false;
            }
        }
        return i >= pdf.length || endsName(pdf[i]);
    }

    private static int hex(byte b) {
        return Character.digit(b & 0xFF, 16);
    }

    /** White space or a delimiter: where a PDF name ends. */
    private static boolean endsName(byte b) {
        return switch (b) {
            case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
            default -> false;
        };
    }

    /** What the stream whose dictionary names its type at {@code typeAt} inflates to; 0 when it is not read here. */
    private static long inflatedSize(byte[] pdf, int typeAt) throws RenderException {
        int keyword = indexOf(pdf, STREAM, typeAt, Math.min(pdf.length, typeAt + MAX_DICTIONARY));
        if (keyword < 0 || isEndStream(pdf, keyword)) {
            return 0;
        }
        // the dictionary from its object's "obj" keyword: the nearest one before the type
        int obj = lastIndexOf(pdf, OBJ, typeAt, Math.max(0, typeAt - MAX_DICTIONARY));
        int dictStart = obj < 0 ? Math.max(0, typeAt - MAX_DICTIONARY) : obj;
        // names as a reader takes them (/Fl#61teDecode is /FlateDecode)
        String dictionary = NAME_ESCAPE.matcher(new String(pdf, dictStart, keyword - dictStart, StandardCharsets.ISO_8859_1))
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        if (!FLATE_ONLY.matcher(dictionary).find()) {
            return 0;
        }
        int data = keyword + STREAM.length;
        if (data < pdf.length && pdf[data] == '\r') {
            data++;
        }
        if (data < pdf.length && pdf[data] == '\n') {
            data++;
        }
        Matcher length = DIRECT_LENGTH.matcher(dictionary);
        int end = length.find() ? (int) Math.min(pdf.length, data + Long.parseLong(length.group(1))) : -1;
        if (end < 0) {
            int endStream = indexOf(pdf, END_STREAM, data, pdf.length);
            end = endStream < 0 ? pdf.length : endStream;
        }
        long count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(pdf, data, Math.max(0, end - data)))) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                count += n;
                if (count > RenderLimits.MAX_DECODED_STREAM_BYTES) {
                    throw new RenderException(RenderLimits.structureTooLarge());
                }
            }
        } catch (IOException e) {
            return count; // damaged: PDFBox reads what it can, no more than was counted
        }
        return count;
    }

    /** Whether the "stream" at {@code at} is the end of "endstream". */
    private static boolean isEndStream(byte[] pdf, int at) {
        return at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd';
    }

    private static int indexOf(byte[] data, byte[] what, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] what, int from, int downTo) {
        outer:
        for (int i = Math.min(from, data.length - what.length); i >= downTo; i--) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
