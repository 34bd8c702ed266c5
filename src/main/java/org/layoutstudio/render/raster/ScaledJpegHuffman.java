package org.layoutstudio.render.raster;

import java.io.IOException;

/**
 * A Huffman table as decoding uses it: one lookup of the next {@value #LOOKAHEAD} bits gives a
 * short code's symbol or, where they fit, like libjpeg-turbo's, the code and its value bits at
 * once; longer codes by libjpeg's per-length maximum codes.
 */
final class ScaledJpegHuffman {
    /** The bits one table lookup reads. */
    static final int LOOKAHEAD = 11;
    /**
     * End of block, as the run of a lookup entry: {@link ScaledJpegDecoder} skips this many zeros
     * (into its dump slot) so that the block's loop ends.
     */
    static final int EOB_RUN = 96;
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
    private final int[] maxCode = new int[17];
    /** The index in {@link #symbols} of each length's codes, less its first code. */
    private final int[] offset = new int[17];
    private final byte[] symbols;

    /** Checks the table as libjpeg's {@code jpeg_make_d_derived_tbl} does. */
    ScaledJpegHuffman(int[] counts, byte[] symbols, boolean dc) throws IOException {
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
