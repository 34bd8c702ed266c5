package org.layoutstudio.layout;

/**
 * Makes text that came from outside (a server's answer, a file's content or name, a layout's
 * {@code type}) safe to print on a terminal or show on screen: control characters become visible
 * escapes ({@code ESC} → {@code \e}, a newline → {@code \n}, others as a backslash, u and four hex digits), so that no
 * escape sequence can retitle or clear a terminal and no BiDi override can reorder what follows;
 * and the length is capped. Every CLI line and every shown error goes through {@link #line}.
 */
public final class SafeText {
    /** A quoted fragment from outside (a server's detail, a name): longer is cut with "…". */
    public static final int QUOTE_CHARS = 300;
    /** A whole line or message: long enough for any sentence of ours around a few quotes. */
    public static final int LINE_CHARS = 2000;

    private SafeText() {
    }

    /** {@code text} escaped and cut to {@link #LINE_CHARS}; "" for null. */
    public static String line(String text) {
        return line(text, LINE_CHARS);
    }

    /** {@code text} escaped and cut to at most {@code maxChars} characters plus "…"; "" for null. */
    public static String line(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String escaped = escape(cp);
            int next = i + Character.charCount(cp);
            String piece = escaped != null ? escaped : text.substring(i, next);
            if (out.length() + piece.length() > maxChars) {
                return out.append('…').toString();
            }
            out.append(piece);
            i = next;
        }
        return out.toString();
    }

    /** Whether {@code cp} would be escaped: control characters, BiDi controls, line separators, lone surrogates. */
    public static boolean isUnsafe(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.SURROGATE
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069
                || cp == 0x2028 || cp == 0x2029;
    }

    private static String escape(int cp) {
        if (!isUnsafe(cp)) {
            return null;
        }
        return switch (cp) {
            case 0x1B -> "\\e";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04X", cp);
        };
    }
}
