package org.layoutstudio.render.raster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The marker segments up to the first scan, read for {@link ScaledJpegDecoder#open}. */
final class ScaledJpegHeaders {
    /** JPEG's limit on the blocks of one MCU (libjpeg's D_MAX_BLOCKS_IN_MCU). */
    private static final int MAX_BLOCKS_IN_MCU = 10;

    private final byte[] jpeg;
    private final int[][] quant = new int[4][];
    private final int[][] counts = new int[8][];
    private final byte[][] symbols = new byte[8][];
    private int restartInterval;
    private boolean jfif;
    private int adobeTransform = -1;
    private int width;
    private int height;
    private int[] ids;
    private int[] h;
    private int[] v;
    private int[] tq;

    ScaledJpegHeaders(byte[] jpeg) {
        this.jpeg = jpeg;
    }

    /**
     * As {@link ScaledJpegDecoder#open}. Stricter than {@link JpegFrame}'s walk (a line feed before
     * the SOI, a second SOI, a length under 2, a segment past the end throw): a JPEG refused here
     * goes to Java's reader.
     */
    ScaledJpegDecoder read() throws IOException {
        int pos = JpegMarkers.afterSoi(jpeg, 0);
        if (pos < 0) {
            throw new IOException("Not a JPEG: no SOI marker.");
        }
        while (true) {
            int code = JpegMarkers.next(jpeg, pos);
            if (code < 0) {
                throw new IOException("Corrupt JPEG: no scan.");
            }
            int marker = jpeg[code] & 0xFF;
            pos = code + 1;
            if (marker == 0xD8 || marker == 0xD9) {
                throw new IOException("Corrupt JPEG: " + (marker == 0xD8 ? "a second SOI" : "EOI") + " before the scan.");
            }
            if (JpegMarkers.standalone(marker)) {
                continue; // TEM and restarts; libjpeg ignores them here too
            }
            if (pos + 2 > jpeg.length) {
                throw truncated();
            }
            int length = u16(pos);
            int start = pos + 2;
            int end = pos + length;
            if (length < 2 || end > jpeg.length) {
                throw truncated();
            }
            switch (marker) {
                case 0xC0, 0xC1 -> {
                    if (!frame(start, end)) {
                        return null;
                    }
                }
                case 0xC4 -> huffmanTables(start, end);
                case 0xDB -> quantTables(start, end);
                case 0xDD -> {
                    if (length != 4) {
                        throw new IOException("Corrupt JPEG: bad DRI length.");
                    }
                    restartInterval = u16(start);
                }
                case 0xE0 -> jfif |= end - start >= 14 && startsWith(start, "JFIF\0");
                case 0xEE -> {
                    if (end - start >= 12 && startsWith(start, "Adobe")) {
                        adobeTransform = jpeg[start + 11] & 0xFF;
                    }
                }
                case 0xDA -> {
                    return scan(start, end);
                }
                case 0xCC, 0xDC, 0xFE -> {
                    // arithmetic conditioning (only for coding we refuse), DNL, comment
                }
                default -> {
                    if (marker < 0xE1 || marker > 0xEF) {
                        return null; // other processes (SOF2, SOF3, SOF5…15), hierarchical, reserved
                    }
                }
            }
            pos = end;
        }
    }

    private boolean frame(int start, int end) throws IOException {
        if (ids != null) {
            throw new IOException("Corrupt JPEG: two frame headers.");
        }
        if (end - start < 6) {
            throw truncated();
        }
        int precision = jpeg[start] & 0xFF;
        height = u16(start + 1);
        width = u16(start + 3);
        int n = jpeg[start + 5] & 0xFF;
        if (end - start != 6 + 3 * n) {
            throw new IOException("Corrupt JPEG: bad SOF length.");
        }
        if (width == 0 || height == 0 || n == 0) {
            throw new IOException("Corrupt JPEG: empty image.");
        }
        if (precision != 8 || n != 1 && n != 3) {
            return false;
        }
        ids = new int[n];
        h = new int[n];
        v = new int[n];
        tq = new int[n];
        for (int c = 0, p = start + 6; c < n; c++, p += 3) {
            ids[c] = jpeg[p] & 0xFF;
            h[c] = (jpeg[p + 1] & 0xFF) >> 4;
            v[c] = jpeg[p + 1] & 15;
            tq[c] = jpeg[p + 2] & 0xFF;
            if (h[c] < 1 || h[c] > 4 || v[c] < 1 || v[c] > 4) {
                throw new IOException("Corrupt JPEG: bad sampling factors.");
            }
            if (tq[c] > 3) {
                throw new IOException("Corrupt JPEG: bad quantization table id.");
            }
            for (int o = 0; o < c; o++) {
                if (ids[o] == ids[c]) {
                    throw new IOException("Corrupt JPEG: two components with one id.");
                }
            }
        }
        return true;
    }

    private void huffmanTables(int p, int end) throws IOException {
        while (p < end) {
            int tc = (jpeg[p] & 0xFF) >> 4;
            int th = jpeg[p] & 15;
            if (tc > 1 || th > 3) {
                throw new IOException("Corrupt JPEG: bad Huffman table id.");
            }
            if (p + 17 > end) {
                throw truncated();
            }
            int[] count = new int[17];
            int total = 0;
            for (int len = 1; len <= 16; len++) {
                count[len] = jpeg[p + len] & 0xFF;
                total += count[len];
            }
            if (total > 256 || p + 17 + total > end) {
                throw new IOException("Corrupt JPEG: bad Huffman table.");
            }
            counts[tc * 4 + th] = count;
            symbols[tc * 4 + th] = Arrays.copyOfRange(jpeg, p + 17, p + 17 + total);
            p += 17 + total;
        }
    }

    private void quantTables(int p, int end) throws IOException {
        while (p < end) {
            int pq = (jpeg[p] & 0xFF) >> 4;
            int id = jpeg[p] & 15;
            if (pq > 1 || id > 3) {
                throw new IOException("Corrupt JPEG: bad quantization table id.");
            }
            int size = pq == 0 ? 1 : 2;
            if (p + 1 + 64 * size > end) {
                throw truncated();
            }
            int[] table = new int[64];
            for (int z = 0; z < 64; z++) {
                int at = p + 1 + z * size;
                table[ScaledJpegDecoder.NATURAL[z]] = size == 1 ? jpeg[at] & 0xFF : u16(at);
            }
            quant[id] = table;
            p += 1 + 64 * size;
        }
    }

    private ScaledJpegDecoder scan(int start, int end) throws IOException {
        if (ids == null) {
            throw new IOException("Corrupt JPEG: a scan before the frame header.");
        }
        if (end <= start) {
            throw truncated();
        }
        int ns = jpeg[start] & 0xFF;
        if (end - start != 4 + 2 * ns || ns == 0 || ns > 4) {
            throw new IOException("Corrupt JPEG: bad SOS length.");
        }
        int n = ids.length;
        if (ns != n) {
            return null; // the components in several scans
        }
        int ss = jpeg[end - 3] & 0xFF;
        int se = jpeg[end - 2] & 0xFF;
        int approx = jpeg[end - 1] & 0xFF;
        if (ss != 0 || se != 63 || approx != 0) {
            return null; // libjpeg only warns and reads it as sequential: better not to guess
        }
        int[] channel = new int[n];
        int[] hs = new int[n];
        int[] vs = new int[n];
        int[][] quantOf = new int[n][];
        ScaledJpegHuffman[] dc = new ScaledJpegHuffman[n];
        ScaledJpegHuffman[] ac = new ScaledJpegHuffman[n];
        boolean[] seen = new boolean[n];
        ScaledJpegHuffman[] built = new ScaledJpegHuffman[8]; // components that share a table share its lookups
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            int id = jpeg[start + 1 + 2 * i] & 0xFF;
            int td = (jpeg[start + 2 + 2 * i] & 0xFF) >> 4;
            int ta = jpeg[start + 2 + 2 * i] & 15;
            int c = 0;
            while (c < n && ids[c] != id) {
                c++;
            }
            if (c == n || seen[c]) {
                throw new IOException("Corrupt JPEG: a scan component not in the frame.");
            }
            seen[c] = true;
            if (td > 3 || ta > 3 || counts[td] == null || counts[4 + ta] == null) {
                throw new IOException("Corrupt JPEG: Huffman table not defined.");
            }
            if (quant[tq[c]] == null) {
                throw new IOException("Corrupt JPEG: quantization table not defined.");
            }
            channel[i] = c;
            // A single-component scan is not interleaved: one block per MCU, whatever the factors.
            hs[i] = n == 1 ? 1 : h[c];
            vs[i] = n == 1 ? 1 : v[c];
            quantOf[i] = quant[tq[c]].clone();
            if (built[td] == null) {
                built[td] = new ScaledJpegHuffman(counts[td], symbols[td], true);
            }
            if (built[4 + ta] == null) {
                built[4 + ta] = new ScaledJpegHuffman(counts[4 + ta], symbols[4 + ta], false);
            }
            dc[i] = built[td];
            ac[i] = built[4 + ta];
            blocks += hs[i] * vs[i];
        }
        if (blocks > MAX_BLOCKS_IN_MCU) {
            throw new IOException("Corrupt JPEG: sampling factors too big for one MCU.");
        }
        int hmax = 1;
        int vmax = 1;
        for (int i = 0; i < n; i++) {
            hmax = Math.max(hmax, hs[i]);
            vmax = Math.max(vmax, vs[i]);
        }
        for (int i = 0; i < n; i++) {
            if (hmax % hs[i] != 0 || vmax % vs[i] != 0) {
                return null; // fractional sampling, which libjpeg does not do either
            }
        }
        Boolean ycc = n == 1 ? Boolean.FALSE : colourTransform(hmax, vmax);
        if (ycc == null) {
            return null;
        }
        return new ScaledJpegDecoder(jpeg, width, height, n, ycc, restartInterval, end, hs, vs, channel, quantOf, dc, ac);
    }

    /**
     * Whether three components are YCbCr, where libjpeg, ImageIO and PDF readers agree: a JFIF
     * or Adobe (transform 1) marker says YCbCr and an Adobe marker alone with transform 0 says
     * RGB. Without either, ids 1, 2, 3, or subsampled chroma whose ids are not 'R', 'G', 'B',
     * are YCbCr for all of them; PDF takes everything else as YCbCr too, but libjpeg or ImageIO
     * as RGB. Null for those and for contradictory markers.
     */
    private Boolean colourTransform(int hmax, int vmax) {
        if (adobeTransform == 1) {
            return Boolean.TRUE;
        }
        if (adobeTransform == 0) {
            return jfif ? null : Boolean.FALSE;
        }
        if (adobeTransform > 1) {
            return null;
        }
        if (jfif || ids[0] == 1 && ids[1] == 2 && ids[2] == 3) {
            return Boolean.TRUE;
        }
        boolean subsampled = false;
        for (int c = 0; c < 3; c++) {
            subsampled |= h[c] != hmax || v[c] != vmax;
        }
        boolean rgbIds = ids[0] == 'R' && ids[1] == 'G' && ids[2] == 'B';
        return subsampled && !rgbIds ? Boolean.TRUE : null;
    }

    private boolean startsWith(int at, String id) {
        byte[] b = id.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i++) {
            if (jpeg[at + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private int u16(int at) {
        return (jpeg[at] & 0xFF) << 8 | (jpeg[at + 1] & 0xFF);
    }

    private static IOException truncated() {
        return new IOException("Corrupt JPEG: a marker segment runs past the end.");
    }
}
