package org.layoutstudio.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.layoutstudio.layout.ElementGeometry;

/**
 * QR codes module for module as pretix draws them (PRETIX.md §5.5) with reportlab's
 * {@code QrCodeWidget}: pretix's error-correction level (H up to 32 characters, M above, L above 128),
 * reportlab's choice of one mode for the whole text (numeric, alphanumeric, kanji, else UTF-8 bytes
 * without an ECI header), its mask selection ({@link QrMasks}), and a quiet zone of 4 modules
 * inside the square unless {@code nowhitespace}. ZXing encodes the data once; the mask is chosen there.
 */
public final class QrCodes {
    /** The quiet zone in modules, used unless {@code nowhitespace} (the layout geometry's fact). */
    public static final int QUIET_ZONE = ElementGeometry.QR_QUIET_ZONE_MODULES;

    private static final Pattern NUMERIC = Pattern.compile("[0-9]*");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[-0-9A-Z $%*+./:]*");

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
        boolean[][] symbol = encode(content);
        if (noWhitespace) {
            return symbol;
        }
        int n = symbol.length + 2 * QUIET_ZONE;
        boolean[][] grid = new boolean[n][n];
        for (int y = 0; y < symbol.length; y++) {
            System.arraycopy(symbol[y], 0, grid[y + QUIET_ZONE], QUIET_ZONE, symbol.length);
        }
        return grid;
    }

    /** The symbol without quiet zone, {@code [row][column]}, as reportlab's encoder would make it. */
    static boolean[][] encode(String content) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some content.");
        }
        ErrorCorrectionLevel level = level(content);
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        String data = content;
        if (NUMERIC.matcher(content).matches() || ALPHANUMERIC.matcher(content).matches()) {
            // ZXing picks the same numeric / alphanumeric mode as reportlab
        } else if (isKanji(content)) {
            hints.put(EncodeHintType.CHARACTER_SET, "Shift_JIS");
        } else {
            // reportlab writes UTF-8 bytes in byte mode without an ECI; ZXing does so for ISO-8859-1 text
            data = new String(content.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
        // encoded once; the other seven masks are derived from this symbol
        hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
        try {
            return QrMasks.reportlabSymbol(Encoder.encode(data, level, hints));
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
}
