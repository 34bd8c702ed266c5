package org.layoutstudio.render.raster;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Integer inverse DCTs of one 8 × 8 JPEG block straight to kh × kv samples (each 8, 4, 2 or 1), for
 * {@link ScaledJpegDecoder}. A size below 8 transforms only the block's top-left kh × kv coefficients,
 * sampling the block's continuous picture at the centres of the bigger pixels, as libjpeg ≥ 7
 * (jidctint.c) does; 8 × 8 is libjpeg's "islow" with its exact arithmetic, so a full-size decode
 * has ImageIO's samples. Every one-dimensional kernel computes √8 times the 8-point-normalised
 * transform and the first pass keeps {@link #PASS1_BITS} more bits, so any column size combines
 * with any row size (non-square blocks for 4:2:2 or 4:4:0 chroma). Unlike libjpeg, the kernels do not
 * test for all-zero columns or rows: in a photo's blocks those branches mispredict more than they
 * save; the flat and the sparse cases are told apart once per block from the coefficient count.
 */
final class ScaledJpegIdct {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int CONST_BITS = 13;
    private static final int PASS1_BITS = 2;
    /** The first pass's descale of products. */
    private static final int SHIFT1 = CONST_BITS - PASS1_BITS;
    private static final int ROUND1 = 1 << (SHIFT1 - 1);
    /** The last pass's descale of products, 3 for the 2-D √8 · √8. */
    private static final int SHIFT2 = CONST_BITS + PASS1_BITS + 3;
    /** Rounding and the +128 level shift, added before the last pass's descale. */
    private static final int BIAS2 = (1 << (SHIFT2 - 1)) + (128 << SHIFT2);
    /** The same for sums that have no products (kept at {@link #PASS1_BITS} + 3 bits). */
    private static final int SHIFT2_PLAIN = PASS1_BITS + 3;
    private static final int BIAS2_PLAIN = (1 << (SHIFT2_PLAIN - 1)) + (128 << SHIFT2_PLAIN);

    private static final int F0_298631336 = 2446;
    private static final int F0_390180644 = 3196;
    private static final int F0_541196100 = 4433;
    private static final int F0_765366865 = 6270;
    private static final int F0_899976223 = 7373;
    private static final int F1_175875602 = 9633;
    private static final int F1_501321110 = 12299;
    private static final int F1_847759065 = 15137;
    private static final int F1_961570560 = 16069;
    private static final int F2_053119869 = 16819;
    private static final int F2_562915447 = 20995;
    private static final int F3_072711026 = 25172;

    private ScaledJpegIdct() {
    }

    /**
     * Transforms the dequantized coefficients {@code in} (row-major, kh wide, kv high: the block's
     * top-left corner) into {@code out} at {@code off}, rows {@code stride} apart, and clears them
     * for the next block. {@code count} says how many coefficients in zig-zag order the block had
     * (64 when unknown): with only the DC one the block is flat, and with 10 or fewer all of them
     * are in the top-left 4 × 4, which halves an 8 × 8 transform. {@code ws} holds at least 64 ints.
     */
    static void idct(int[] in, int count, int kh, int kv, byte[] out, int off, int stride, int[] ws) {
        if (count == 1) {
            fill(sample(((in[0] + 4) >> 3) + 128), kh, kv, out, off, stride); // what the full transform gives
            in[0] = 0;
            return;
        }
        if (count <= 10 && kh == 8 && kv == 8) {
            low8(in, out, off, stride, ws);
            Arrays.fill(in, 0, 28, 0);
            return;
        }
        switch (kv) {
            case 8 -> columns8(in, kh, ws);
            case 4 -> columns4(in, kh, ws);
            case 2 -> columns2(in, kh, ws);
            default -> {
                for (int c = 0; c < kh; c++) {
                    ws[c] = in[c] << PASS1_BITS;
                }
            }
        }
        switch (kh) {
            case 8 -> rows8(ws, kv, out, off, stride);
            case 4 -> rows4(ws, kv, out, off, stride);
            case 2 -> rows2(ws, kv, out, off, stride);
            default -> {
                for (int r = 0; r < kv; r++) {
                    out[off + r * stride] = sample((ws[r] + BIAS2_PLAIN) >> SHIFT2_PLAIN);
                }
            }
        }
        Arrays.fill(in, 0, kh * kv, 0);
    }

    /** kh × kv samples of one value: a row per store. */
    static void fill(byte value, int kh, int kv, byte[] out, int off, int stride) {
        long v = (value & 0xFFL) * 0x0101010101010101L;
        for (int r = 0; r < kv; r++, off += stride) {
            switch (kh) {
                case 8 -> LONG.set(out, off, v);
                case 4 -> INT.set(out, off, (int) v);
                case 2 -> SHORT.set(out, off, (short) v);
                default -> out[off] = value;
            }
        }
    }

    /**
     * A level-shifted IDCT output as a sample: clamped. Only corrupt coefficients get beyond the
     * clamp's reach, and there the libjpegs differ (6b masks the index of a 1024-entry table, the
     * SIMD builds of libjpeg-turbo wrap 16-bit lanes), so there is no one answer to match.
     */
    static byte sample(int v) {
        return (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
    }

    private static void columns8(int[] in, int w, int[] ws) {
        for (int c = 0; c < w; c++) {
            int i0 = in[c];
            int i1 = in[w + c];
            int i2 = in[2 * w + c];
            int i3 = in[3 * w + c];
            int i4 = in[4 * w + c];
            int i5 = in[5 * w + c];
            int i6 = in[6 * w + c];
            int i7 = in[7 * w + c];
            int z1 = (i2 + i6) * F0_541196100;
            int tmp2 = z1 - i6 * F1_847759065;
            int tmp3 = z1 + i2 * F0_765366865;
            int tmp0 = (i0 + i4) << CONST_BITS;
            int tmp1 = (i0 - i4) << CONST_BITS;
            int tmp10 = tmp0 + tmp3 + ROUND1;
            int tmp13 = tmp0 - tmp3 + ROUND1;
            int tmp11 = tmp1 + tmp2 + ROUND1;
            int tmp12 = tmp1 - tmp2 + ROUND1;

            z1 = i7 + i1;
            int z2 = i5 + i3;
            int z3 = i7 + i3;
            int z4 = i5 + i1;
            int z5 = (z3 + z4) * F1_175875602;
            z1 *= -F0_899976223;
            z2 *= -F2_562915447;
            z3 = z3 * -F1_961570560 + z5;
            z4 = z4 * -F0_390180644 + z5;
            tmp0 = i7 * F0_298631336 + z1 + z3;
            tmp1 = i5 * F2_053119869 + z2 + z4;
            tmp2 = i3 * F3_072711026 + z2 + z3;
            tmp3 = i1 * F1_501321110 + z1 + z4;

            ws[c] = (tmp10 + tmp3) >> SHIFT1;
            ws[7 * w + c] = (tmp10 - tmp3) >> SHIFT1;
            ws[w + c] = (tmp11 + tmp2) >> SHIFT1;
            ws[6 * w + c] = (tmp11 - tmp2) >> SHIFT1;
            ws[2 * w + c] = (tmp12 + tmp1) >> SHIFT1;
            ws[5 * w + c] = (tmp12 - tmp1) >> SHIFT1;
            ws[3 * w + c] = (tmp13 + tmp0) >> SHIFT1;
            ws[4 * w + c] = (tmp13 - tmp0) >> SHIFT1;
        }
    }

    private static void rows8(int[] ws, int rows, byte[] out, int off, int stride) {
        for (int r = 0, i = 0; r < rows; r++, i += 8, off += stride) {
            int w0 = ws[i];
            int w1 = ws[i + 1];
            int w2 = ws[i + 2];
            int w3 = ws[i + 3];
            int w4 = ws[i + 4];
            int w5 = ws[i + 5];
            int w6 = ws[i + 6];
            int w7 = ws[i + 7];
            int z1 = (w2 + w6) * F0_541196100;
            int tmp2 = z1 - w6 * F1_847759065;
            int tmp3 = z1 + w2 * F0_765366865;
            int tmp0 = (w0 + w4) << CONST_BITS;
            int tmp1 = (w0 - w4) << CONST_BITS;
            int tmp10 = tmp0 + tmp3 + BIAS2;
            int tmp13 = tmp0 - tmp3 + BIAS2;
            int tmp11 = tmp1 + tmp2 + BIAS2;
            int tmp12 = tmp1 - tmp2 + BIAS2;

            z1 = w7 + w1;
            int z2 = w5 + w3;
            int z3 = w7 + w3;
            int z4 = w5 + w1;
            int z5 = (z3 + z4) * F1_175875602;
            z1 *= -F0_899976223;
            z2 *= -F2_562915447;
            z3 = z3 * -F1_961570560 + z5;
            z4 = z4 * -F0_390180644 + z5;
            tmp0 = w7 * F0_298631336 + z1 + z3;
            tmp1 = w5 * F2_053119869 + z2 + z4;
            tmp2 = w3 * F3_072711026 + z2 + z3;
            tmp3 = w1 * F1_501321110 + z1 + z4;

            out[off] = sample((tmp10 + tmp3) >> SHIFT2);
            out[off + 7] = sample((tmp10 - tmp3) >> SHIFT2);
            out[off + 1] = sample((tmp11 + tmp2) >> SHIFT2);
            out[off + 6] = sample((tmp11 - tmp2) >> SHIFT2);
            out[off + 2] = sample((tmp12 + tmp1) >> SHIFT2);
            out[off + 5] = sample((tmp12 - tmp1) >> SHIFT2);
            out[off + 3] = sample((tmp13 + tmp0) >> SHIFT2);
            out[off + 4] = sample((tmp13 - tmp0) >> SHIFT2);
        }
    }

    /**
     * 8 × 8 from coefficients only in the top-left 4 × 4: {@link #columns8} and {@link #rows8}
     * with the terms of the zero inputs left out, so the very same integers.
     */
    private static void low8(int[] in, byte[] out, int off, int stride, int[] ws) {
        for (int c = 0; c < 4; c++) {
            int i0 = in[c];
            int i1 = in[8 + c];
            int i2 = in[16 + c];
            int i3 = in[24 + c];
            int z1 = i2 * F0_541196100;
            int tmp3 = z1 + i2 * F0_765366865;
            int tmp0 = i0 << CONST_BITS;
            int tmp10 = tmp0 + tmp3 + ROUND1;
            int tmp13 = tmp0 - tmp3 + ROUND1;
            int tmp11 = tmp0 + z1 + ROUND1;
            int tmp12 = tmp0 - z1 + ROUND1;

            int z5 = (i3 + i1) * F1_175875602;
            int o1 = i1 * -F0_899976223;
            int o2 = i3 * -F2_562915447;
            int o3 = i3 * -F1_961570560 + z5;
            int o4 = i1 * -F0_390180644 + z5;
            int t0 = o1 + o3;
            int t1 = o2 + o4;
            int t2 = i3 * F3_072711026 + o2 + o3;
            int t3 = i1 * F1_501321110 + o1 + o4;

            ws[c] = (tmp10 + t3) >> SHIFT1;
            ws[56 + c] = (tmp10 - t3) >> SHIFT1;
            ws[8 + c] = (tmp11 + t2) >> SHIFT1;
            ws[48 + c] = (tmp11 - t2) >> SHIFT1;
            ws[16 + c] = (tmp12 + t1) >> SHIFT1;
            ws[40 + c] = (tmp12 - t1) >> SHIFT1;
            ws[24 + c] = (tmp13 + t0) >> SHIFT1;
            ws[32 + c] = (tmp13 - t0) >> SHIFT1;
        }
        for (int i = 0; i < 64; i += 8, off += stride) {
            int w0 = ws[i];
            int w1 = ws[i + 1];
            int w2 = ws[i + 2];
            int w3 = ws[i + 3];
            int z1 = w2 * F0_541196100;
            int tmp3 = z1 + w2 * F0_765366865;
            int tmp0 = w0 << CONST_BITS;
            int tmp10 = tmp0 + tmp3 + BIAS2;
            int tmp13 = tmp0 - tmp3 + BIAS2;
            int tmp11 = tmp0 + z1 + BIAS2;
            int tmp12 = tmp0 - z1 + BIAS2;

            int z5 = (w3 + w1) * F1_175875602;
            int o1 = w1 * -F0_899976223;
            int o2 = w3 * -F2_562915447;
            int o3 = w3 * -F1_961570560 + z5;
            int o4 = w1 * -F0_390180644 + z5;
            int t0 = o1 + o3;
            int t1 = o2 + o4;
            int t2 = w3 * F3_072711026 + o2 + o3;
            int t3 = w1 * F1_501321110 + o1 + o4;

            out[off] = sample((tmp10 + t3) >> SHIFT2);
            out[off + 7] = sample((tmp10 - t3) >> SHIFT2);
            out[off + 1] = sample((tmp11 + t2) >> SHIFT2);
            out[off + 6] = sample((tmp11 - t2) >> SHIFT2);
            out[off + 2] = sample((tmp12 + t1) >> SHIFT2);
            out[off + 5] = sample((tmp12 - t1) >> SHIFT2);
            out[off + 3] = sample((tmp13 + t0) >> SHIFT2);
            out[off + 4] = sample((tmp13 - t0) >> SHIFT2);
        }
    }

    /** The 4-point kernel: the even part of the 8-point one, on coefficients 0…3. */
    private static void columns4(int[] in, int w, int[] ws) {
        for (int c = 0; c < w; c++) {
            int i0 = in[c];
            int i1 = in[w + c];
            int i2 = in[2 * w + c];
            int i3 = in[3 * w + c];
            int tmp10 = (i0 + i2) << PASS1_BITS;
            int tmp12 = (i0 - i2) << PASS1_BITS;
            int z1 = (i1 + i3) * F0_541196100 + ROUND1;
            int tmp0 = (z1 + i1 * F0_765366865) >> SHIFT1;
            int tmp2 = (z1 - i3 * F1_847759065) >> SHIFT1;
            ws[c] = tmp10 + tmp0;
            ws[3 * w + c] = tmp10 - tmp0;
            ws[w + c] = tmp12 + tmp2;
            ws[2 * w + c] = tmp12 - tmp2;
        }
    }

    private static void rows4(int[] ws, int rows, byte[] out, int off, int stride) {
        for (int r = 0, i = 0; r < rows; r++, i += 4, off += stride) {
            int w0 = ws[i];
            int w1 = ws[i + 1];
            int w2 = ws[i + 2];
            int w3 = ws[i + 3];
            int tmp10 = ((w0 + w2) << CONST_BITS) + BIAS2;
            int tmp12 = ((w0 - w2) << CONST_BITS) + BIAS2;
            int z1 = (w1 + w3) * F0_541196100;
            int tmp0 = z1 + w1 * F0_765366865;
            int tmp2 = z1 - w3 * F1_847759065;
            out[off] = sample((tmp10 + tmp0) >> SHIFT2);
            out[off + 3] = sample((tmp10 - tmp0) >> SHIFT2);
            out[off + 1] = sample((tmp12 + tmp2) >> SHIFT2);
            out[off + 2] = sample((tmp12 - tmp2) >> SHIFT2);
        }
    }

    private static void columns2(int[] in, int w, int[] ws) {
        for (int c = 0; c < w; c++) {
            int i0 = in[c];
            int i1 = in[w + c];
            ws[c] = (i0 + i1) << PASS1_BITS;
            ws[w + c] = (i0 - i1) << PASS1_BITS;
        }
    }

    private static void rows2(int[] ws, int rows, byte[] out, int off, int stride) {
        for (int r = 0, i = 0; r < rows; r++, i += 2, off += stride) {
            int w0 = ws[i] + BIAS2_PLAIN;
            int w1 = ws[i + 1];
            out[off] = sample((w0 + w1) >> SHIFT2_PLAIN);
            out[off + 1] = sample((w0 - w1) >> SHIFT2_PLAIN);
        }
    }
}
