package org.layoutstudio.render;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * The eight masks of one encoded QR symbol and reportlab's choice among them. The symbol is encoded
 * once (with mask 0); every other masked symbol is derived from it, since a mask only flips data
 * modules and changes the format bits. reportlab scores a mask with format and version information
 * and the dark module left blank ({@link QrPenalty}), which makes its choice differ from ZXing's.
 */
final class QrMasks {
    private static final int MASKS = 8;
    /** ISO/IEC 18004 format information: BCH(15,5) generator and XOR mask. */
    private static final int FORMAT_POLY = 0x537;
    private static final int FORMAT_XOR = 0x5412;
    /** Where the format bits go next to the top-left finder, as (column, row), bit 0 first. */
    private static final int[][] FORMAT_CELLS = {
        {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8},
    };
    private static final Cells[] CELLS = new Cells[41];

    private final int n;
    private final Cells cells;
    private final ErrorCorrectionLevel level;
    /** The symbol with mask 0, row-major. */
    private final boolean[] maskZero;

    private QrMasks(QRCode encodedWithMaskZero) {
        byte[][] m = encodedWithMaskZero.getMatrix().getArray();
        this.n = m.length;
        this.cells = cells(encodedWithMaskZero.getVersion());
        this.level = encodedWithMaskZero.getECLevel();
        this.maskZero = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                maskZero[y * n + x] = m[y][x] == 1;
            }
        }
    }

    /** The symbol reportlab draws, {@code [row][column]}, from a symbol ZXing encoded with mask 0. */
    static boolean[][] reportlabSymbol(QRCode encodedWithMaskZero) {
        QrMasks masks = new QrMasks(encodedWithMaskZero);
        return masks.symbol(masks.reportlabChoice());
    }

    /** The symbol with {@code mask} (0–7), format bits included, {@code [row][column]}. */
    static boolean[][] withMask(QRCode encodedWithMaskZero, int mask) {
        return new QrMasks(encodedWithMaskZero).symbol(mask);
    }

    /** reportlab's {@code getBestMaskPattern}: the first mask with the least lost points. */
    int reportlabChoice() {
        QrPenalty penalty = new QrPenalty(n);
        Lines asTested = Lines.of(n, unmasked(), cells.blankWhileTesting);
        long[] rows = new long[asTested.rows.length];
        long[] columns = new long[asTested.columns.length];
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            asTested.masked(cells.flips[mask], rows, columns);
            int score = penalty.lostPoint(rows, columns);
            if (score < bestScore) {
                bestScore = score;
                best = mask;
            }
        }
        return best;
    }

    /** The data modules without a mask (function modules as they are). */
    private boolean[] unmasked() {
        boolean[] out = maskZero.clone();
        boolean[] zero = cells.flips[0].cells;
        for (int i = 0; i < out.length; i++) {
            out[i] ^= zero[i];
        }
        return out;
    }

    private boolean[][] symbol(int mask) {
        boolean[] unmasked = unmasked();
        boolean[] flips = cells.flips[mask].cells;
        boolean[][] out = new boolean[n][n];
        for (int i = 0; i < n * n; i++) {
            out[i / n][i % n] = unmasked[i] ^ flips[i];
        }
        int format = formatBits(level, mask);
        for (int i = 0; i < 15; i++) {
            boolean bit = (format >> i & 1) == 1;
            out[FORMAT_CELLS[i][1]][FORMAT_CELLS[i][0]] = bit;
            if (i < 8) {
                out[8][n - i - 1] = bit;
            } else {
                out[n - 7 + (i - 8)][8] = bit;
            }
        }
        return out;
    }

    /** The data mask condition of ISO/IEC 18004 §7.8.2 at column x, row y. */
    static boolean maskBit(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> (y + x) % 2 == 0;
            case 1 -> y % 2 == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (y + x) % 3 == 0;
            case 4 -> (y / 2 + x / 3) % 2 == 0;
            case 5 -> (y * x) % 2 + (y * x) % 3 == 0;
            case 6 -> ((y * x) % 2 + (y * x) % 3) % 2 == 0;
            case 7 -> ((y * x) % 3 + (y + x) % 2) % 2 == 0;
            default -> throw new IllegalArgumentException("No QR mask " + mask);
        };
    }

    /** Format information bits (level and mask with their BCH code, XOR-masked), bit 0 first. */
    private static int formatBits(ErrorCorrectionLevel level, int mask) {
        int info = level.getBits() << 3 | mask;
        int code = info << 10;
        int msb = 32 - Integer.numberOfLeadingZeros(FORMAT_POLY);
        while (32 - Integer.numberOfLeadingZeros(code) >= msb) {
            code ^= FORMAT_POLY << (32 - Integer.numberOfLeadingZeros(code) - msb);
        }
        return (info << 10 | code) ^ FORMAT_XOR;
    }

    /** A symbol's modules as bit rows and bit columns (see {@link QrPenalty}). */
    private record Lines(long[] rows, long[] columns) {
        /** The modules where {@code set} is true and {@code clear} is false. */
        static Lines of(int n, boolean[] set, boolean[] clear) {
            int words = QrPenalty.wordsPerLine(n);
            long[] rows = new long[n * words];
            long[] columns = new long[n * words];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int i = y * n + x;
                    if (set[i] && (clear == null || !clear[i])) {
                        rows[y * words + (x >>> 6)] |= 1L << x;
                        columns[x * words + (y >>> 6)] |= 1L << y;
                    }
                }
            }
            return new Lines(rows, columns);
        }

        /** These lines with the modules of {@code flips} inverted, into the given arrays. */
        void masked(Mask flips, long[] rowsOut, long[] columnsOut) {
            for (int i = 0; i < rows.length; i++) {
                rowsOut[i] = rows[i] ^ flips.lines.rows[i];
                columnsOut[i] = columns[i] ^ flips.lines.columns[i];
            }
        }
    }

    /** The data modules one mask inverts, as cells and as lines. */
    private record Mask(boolean[] cells, Lines lines) {
    }

    /**
     * Per version: which modules reportlab leaves blank while it tests masks, and which modules each
     * mask inverts (data modules only).
     */
    private record Cells(boolean[] blankWhileTesting, Mask[] flips) {
    }

    private static synchronized Cells cells(Version version) {
        int v = version.getVersionNumber();
        if (CELLS[v] == null) {
            CELLS[v] = computeCells(version);
        }
        return CELLS[v];
    }

    private static Cells computeCells(Version version) {
        int n = version.getDimensionForVersion();
        boolean[] function = new boolean[n * n];
        boolean[] blank = new boolean[n * n];
        // finder patterns with separators and format information
        fill(function, n, 0, 0, 9, 9);
        fill(function, n, n - 8, 0, 8, 9);
        fill(function, n, 0, n - 8, 9, 8);
        int[] centres = version.getAlignmentPatternCenters();
        int last = centres.length - 1;
        for (int i = 0; i < centres.length; i++) {
            for (int j = 0; j < centres.length; j++) {
                boolean onFinder = i == 0 && (j == 0 || j == last) || i == last && j == 0;
                if (!onFinder) {
                    fill(function, n, centres[i] - 2, centres[j] - 2, 5, 5);
                }
            }
        }
        fill(function, n, 6, 9, 1, n - 17);
        fill(function, n, 9, 6, n - 17, 1);
        if (version.getVersionNumber() >= 7) {
            fill(function, n, n - 11, 0, 3, 6);
            fill(function, n, 0, n - 11, 6, 3);
            fill(blank, n, n - 11, 0, 3, 6);
            fill(blank, n, 0, n - 11, 6, 3);
        }
        for (int i = 0; i < 15; i++) {
            blank[FORMAT_CELLS[i][1] * n + FORMAT_CELLS[i][0]] = true;
            blank[i < 8 ? 8 * n + n - i - 1 : (n - 7 + i - 8) * n + 8] = true;
        }
        blank[(n - 8) * n + 8] = true; // the dark module
        Mask[] flips = new Mask[MASKS];
        for (int mask = 0; mask < MASKS; mask++) {
            boolean[] inverted = new boolean[n * n];
            for (int i = 0; i < inverted.length; i++) {
                inverted[i] = !function[i] && maskBit(mask, i % n, i / n);
            }
            flips[mask] = new Mask(inverted, Lines.of(n, inverted, null));
        }
        return new Cells(blank, flips);
    }

    private static void fill(boolean[] cells, int n, int left, int top, int width, int height) {
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                cells[y * n + x] = true;
            }
        }
    }
}
