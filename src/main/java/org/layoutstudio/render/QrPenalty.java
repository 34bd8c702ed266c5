package org.layoutstudio.render;

import java.util.Arrays;

/**
 * reportlab's {@code QRUtil.getLostPoint}, the score by which it picks a QR mask, computed on bit
 * lines: a symbol of side n as n lines of {@code words} longs each (module k of a line is bit k % 64
 * of word k / 64), once as rows and once as columns. Sixty-four modules are compared at a time, so
 * scoring all eight masks costs less than encoding the data.
 */
final class QrPenalty {
    /** reportlab's rule 3 pattern, dark-light-dark-dark-dark-light-dark then four light. */
    private static final boolean[] FINDER_LIKE = {true, false, true, true, true, false, true, false, false, false, false};

    private final int n;
    private final int words;
    private final long[] scratch;
    private final long[] scratch2;

    QrPenalty(int n) {
        this.n = n;
        this.words = wordsPerLine(n);
        this.scratch = new long[words];
        this.scratch2 = new long[words];
    }

    static int wordsPerLine(int n) {
        return (n + 63) >>> 6;
    }

    /** The lost points of the symbol given as bit rows and the same symbol as bit columns. */
    int lostPoint(long[] rows, long[] columns) {
        // reportlab's column pass of rule 3 compares tuples with a list and never scores
        return runs(rows) + runs(columns) + blocks(rows) + finderLike(rows) + balance(rows);
    }

    /** Rule 1 along every line: a run of five or more equal modules scores its length − 2. */
    private int runs(long[] lines) {
        int score = 0;
        for (int line = 0; line < n; line++) {
            int base = line * words;
            int start = 0;
            for (int w = 0; w < words; w++) {
                // bit k: module k differs from module k − 1
                long changes = lines[base + w] ^ (lines[base + w] << 1 | (w > 0 ? lines[base + w - 1] >>> 63 : 0));
                if (w == 0) {
                    changes &= ~1L;
                }
                changes &= validBits(w);
                while (changes != 0) {
                    int at = w * 64 + Long.numberOfTrailingZeros(changes);
                    score += runScore(at - start);
                    start = at;
                    changes &= changes - 1;
                }
            }
            score += runScore(n - start);
        }
        return score;
    }

    private static int runScore(int length) {
        return length >= 5 ? length - 2 : 0;
    }

    /** Rule 2: every 2 × 2 block of one colour scores 3. */
    private int blocks(long[] rows) {
        int count = 0;
        for (int r = 1; r < n; r++) {
            int above = (r - 1) * words;
            int here = r * words;
            for (int w = 0; w < words; w++) {
                long x = rows[here + w];
                long sameVertically = ~(x ^ rows[above + w]);
                long sameVerticallyLeft = sameVertically << 1
                        | (w > 0 ? ~(rows[here + w - 1] ^ rows[above + w - 1]) >>> 63 : 0);
                long sameHorizontally = ~(x ^ (x << 1 | (w > 0 ? rows[here + w - 1] >>> 63 : 0)));
                // module 0 has no left neighbour: bit 0 of the first word is clear in sameVerticallyLeft
                count += Long.bitCount(sameVertically & sameVerticallyLeft & sameHorizontally & validBits(w));
            }
        }
        return 3 * count;
    }

    /** Rule 3: reportlab looks for the pattern along rows only, not at the last position of a row, and skips past a match. */
    private int finderLike(long[] rows) {
        int score = 0;
        int lastStart = n - FINDER_LIKE.length - 1;
        for (int r = 0; r < n; r++) {
            long[] starts = scratch;
            Arrays.fill(starts, -1L);
            for (int k = 0; k < FINDER_LIKE.length; k++) {
                shiftedDown(rows, r * words, k, scratch2);
                for (int w = 0; w < words; w++) {
                    starts[w] &= FINDER_LIKE[k] ? scratch2[w] : ~scratch2[w];
                }
            }
            int next = 0;
            for (int w = 0; w < words; w++) {
                long m = starts[w];
                while (m != 0) {
                    int j = w * 64 + Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    if (j > lastStart) {
                        break;
                    }
                    if (j >= next) {
                        score += 40;
                        next = j + FINDER_LIKE.length;
                    }
                }
            }
        }
        return score;
    }

    /** Line {@code base} with module k + shift at bit k (modules past the end read as 0). */
    private void shiftedDown(long[] lines, int base, int shift, long[] out) {
        for (int w = 0; w < words; w++) {
            long low = lines[base + w] >>> shift;
            long high = shift == 0 || w + 1 >= words ? 0 : lines[base + w + 1] << (64 - shift);
            out[w] = low | high;
        }
    }

    /** Rule 4: 10 points per 5 % the dark share is away from half. */
    private int balance(long[] rows) {
        int dark = 0;
        for (long word : rows) {
            dark += Long.bitCount(word);
        }
        return 10 * (Math.abs(100 * dark / (n * n) - 50) / 5);
    }

    /** The bits of word w that are modules of the line. */
    private long validBits(int w) {
        int left = n - w * 64;
        return left >= 64 ? -1L : (1L << left) - 1;
    }
}
