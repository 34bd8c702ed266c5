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
    static final int[] NATURAL = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    };
    /** A corrupt run may carry a block's index up to 63 + 15; libjpeg then stores at position 63. */
    private static final int OVERRUN = 80;
    /**
     * Below this zig-zag position two symbols may be decoded at once: the first's run (at most 15)
     * cannot end the block, so the second is still the block's.
     */
    private static final int PAIR_LIMIT = 48;
    /** Zig-zag positions that a run can reach, with the end of block's. */
    private static final int ZIGZAG_SPAN = 64 + ScaledJpegHuffman.EOB_RUN;
    /** Where coefficients that the scaled IDCT does not use are stored (and never read). */
    private static final int DUMP = 64;
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
    private final ScaledJpegHuffman[] dcTables;
    private final ScaledJpegHuffman[] acTables;

    ScaledJpegDecoder(byte[] jpeg, int width, int height, int components, boolean ycc, int restartInterval, int scanStart,
            int[] hs, int[] vs, int[] channel, int[][] quant, ScaledJpegHuffman[] dcTables, ScaledJpegHuffman[] acTables) {
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
        return new ScaledJpegHeaders(jpeg).read();
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

    /** The image {@link #decode} fills at 1/{@code scale}. */
    BufferedImage newImage(int scale) {
        return new BufferedImage(scaledSize(width, scale), scaledSize(height, scale), imageType());
    }

    private int imageType() {
        return components == 3 ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY;
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
        if (into.getType() != imageType() || into.getWidth() != outW || into.getHeight() != outH) {
            throw new IllegalArgumentException("needs a " + outW + " × " + outH + " image of type " + imageType());
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

                    // the refill is written out here and in the AC loop, not called: it runs per symbol,
                    // and the quick compiler the app runs with inlines only methods under 35 bytes
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
                    int e = dcLookup[(int) (acc >>> (64 - ScaledJpegHuffman.LOOKAHEAD))];
                    int diff;
                    if ((e & ScaledJpegHuffman.WHOLE) != 0) {
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
                        long p = acPairs[(int) (acc >>> (64 - ScaledJpegHuffman.LOOKAHEAD))];
                        if ((p & ScaledJpegHuffman.WHOLE) == 0) {
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
                        e = acLookup[(int) (acc >>> (64 - ScaledJpegHuffman.LOOKAHEAD))];
                        if ((e & ScaledJpegHuffman.WHOLE) != 0) {
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
                            z += r == 15 ? 16 : ScaledJpegHuffman.EOB_RUN + 1;
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
                    int count = z > ScaledJpegHuffman.EOB_RUN ? z - (ScaledJpegHuffman.EOB_RUN + 1) : 64;
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
}
