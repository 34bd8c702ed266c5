package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bit-parallel penalty against a plain module-by-module reading of reportlab's
 * {@code QRUtil.getLostPoint}, on random symbols of every width class (one word per line, a word
 * boundary, several words), with runs and patterns planted so that every rule scores.
 */
class QrPenaltyTest {

    @Test
    void bitLinesScoreLikeModuleByModule() {
        Random rnd = new Random(14);
        for (int n : new int[] {21, 33, 57, 63, 64, 65, 101, 128, 129, 177}) {
            for (int trial = 0; trial < 20; trial++) {
                boolean[][] m = new boolean[n][n];
                double dark = 0.2 + 0.6 * rnd.nextDouble();
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < n; c++) {
                        m[r][c] = rnd.nextDouble() < dark;
                    }
                }
                plantFinderLike(m, rnd);
                long[] rows = lines(m, false);
                long[] columns = lines(m, true);
                assertEquals(reference(m), new QrPenalty(n).lostPoint(rows, columns), "side " + n + ", trial " + trial);
            }
        }
    }

    private static void plantFinderLike(boolean[][] m, Random rnd) {
        boolean[] pattern = {true, false, true, true, true, false, true, false, false, false, false};
        int n = m.length;
        for (int k = 0; k < 4; k++) {
            int r = rnd.nextInt(n);
            int c = rnd.nextInt(n - pattern.length + 1); // also at the very end, where reportlab does not look
            for (int i = 0; i < pattern.length; i++) {
                m[r][c + i] = pattern[i];
            }
        }
    }

    private static long[] lines(boolean[][] m, boolean columns) {
        int n = m.length;
        int words = QrPenalty.wordsPerLine(n);
        long[] out = new long[n * words];
        for (int line = 0; line < n; line++) {
            for (int k = 0; k < n; k++) {
                if (columns ? m[k][line] : m[line][k]) {
                    out[line * words + k / 64] |= 1L << (k % 64);
                }
            }
        }
        return out;
    }

    /** reportlab's getLostPoint read module by module. */
    private static int reference(boolean[][] m) {
        int n = m.length;
        boolean[][] t = new boolean[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                t[c][r] = m[r][c];
            }
        }
        return runsDownColumns(m) + runsDownColumns(t) + blocks(m) + finderLikeInRows(m) + balance(m);
    }

    private static int runsDownColumns(boolean[][] m) {
        int n = m.length;
        int score = 0;
        for (int c = 0; c < n; c++) {
            int same = 0;
            for (int r = 1; r < n; r++) {
                if (m[r][c] != m[r - 1][c]) {
                    score += same >= 4 ? same - 1 : 0;
                    same = 0;
                } else {
                    same++;
                }
            }
            score += same >= 4 ? same - 1 : 0;
        }
        return score;
    }

    private static int blocks(boolean[][] m) {
        int score = 0;
        for (int r = 1; r < m.length; r++) {
            for (int c = 1; c < m.length; c++) {
                boolean v = m[r][c];
                if (v == m[r - 1][c] && v == m[r][c - 1] && v == m[r - 1][c - 1]) {
                    score += 3;
                }
            }
        }
        return score;
    }

    private static int finderLikeInRows(boolean[][] m) {
        int[] pattern = {1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0};
        int score = 0;
        for (boolean[] row : m) {
            int j = 0;
            while (j < m.length - pattern.length) {
                boolean match = true;
                for (int k = 0; k < pattern.length && match; k++) {
                    match = row[j + k] == (pattern[k] == 1);
                }
                if (match) {
                    score += 40;
                    j += pattern.length;
                } else {
                    j++;
                }
            }
        }
        return score;
    }

    private static int balance(boolean[][] m) {
        int dark = 0;
        for (boolean[] row : m) {
            for (boolean b : row) {
                dark += b ? 1 : 0;
            }
        }
        return 10 * (Math.abs(100 * dark / (m.length * m.length) - 50) / 5);
    }
}
