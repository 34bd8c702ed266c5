package org.layoutstudio.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes as pretix draws them (PRETIX.md §5.5): its error-correction levels and quiet zone. */
public final class QrCodes {
    /** reportlab's QrCodeWidget default border, in modules, used unless {@code nowhitespace}. */
    public static final int QUIET_ZONE = 4;

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
     * The module grid, true = dark, including the quiet zone unless {@code noWhitespace}; the grid
     * fills the element's square.
     *
     * @throws IllegalArgumentException when the content is empty or too long for a QR code
     */
    public static boolean[][] modules(String content, boolean noWhitespace) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some content.");
        }
        QRCode qr;
        try {
            qr = Encoder.encode(content, level(content), Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The content is too long for a QR code (" + content.length() + " characters).", e);
        }
        ByteMatrix m = qr.getMatrix();
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
}
