package org.layoutstudio.layout;

import java.nio.charset.StandardCharsets;

/**
 * Looks at raw bytes before the JSON parser does, so that a file that is not UTF-8 text at all
 * (a PDF, an image, UTF-16 or UTF-32, Latin-1) gets a sentence that says so instead of a parser message
 * about some odd byte. JSON for pretix is UTF-8 (RFC 8259 §8.1).
 */
final class InputSniffer {
    private InputSniffer() {
    }

    static void check(byte[] b) throws LayoutFormatException {
        String kind = knownBinary(b);
        if (kind != null) {
            throw unreadable("The file is " + kind + ", not a layout; a layout is a JSON text file with a list of elements.");
        }
        if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0, 0, 0xFE, 0xFF) || utf32WithoutBom(b)) {
            throw unreadable("The file is UTF-32 text; layouts are UTF-8: save it again as UTF-8.");
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE) || utf16WithoutBom(b)) {
            throw unreadable("The file is UTF-16 text; layouts are UTF-8: save it again as UTF-8.");
        }
        int bad = firstInvalidUtf8(b);
        if (bad >= 0) {
            if (looksBinary(b)) {
                throw unreadable("The file is binary data, not a layout; a layout is a JSON text file with a list of elements.");
            }
            throw unreadable(String.format("The file is not UTF-8 text: the byte 0x%02X at %s is not UTF-8"
                    + " (perhaps the file was saved as Latin-1 or Windows-1252); save it again as UTF-8.", b[bad] & 0xFF, position(b, bad)));
        }
        if (looksBinary(b)) {
            throw unreadable("The file is binary data, not a layout; a layout is a JSON text file with a list of elements.");
        }
    }

    private static LayoutFormatException unreadable(String message) {
        return new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, message);
    }

    private static String knownBinary(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII text in UTF-32 has three zeros in every four bytes, the same three each time. */
    private static boolean utf32WithoutBom(byte[] b) {
        int n = Math.min(b.length, 64) & ~3;
        if (n < 8) {
            return false;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            zeros[i % 4] += b[i] == 0 ? 1 : 0;
        }
        int words = n / 4;
        boolean little = zeros[1] == words && zeros[2] == words && zeros[3] == words && zeros[0] < words;
        boolean big = zeros[0] == words && zeros[1] == words && zeros[2] == words && zeros[3] < words;
        return little || big;
    }

    /** ASCII text in UTF-16 has a zero in every other byte; JSON starts with ASCII. */
    private static boolean utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 64) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int half = n / 2;
        return evenZeros * 4 >= half * 3 && oddZeros == 0 || oddZeros * 4 >= half * 3 && evenZeros == 0;
    }

    /** Control characters other than tab, CR, LF in the first KB: not a text file. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                control++;
            }
        }
        return control > 0 && control * 20 >= n || n > 0 && b[0] == 0;
    }

    /** Offset of the first byte that breaks UTF-8, or -1. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + extra >= b.length) {
                return i;
            }
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return i;
            }
            i += extra + 1;
        }
        return -1;
    }

    /** "line 3, column 7" (columns count characters, as editors do). */
    private static String position(byte[] b, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(b, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return "line " + line + ", column " + column;
    }
}
