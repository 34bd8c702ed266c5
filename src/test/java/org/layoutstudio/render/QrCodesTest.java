package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class QrCodesTest {

    @TestFactory
    Stream<DynamicTest> sameModulesAsReportlab() throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = QrCodesTest.class.getResourceAsStream("reportlab-qr.json")) {
            new ObjectMapper().readTree(in).forEach(cases::add);
        }
        assertTrue(cases.size() > 50);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("level").asText() + " " + c.get("content").asText(), () -> {
            boolean[][] got = QrCodes.modules(c.get("content").asText(), true);
            JsonNode rows = c.get("modules");
            assertEquals(rows.size(), got.length, "size");
            int diff = 0;
            for (int r = 0; r < got.length; r++) {
                for (int col = 0; col < got.length; col++) {
                    if (got[r][col] != (rows.get(r).asText().charAt(col) == '1')) {
                        diff++;
                    }
                }
            }
            assertEquals(0, diff, "modules that differ from reportlab's");
        }));
    }

    /** Every mask derived from the one encoding is the symbol ZXing makes when told to use that mask. */
    @Test
    void masksDerivedFromOneEncodingEqualZxingsOwn() throws Exception {
        Random rnd = new java.util.Random(14);
        for (int length : new int[] {1, 20, 33, 90, 129, 300}) {
            StringBuilder content = new StringBuilder();
            rnd.ints(length, 'a', 'z' + 1).forEach(content::appendCodePoint);
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.QR_MASK_PATTERN, 0);
            QRCode zero = Encoder.encode(content.toString(), QrCodes.level(content.toString()), hints);
            for (int mask = 0; mask < 8; mask++) {
                hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
                byte[][] zxing = Encoder.encode(content.toString(), QrCodes.level(content.toString()), hints).getMatrix().getArray();
                boolean[][] derived = QrMasks.withMask(zero, mask);
                for (int y = 0; y < zxing.length; y++) {
                    for (int x = 0; x < zxing.length; x++) {
                        assertEquals(zxing[y][x] == 1, derived[y][x], "length " + length + ", mask " + mask + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void levelsFollowPretix() {
        assertEquals(ErrorCorrectionLevel.H, QrCodes.level("x".repeat(32)));
        assertEquals(ErrorCorrectionLevel.M, QrCodes.level("x".repeat(33)));
        assertEquals(ErrorCorrectionLevel.M, QrCodes.level("x".repeat(128)));
        assertEquals(ErrorCorrectionLevel.L, QrCodes.level("x".repeat(129)));
    }

    @Test
    void quietZoneIsFourModulesUnlessNoWhitespace() {
        boolean[][] tight = QrCodes.modules("hello", true);
        boolean[][] quiet = QrCodes.modules("hello", false);
        assertEquals(21, tight.length);
        assertEquals(29, quiet.length);
        assertTrue(tight[0][0]);
        assertTrue(quiet[4][4]);
        for (int i = 0; i < 29; i++) {
            assertTrue(!quiet[0][i] && !quiet[i][0] && !quiet[28][i] && !quiet[3][i]);
        }
    }

    @Test
    void emptyOrTooLongContentIsRefusedWithASentence() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.modules("", true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QrCodes.modules("x".repeat(5000), true));
        assertTrue(e.getMessage().contains("too long"));
    }
}
