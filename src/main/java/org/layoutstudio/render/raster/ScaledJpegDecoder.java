package org.layoutstudio.render.raster;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Decodes a baseline sequential Huffman JPEG (SOF0 or SOF1, 8 bits, gray or three components in one
 * scan) at 1, ½, ¼ or ⅛ of its size by scaled inverse DCTs, as libjpeg ≥ 7 does with
 * {@code scale_num/scale_denom}: a photo shown at a third of its resolution costs no full-size IDCT,
 * upsampling and colour conversion, which Java's ImageIO reader (libjpeg, always full size) spends.
 * Every other JPEG is left to ImageIO: {@link #open} returns null for it.
 *
 * <p>Entropy decoding follows libjpeg: a marker or the end of the data inside the entropy-coded
 * data gives zero bits, the rest of that restart interval comes out grey, and restart markers
 * are re-synchronised as {@code jpeg_resync_to_restart} does. Full-size output of a 4:4:4 or gray
 * JPEG has libjpeg's (ImageIO's) exact samples; subsampled chroma that cannot be reached by a
 * bigger IDCT is replicated, not libjpeg's "fancy" triangle upsampling.
 */
final class ScaledJpegDecoder {
    /** The natural (row-major) index of each zig-zag position. */
    private static final int[] NATURAL = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    };
    /** A corrupt run may carry a block's index up to 63 + 15; libjpeg then stores at position 63. */
    private static final int OVERRUN = 80;
    /** End of block, decoded as a run of this many zeros (into the dump slot) so that it ends the loop. */
    private static final int EOB_RUN = 96;
    /**
     * Below this zig-zag position two symbols may be decoded at once: the first's run (at most 15)
     * cannot end the block, so the second is still the block's.
     */
    private static final int PAIR_LIMIT = 48;
    /** Zig-zag positions that a run can reach, with the end of block's. */
    private static final int ZIGZAG_SPAN = 64 + EOB_RUN;
    /** Where coefficients that the scaled IDCT does not use are stored (and never read). */
    private static final int DUMP = 64;
    /** JPEG's limit on the blocks of one MCU (libjpeg's D_MAX_BLOCKS_IN_MCU). */
    private static final int MAX_BLOCKS_IN_MCU = 10;
    private static final int LOOKAHEAD = 11;
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] jpeg;
    private final int width;
    private final int height;
    private final int components;
    /** Three components in YCbCr (else RGB as stored, by an Adobe marker's transform 0). */
    private final boolean ycc;
    private final int restartInterval;
    private final int scanStart;
    private final int hmax;
    private final int vmax;
    // Per component of the scan, in the scan's (the MCU's) order.
    private final int[] hs;
    private final int[] vs;
    /** The component's place in the frame header: 0 = Y (or R, or gray), 1 = Cb, 2 = Cr. */
    private final int[] channel;
    /** Quantization tables in natural order, as they stood at the scan. */
    private final int[][] quant;
    private final Huffman[] dcTables;
    private final Huffman[] acTables;

    private ScaledJpegDecoder(byte[] jpeg, int width, int height, int components, boolean ycc, int restartInterval,
            int scanStart, int[] hs, int[] vs, int[] channel, int[][] quant, Huffman[] dcTables, Huffman[] acTables) {
        this.jpeg = jpeg;
        this.width = width;
        this.height = height;
        this.components = components;
        this.ycc = ycc;
        this.restartInterval = restartInterval;
        this.scanStart = scanStart;
        this.hs = hs;
        this.vs = vs;
        this.channel = channel;
        this.quant = quant;
        this.dcTables = dcTables;
        this.acTables = acTables;
        int h = 1;
        int v = 1;
        for (int c = 0; c < hs.length; c++) {
            h = Math.max(h, hs[c]);
            v = Math.max(v, vs[c]);
        }
        this.hmax = h;
        this.vmax = v;
    }

    /**
     * Reads the headers up to the first scan.
     *
     * @return null when this decoder does not handle the JPEG (progressive, lossless, arithmetic
     *     coding, hierarchical, not 8 bits, 2 or 4 components, several scans, fractional sampling,
     *     colours that readers disagree on): then ImageIO is the way
     * @throws IOException for a malformed header
     */
    static ScaledJpegDecoder open(byte[] jpeg) throws IOException {
        return new Headers(jpeg).read();
    }

    /** Of the full image, from the frame header. */
    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** 1 (gray) or 3. */
    int components() {
        return components;
    }

    /** {@code ceil(size / scale)}: a side at 1/scale, as libjpeg's {@code jdiv_round_up}. */
    static int scaledSize(int size, int scale) {
        return (int) (((long) size + scale - 1) / scale);
    }

    /**
     * Decodes at 1/scale into {@code into}: TYPE_INT_RGB for 3 components, TYPE_BYTE_GRAY for 1,
     * exactly {@link #scaledSize} of the width × height. After each MCU row {@code rowsDone} hears
     * how many rows from the top are final.
     *
     * @param scale 1, 2, 4 or 8
     * @throws IOException for corrupt entropy-coded data (a truncated one still decodes, as libjpeg)
     * @throws InterruptedIOException when the thread is interrupted (checked between MCU rows; the
     *     interrupt stays set)
     */
    void decode(int scale, BufferedImage into, IntConsumer rowsDone) throws IOException {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale " + scale);
        }
        int outW = scaledSize(width, scale);
        int outH = scaledSize(height, scale);
        int type = components == 3 ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY;
        if (into.getType() != type || into.getWidth() != outW || into.getHeight() != outH) {
            throw new IllegalArgumentException("needs a " + outW + " × " + outH + " image of type " + type);
        }
        Output out = new Output(into, outW);
        Scan scan = new Scan(8 / scale);
        int bandHeight = vmax * scan.k;
        for (int my = 0; my < scan.mcusY; my++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Decoding the JPEG was stopped.");
            }
            scan.decodeRow();
            int y0 = my * bandHeight;
            int y1 = Math.min(outH, y0 + bandHeight);
            scan.emit(out, y0, y1);
            rowsDone.accept(y1);
        }
    }

    /** The destination's data array, written directly. */
    private static final class Output {
        final int width;
        final int[] rgb;
        final byte[] gray;
        final int base;
        final int stride;

        Output(BufferedImage into, int width) {
            this.width = width;
            WritableRaster raster = into.getRaster();
            int tx = -raster.getSampleModelTranslateX();
            int ty = -raster.getSampleModelTranslateY();
            if (raster.getDataBuffer() instanceof DataBufferInt ints
                    && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm) {
                rgb = ints.getData();
                gray = null;
                base = ints.getOffset() + sm.getOffset(tx, ty);
                stride = sm.getScanlineStride();
            } else if (raster.getDataBuffer() instanceof DataBufferByte bytes
                    && raster.getSampleModel() instanceof ComponentSampleModel sm && sm.getPixelStride() == 1) {
                rgb = null;
                gray = bytes.getData();
                base = bytes.getOffset() + sm.getOffset(tx, ty, 0);
                stride = sm.getScanlineStride();
            } else {
                throw new IllegalArgumentException("an image with an unusual raster");
            }
        }
    }

    /** One decode's state: the bit reader, the DC predictions and a row of MCUs' samples. */
    private final class Scan {
        /** The output size of a block of the biggest sampling factors. */
        final int k;
        final int mcusX;
        final int mcusY;
        final int blocksInMcu;
        // Per block of an MCU: what the hot loop needs without going through the component.
        final int[] blockComp;
        final int[] blockOffset;
        final int[] blockStep;
        final int[][] blockDc;
        final int[][] blockAc;
        final long[][] blockPairs;
        final int[][] blockDequant;
        final byte[][] blockOut;
        final int[] blockW;
        final int[] blockH;
        final int[] blockStride;
        // Per component of the scan.
        final int[] kh;
        final int[] kv;
        /** How often each sample is repeated to reach the output size. */
        final int[] uh;
        final int[] uv;
        final int[] stride;
        final byte[][] samples;
        /**
         * Zig-zag position → (quantizer << 7) | index in the (kh × kv) block or {@link #DUMP}:
         * one load per coefficient.
         */
        final int[][] dequant;
        final int[] pred;
        final int[] block = new int[DUMP + 1];
        final int[] ws = new int[64];
        /** For replicated components, a row at output size. */
        final byte[][] wide;

        long acc;
        int bits;
        int pos = scanStart;
        /** Zero bits fed after the data ended (or hit a marker); consuming them means it ran out. */
        int padded;
        boolean exhausted;
        int restartsLeft = restartInterval;
        int nextRestart;

        Scan(int k) {
            this.k = k;
            int n = hs.length;
            mcusX = (int) (((long) width + 8 * hmax - 1) / (8 * hmax));
            mcusY = (int) (((long) height + 8 * vmax - 1) / (8 * vmax));
            kh = new int[n];
            kv = new int[n];
            uh = new int[n];
            uv = new int[n];
            stride = new int[n];
            samples = new byte[n][];
            dequant = new int[n][];
            wide = new byte[n][];
            pred = new int[n];
            int blocks = 0;
            for (int c = 0; c < n; c++) {
                kh[c] = blockSize(hmax / hs[c], k);
                kv[c] = blockSize(vmax / vs[c], k);
                uh[c] = hmax * k / (hs[c] * kh[c]);
                uv[c] = vmax * k / (vs[c] * kv[c]);
                stride[c] = mcusX * hs[c] * kh[c];
                samples[c] = new byte[stride[c] * vs[c] * kv[c]];
                if (uh[c] > 1) {
                    wide[c] = new byte[stride[c] * uh[c]];
                }
                dequant[c] = new int[ZIGZAG_SPAN];
                for (int z = 0; z < ZIGZAG_SPAN; z++) {
                    int natural = NATURAL[Math.min(z, 63)];
                    int row = natural >> 3;
                    int col = natural & 7;
                    boolean used = z < OVERRUN && row < kv[c] && col < kh[c];
                    dequant[c][z] = quant[c][natural] << 7 | (used ? row * kh[c] + col : DUMP);
                }
                blocks += hs[c] * vs[c];
            }
            blocksInMcu = blocks;
            blockComp = new int[blocks];
            blockOffset = new int[blocks];
            blockStep = new int[blocks];
            blockDc = new int[blocks][];
            blockAc = new int[blocks][];
            blockPairs = new long[blocks][];
            blockDequant = new int[blocks][];
            blockOut = new byte[blocks][];
            blockW = new int[blocks];
            blockH = new int[blocks];
            blockStride = new int[blocks];
            for (int c = 0, b = 0; c < n; c++) {
                for (int by = 0; by < vs[c]; by++) {
                    for (int bx = 0; bx < hs[c]; bx++, b++) {
                        blockComp[b] = c;
                        blockOffset[b] = by * kv[c] * stride[c] + bx * kh[c];
                        blockStep[b] = hs[c] * kh[c];
                        blockDc[b] = dcTables[c].lookup;
                        blockAc[b] = acTables[c].lookup;
                        blockPairs[b] = acTables[c].pairs;
                        blockDequant[b] = dequant[c];
                        blockOut[b] = samples[c];
                        blockW[b] = kh[c];
                        blockH[b] = kv[c];
                        blockStride[b] = stride[c];
                    }
                }
            }
        }

        /**
         * Decodes one row of MCUs into {@link #samples}. The bit reader lives in locals here (the
         * hot loop) and goes back to the fields only around the rare slow refill and restarts; so
         * the fast refill is written out where it is needed, as a method could not update them.
         * The bit buffer is MSB-aligned (the next bit is bit 63), which keeps the chain from one
         * table lookup to the next short: a shift to consume, a shift to peek.
         */
        void decodeRow() throws IOException {
            final byte[] data = jpeg;
            final int fastLimit = data.length - 4;
            final int[] blk = block;
            long acc = this.acc;
            int n = bits;
            int pos = this.pos;
            for (int mx = 0; mx < mcusX; mx++) {
                if (n < padded) {
                    exhausted = true; // the last MCU used bits past the data: libjpeg's insufficient_data
                }
                if (restartInterval != 0) {
                    if (restartsLeft == 0) {
                        this.pos = pos;
                        restart();
                        pos = this.pos;
                        acc = 0;
                        n = 0;
                    }
                    restartsLeft--;
                }
                for (int b = 0; b < blocksInMcu; b++) {
                    int c = blockComp[b];
                    int off = blockOffset[b] + mx * blockStep[b];
                    if (exhausted) {
                        ScaledJpegIdct.fill((byte) 128, blockW[b], blockH[b], blockOut[b], off, blockStride[b]);
                        continue;
                    }
                    int[] dcLookup = blockDc[b];
                    int[] acLookup = blockAc[b];
                    int[] dq = blockDequant[b];

                    if (n < 32) {
                        int w;
                        if (pos <= fastLimit && (((~(w = (int) INT_BE.get(data, pos)) - 0x01010101) & w & 0x80808080) == 0)) {
                            acc |= (w & 0xFFFFFFFFL) << (32 - n);
                            n += 32;
                            pos += 4;
                        } else {
                            this.acc = acc;
                            bits = n;
                            this.pos = pos;
                            fillSlowly();
                            acc = this.acc;
                            n = bits;
                            pos = this.pos;
                        }
                    }
                    int e = dcLookup[(int) (acc >>> (64 - LOOKAHEAD))];
                    int diff;
                    if ((e & Huffman.WHOLE) != 0) {
                        acc <<= e;
                        n -= e & 31;
                        diff = e >> 16;
                    } else {
                        if (e == 0 && (e = dcTables[c].slow((int) (acc >>> 48))) < 0) {
                            throw new IOException("Corrupt JPEG data: bad Huffman code.");
                        }
                        acc <<= e;
                        n -= e & 31;
                        int s = (e >> 8) & 15;
                        diff = 0;
                        if (s != 0) {
                            diff = (int) (acc >>> (64 - s));
                            acc <<= s;
                            n -= s;
                            diff += ((diff >> (s - 1)) - 1) & (1 - (1 << s));
                        }
                    }
                    int dc = pred[c] + diff;
                    pred[c] = dc;
                    blk[0] = (short) dc * (dq[0] >> 7);

                    long[] acPairs = blockPairs[b];
                    int z = 1;
                    while (z < PAIR_LIMIT) {
                        if (n < 32) {
                            int w;
                            if (pos <= fastLimit && (((~(w = (int) INT_BE.get(data, pos)) - 0x01010101) & w & 0x80808080) == 0)) {
                                acc |= (w & 0xFFFFFFFFL) << (32 - n);
                                n += 32;
                                pos += 4;
                            } else {
                                this.acc = acc;
                                bits = n;
                                this.pos = pos;
                                fillSlowly();
                                acc = this.acc;
                                n = bits;
                                pos = this.pos;
                            }
                        }
                        long p = acPairs[(int) (acc >>> (64 - LOOKAHEAD))];
                        if ((p & Huffman.WHOLE) == 0) {
                            break; // a symbol for the loop below
                        }
                        acc <<= p; // by its low six bits: the bits used
                        n -= (int) p & 31;
                        z += (int) (p >> 8) & 127;
                        int d = dq[z];
                        blk[d & 127] = (int) (p << 16 >> 48) * (d >> 7);
                        z += 1 + ((int) (p >> 16) & 127);
                        d = dq[z];
                        blk[d & 127] = (int) (p >> 48) * (d >> 7); // 0 into a coefficient not reached when alone
                        z += (int) (p >> 24) & 1;
                    }
                    while (z < 64) {
                        if (n < 32) {
                            int w;
                            if (pos <= fastLimit && (((~(w = (int) INT_BE.get(data, pos)) - 0x01010101) & w & 0x80808080) == 0)) {
                                acc |= (w & 0xFFFFFFFFL) << (32 - n);
                                n += 32;
                                pos += 4;
                            } else {
                                this.acc = acc;
                                bits = n;
                                this.pos = pos;
                                fillSlowly();
                                acc = this.acc;
                                n = bits;
                                pos = this.pos;
                            }
                        }
                        e = acLookup[(int) (acc >>> (64 - LOOKAHEAD))];
                        if ((e & Huffman.WHOLE) != 0) {
                            acc <<= e; // by its low six bits: the bits used
                            n -= e & 31;
                            z += (e >> 8) & 127;
                            int d = dq[z];
                            blk[d & 127] = (e >> 16) * (d >> 7);
                            z++;
                            continue;
                        }
                        if (e == 0 && (e = acTables[c].slow((int) (acc >>> 48))) < 0) {
                            throw new IOException("Corrupt JPEG data: bad Huffman code.");
                        }
                        acc <<= e;
                        n -= e & 31;
                        int s = (e >> 8) & 15;
                        int r = (e >> 12) & 15;
                        if (s == 0) {
                            z += r == 15 ? 16 : EOB_RUN + 1;
                            continue;
                        }
                        z += r;
                        int v = (int) (acc >>> (64 - s));
                        acc <<= s;
                        n -= s;
                        v += ((v >> (s - 1)) - 1) & (1 - (1 << s));
                        int d = dq[z];
                        blk[d & 127] = v * (d >> 7);
                        z++;
                    }
                    int count = z > EOB_RUN ? z - (EOB_RUN + 1) : 64;
                    ScaledJpegIdct.idct(blk, count, blockW[b], blockH[b], blockOut[b], off, blockStride[b], ws);
                }
            }
            this.acc = acc;
            bits = n;
            this.pos = pos;
        }

        /**
         * Refills to at least 32 bits byte by byte: un-stuffs 0xFF00, skips fill bytes, stops at a
         * marker or the end (then adds zeros).
         */
        private void fillSlowly() {
            byte[] data = jpeg;
            long a = acc;
            int n = bits;
            int p = pos;
            while (n < 32) {
                int b = 0;
                if (p < data.length) {
                    b = data[p] & 0xFF;
                    if (b != 0xFF) {
                        p++;
                    } else {
                        int q = p + 1;
                        while (q < data.length && data[q] == (byte) 0xFF) {
                            q++;
                        }
                        if (q < data.length && data[q] == 0) {
                            p = q + 1;
                        } else {
                            b = 0; // a marker: stay before it
                            padded += 8;
                        }
                    }
                } else {
                    padded += 8;
                }
                a |= (long) b << (56 - n);
                n += 8;
            }
            acc = a;
            bits = n;
            pos = p;
        }

        /**
         * At the end of a restart interval: takes the next marker as libjpeg's
         * {@code jpeg_resync_to_restart} would. The expected RSTn, or one too far off to tell,
         * starts the next interval afresh; one of the next two, or any other marker (or the end),
         * is left in place, so the next interval reads zero bits (and comes out grey once they are
         * used, or at once if the data had already run out); an older one is skipped.
         */
        private void restart() {
            byte[] data = jpeg;
            int desired = nextRestart;
            nextRestart = (nextRestart + 1) & 7;
            restartsLeft = restartInterval;
            Arrays.fill(pred, 0);
            padded = 0;
            int p = pos;
            while (true) {
                int marker;
                while (true) {
                    while (p < data.length && data[p] != (byte) 0xFF) {
                        p++;
                    }
                    int q = p + 1;
                    while (q < data.length && data[q] == (byte) 0xFF) {
                        q++;
                    }
                    if (q >= data.length) {
                        p = data.length;
                        marker = 0xD9; // libjpeg's source managers make up an EOI at the end
                        break;
                    }
                    marker = data[q] & 0xFF;
                    if (marker != 0) {
                        p = q - 1;
                        break;
                    }
                    p = q + 1; // stuffed data where a marker was due: skipped, as libjpeg does
                }
                if (marker < 0xC0) {
                    p += 2; // not a marker at all
                    continue;
                }
                int got = marker - 0xD0;
                if (marker < 0xD0 || marker > 0xD7 || got == ((desired + 1) & 7) || got == ((desired + 2) & 7)) {
                    pos = p;
                    return;
                }
                if (got == ((desired - 1) & 7) || got == ((desired - 2) & 7)) {
                    p += 2;
                    continue;
                }
                pos = p + 2;
                exhausted = false;
                return;
            }
        }

        /** Output rows y0…y1 (the last MCU row's), upsampled and colour-converted into the image. */
        void emit(Output out, int y0, int y1) {
            int w = out.width;
            if (components == 1) {
                for (int y = y0; y < y1; y++) {
                    int row = (y - y0) / uv[0];
                    System.arraycopy(samples[0], row * stride[0], out.gray, out.base + y * out.stride, w);
                }
                return;
            }
            byte[][] src = new byte[3][];
            int[] at = new int[3];
            for (int y = y0; y < y1; y++) {
                for (int c = 0; c < 3; c++) {
                    int o = (y - y0) / uv[c] * stride[c];
                    if (uh[c] == 1) {
                        src[channel[c]] = samples[c];
                        at[channel[c]] = o;
                    } else {
                        replicate(samples[c], o, uh[c], wide[c], w);
                        src[channel[c]] = wide[c];
                        at[channel[c]] = 0;
                    }
                }
                int d = out.base + y * out.stride;
                if (ycc) {
                    yccToRgb(src[0], at[0], src[1], at[1], src[2], at[2], out.rgb, d, w);
                } else {
                    pack(src[0], at[0], src[1], at[1], src[2], at[2], out.rgb, d, w);
                }
            }
        }
    }

    /**
     * The biggest of k, 2k, 4k, 8k up to 8 that divides {@code ratio · k} (ratio = the component's
     * subsampling), so that a subsampled component reaches the output size by its IDCT where it can.
     */
    private static int blockSize(int ratio, int k) {
        int m = 1;
        while (k * m * 2 <= 8 && ratio % (m * 2) == 0) {
            m *= 2;
        }
        return k * m;
    }

    private static void replicate(byte[] src, int at, int times, byte[] dst, int w) {
        for (int x = 0, i = at; x < w; i++) {
            byte v = src[i];
            for (int t = 0; t < times && x < w; t++) {
                dst[x++] = v;
            }
        }
    }

    /**
     * JFIF's full-range YCbCr to RGB with libjpeg's fixed-point tables and rounding (jdcolor.c, 16
     * fraction bits), so that full-size output has ImageIO's exact pixels. Clamping only when a
     * channel leaves 0…255 costs half as much as clamping always.
     */
    private static void yccToRgb(byte[] ys, int yo, byte[] cbs, int bo, byte[] crs, int ro, int[] dst, int d, int w) {
        int[] crR = CR_R;
        int[] cbB = CB_B;
        int[] cbG = CB_G;
        int[] crG = CR_G;
        for (int x = 0; x < w; x++) {
            int y = ys[yo + x] & 0xFF;
            int cb = cbs[bo + x] & 0xFF;
            int cr = crs[ro + x] & 0xFF;
            int r = y + crR[cr];
            int g = y + ((cbG[cb] + crG[cr]) >> 16);
            int b = y + cbB[cb];
            if (((r | g | b) & ~0xFF) != 0) {
                r = Math.max(0, Math.min(255, r));
                g = Math.max(0, Math.min(255, g));
                b = Math.max(0, Math.min(255, b));
            }
            dst[d + x] = r << 16 | g << 8 | b;
        }
    }

    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        int half = 1 << 15;
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (fixed(1.40200) * x + half) >> 16;
            CB_B[i] = (fixed(1.77200) * x + half) >> 16;
            CR_G[i] = -fixed(0.71414) * x;
            CB_G[i] = -fixed(0.34414) * x + half;
        }
    }

    private static int fixed(double v) {
        return (int) (v * 65536 + 0.5);
    }

    private static void pack(byte[] rs, int ro, byte[] gs, int go, byte[] bs, int bo, int[] dst, int d, int w) {
        for (int x = 0; x < w; x++) {
            dst[d + x] = (rs[ro + x] & 0xFF) << 16 | (gs[go + x] & 0xFF) << 8 | (bs[bo + x] & 0xFF);
        }
    }

    /**
     * A Huffman table as decoding uses it: one lookup of the next {@value #LOOKAHEAD} bits gives a
     * short code's symbol or, where they fit, like libjpeg-turbo's, the code and its value bits at
     * once; longer codes by libjpeg's per-length maximum codes.
     */
    private static final class Huffman {
        /** Marks an entry that holds the value too. */
        static final int WHOLE = 0x80;
        /**
         * By the next {@value #LOOKAHEAD} bits: (value << 16) | (run << 8) | {@link #WHOLE} | bits
         * used, where code and value fit (DC: run 0; 16 zeros: run 15, value 0; end of block: run
         * {@link #EOB_RUN}); else (symbol << 8) | code length; 0 for a longer code.
         */
        final int[] lookup = new int[1 << LOOKAHEAD];
        /**
         * AC only, by the next {@value #LOOKAHEAD} bits: two symbols with their values where both
         * fit, else the first alone: bits used (bits 0…4), {@link #WHOLE}, the first run (8…14),
         * the second run (16…22) and whether there is a second symbol (24), the values (32…47,
         * 48…63); an entry of {@link #lookup} where not even the first fits.
         */
        final long[] pairs;
        /** The biggest code of each length, -1 where there are none. */
        final int[] maxCode = new int[17];
        /** The index in {@link #symbols} of each length's codes, less its first code. */
        final int[] offset = new int[17];
        final byte[] symbols;

        /** Checks the table as libjpeg's {@code jpeg_make_d_derived_tbl} does. */
        Huffman(int[] counts, byte[] symbols, boolean dc) throws IOException {
            this.symbols = symbols;
            if (dc) {
                for (byte s : symbols) {
                    if ((s & 0xFF) > 15) {
                        throw new IOException("Corrupt JPEG: bad Huffman table.");
                    }
                }
            }
            int code = 0;
            int p = 0;
            for (int len = 1; len <= 16; len++) {
                offset[len] = p - code;
                for (int i = 0; i < counts[len]; i++, p++, code++) {
                    if (code + 1 >= 1 << len) {
                        throw new IOException("Corrupt JPEG: bad Huffman table."); // no code may be all ones
                    }
                    if (len <= LOOKAHEAD) {
                        int shift = LOOKAHEAD - len;
                        int sym = symbols[p] & 0xFF;
                        for (int next = code << shift; next < (code + 1) << shift; next++) {
                            lookup[next] = entry(next, len, sym, dc);
                        }
                    }
                }
                maxCode[len] = counts[len] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            pairs = dc ? null : pairs(lookup);
        }

        private static long[] pairs(int[] lookup) {
            long[] pairs = new long[lookup.length];
            for (int next = 0; next < lookup.length; next++) {
                int first = lookup[next];
                if ((first & WHOLE) == 0) {
                    pairs[next] = first;
                    continue;
                }
                int used = first & 31;
                long one = (long) ((first >> 16) & 0xFFFF) << 32 | (first & 0x7F00) | WHOLE;
                int second = lookup[(next << used) & (lookup.length - 1)];
                int run = (first >> 8) & 127;
                if (run != EOB_RUN && (second & WHOLE) != 0 && used + (second & 31) <= LOOKAHEAD) {
                    pairs[next] = (long) ((second >> 16) & 0xFFFF) << 48 | one | (long) (second & 0x7F00) << 8 | 1 << 24
                            | (used + (second & 31));
                } else {
                    pairs[next] = one | used;
                }
            }
            return pairs;
        }

        private static int entry(int next, int len, int sym, boolean dc) {
            int run = dc ? 0 : sym >> 4;
            int size = dc ? sym : sym & 15;
            if (len + size > LOOKAHEAD) {
                return sym << 8 | len;
            }
            if (!dc && size == 0 && run != 15) {
                run = EOB_RUN; // as libjpeg, any other zero-size symbol ends the block
            }
            int v = (next >> (LOOKAHEAD - len - size)) & ((1 << size) - 1);
            if (size > 0 && v < 1 << (size - 1)) {
                v += 1 - (1 << size);
            }
            return v << 16 | run << 8 | WHOLE | (len + size);
        }

        /** (symbol << 8) | length of a code longer than the lookahead, from the next 16 bits; -1 for none. */
        int slow(int next16) {
            for (int len = LOOKAHEAD + 1; len <= 16; len++) {
                int code = next16 >>> (16 - len);
                if (code <= maxCode[len]) {
                    return (symbols[offset[len] + code] & 0xFF) << 8 | len;
                }
            }
            return -1;
        }
    }

    /** The marker segments up to the first scan. */
    private static final class Headers {
        private final byte[] jpeg;
        private int pos = 2;
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

        Headers(byte[] jpeg) {
            this.jpeg = jpeg;
        }

        ScaledJpegDecoder read() throws IOException {
            if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
                throw new IOException("Not a JPEG: no SOI marker.");
            }
            while (true) {
                int marker = nextMarker();
                if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                    continue; // stand-alone; libjpeg ignores them here too
                }
                if (marker == 0xD8 || marker == 0xD9) {
                    throw new IOException("Corrupt JPEG: " + (marker == 0xD8 ? "a second SOI" : "EOI") + " before the scan.");
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

        /** The code of the next marker, past it; skips stray bytes as libjpeg does. */
        private int nextMarker() throws IOException {
            while (true) {
                while (pos < jpeg.length && jpeg[pos] != (byte) 0xFF) {
                    pos++;
                }
                while (pos < jpeg.length && jpeg[pos] == (byte) 0xFF) {
                    pos++;
                }
                if (pos >= jpeg.length) {
                    throw new IOException("Corrupt JPEG: no scan.");
                }
                int marker = jpeg[pos++] & 0xFF;
                if (marker != 0) {
                    return marker;
                }
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
                    table[NATURAL[z]] = size == 1 ? jpeg[at] & 0xFF : u16(at);
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
            Huffman[] dc = new Huffman[n];
            Huffman[] ac = new Huffman[n];
            boolean[] seen = new boolean[n];
            Huffman[] built = new Huffman[8]; // components that share a table share its lookups
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
                    built[td] = new Huffman(counts[td], symbols[td], true);
                }
                if (built[4 + ta] == null) {
                    built[4 + ta] = new Huffman(counts[4 + ta], symbols[4 + ta], false);
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
}
