package org.layoutstudio.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.layoutstudio.layout.ElementGeometry;

/**
 * QR codes module for module as pretix draws them (PRETIX.md §5.5) with reportlab's
 * {@code QrCodeWidget}: pretix's error-correction level (H up to 32 characters, M above, L above 128),
 * reportlab's choice of one mode for the whole text (numeric, alphanumeric, kanji, else UTF-8 bytes
 * without an ECI header), its mask selection (reportlab scores masks with format information blank
 * and its own penalty rules, which differ from ZXing's), and a quiet zone of 4 modules inside the
 * square unless {@code nowhitespace}. ZXing encodes; the mask is chosen here.
 */
public final class QrCodes {
    /** The quiet zone in modules, used unless {@code nowhitespace} (the layout geometry's fact). */
    public static final int QUIET_ZONE = ElementGeometry.QR_QUIET_ZONE_MODULES;

    private static final Pattern NUMERIC = Pattern.compile("[0-9]*");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[-0-9A-Z $%*+./:]*");
    private static final int[] RULE3 = {1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0};

    private QrCodes() {
    }

    /** pretix's level: H up to 32 characters, M above 32, L above 128. */
    public static ErrorCorrectionLevel level(String content) {
        int n = content.length();
        if (n > 128) {
            return ErrorCorrectionLevel.L;
        }
        return n > 32 ? ErrorCorrectionLevel.M : ErrorCorrectionLevel.H;
    }

    /**
     * The module grid, {@code [row][column]}, true = dark, including the quiet zone unless
     * {@code noWhitespace}; the grid fills the element's square.
     *
     * @throws IllegalArgumentException when the content is empty or too long for a QR code
     */
    public static boolean[][] modules(String content, boolean noWhitespace) {
        ByteMatrix m = encode(content);
        int border = noWhitespace ? 0 : QUIET_ZONE;
        int n = m.getWidth() + 2 * border;
        boolean[][] grid = new boolean[n][n];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                grid[y + border][x + border] = m.get(x, y) == 1;
            }
        }
        return grid;
    }

    /** The symbol without quiet zone, as reportlab's encoder would make it. */
    static ByteMatrix encode(String content) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some content.");
        }
        ErrorCorrectionLevel level = level(content);
        Map<EncodeHintType, Object> hints = new HashMap<>();
        String data = content;
        if (NUMERIC.matcher(content).matches() || ALPHANUMERIC.matcher(content).matches()) {
            // ZXing picks the same numeric / alphanumeric mode as reportlab
        } else if (isKanji(content)) {
            hints.put(EncodeHintType.CHARACTER_SET, "Shift_JIS");
        } else {
            // reportlab writes UTF-8 bytes in byte mode without an ECI; ZXing does so for ISO-8859-1 text
            data = new String(content.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
        try {
            int best = 0;
            int bestScore = Integer.MAX_VALUE;
            QRCode chosen = null;
            for (int mask = 0; mask < 8; mask++) {
                hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
                QRCode qr = Encoder.encode(data, level, hints);
                int score = lostPoint(qr.getMatrix(), qr.getVersion().getVersionNumber());
                if (score < bestScore) {
                    bestScore = score;
                    best = mask;
                    chosen = qr;
                }
            }
            return chosen == null ? Encoder.encode(data, level, hints).getMatrix() : chosen.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The content is too long for a QR code (" + content.length() + " characters).", e);
        }
    }

    private static boolean isKanji(String s) {
        Charset sjis;
        try {
            sjis = Charset.forName("Shift_JIS");
        } catch (RuntimeException e) {
            return false;
        }
        CharsetEncoder enc = sjis.newEncoder();
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            if (!enc.canEncode(c)) {
                return false;
            }
            byte[] b = c.getBytes(sjis);
            if (b.length != 2) {
                return false;
            }
            int code = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            if (!((code >= 0x8140 && code <= 0x9ffc) || (code >= 0xe040 && code <= 0xebbf))) {
                return false;
            }
        }
        return true;
    }

    /**
     * reportlab's {@code QRUtil.getLostPoint} on the symbol as its encoder sees it while testing a
     * mask: format and version information and the dark module blank.
     */
    static int lostPoint(ByteMatrix matrix, int version) {
        int n = matrix.getWidth();
        boolean[][] m = new boolean[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = matrix.get(c, r) == 1;
            }
        }
        for (int i = 0; i < 15; i++) {
            m[i < 6 ? i : i < 8 ? i + 1 : n - 15 + i][8] = false;
            m[8][i < 8 ? n - i - 1 : i < 9 ? 15 - i : 15 - i - 1] = false;
        }
        m[n - 8][8] = false;
        if (version >= 7) {
            for (int i = 0; i < 18; i++) {
                m[i / 3][i % 3 + n - 11] = false;
                m[i % 3 + n - 11][i / 3] = false;
            }
        }
        boolean[][] t = new boolean[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                t[c][r] = m[r][c];
            }
        }
        // reportlab's column pass of rule 3 compares tuples with a list and never scores
        return rule1(m) + rule1(t) + rule2(m) + rule3(m) + rule4(m);
    }

    /** Runs of five or more equal modules along the columns of {@code m} score length − 2. */
    private static int rule1(boolean[][] m) {
        int n = m.length;
        int score = 0;
        int[] same = new int[n];
        for (int r = 1; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (m[r][c] != m[r - 1][c]) {
                    if (same[c] >= 4) {
                        score += same[c] - 1;
                    }
                    same[c] = 0;
                } else {
                    same[c]++;
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (same[c] >= 4) {
                score += same[c] - 1;
            }
        }
        return score;
    }

    private static int rule2(boolean[][] m) {
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

    /** reportlab looks for 1011101 0000 only in one direction and not at the last position of a row. */
    private static int rule3(boolean[][] m) {
        int score = 0;
        int n = m.length;
        for (boolean[] row : m) {
            int j = 0;
            int maxj = n - RULE3.length;
            while (j < maxj) {
                boolean match = true;
                for (int k = 0; k < RULE3.length && match; k++) {
                    match = row[j + k] == (RULE3[k] == 1);
                }
                if (match) {
                    score += 40;
                    j += RULE3.length;
                } else {
                    j++;
                }
            }
        }
        return score;
    }

    private static int rule4(boolean[][] m) {
        int n = m.length;
        int count = 0;
        for (boolean[] row : m) {
            for (boolean b : row) {
                if (b) {
                    count++;
                }
            }
        }
        int cells = n * n;
        return 10 * (Math.abs(100 * count / cells - 50) / 5);
    }
}
