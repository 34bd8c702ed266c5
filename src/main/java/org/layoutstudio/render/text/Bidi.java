package org.layoutstudio.render.text;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Shapes Arabic and reorders right-to-left text into visual order, line by line, as pretix does with
 * {@code get_display(reshaper.reshape(line))}: its reshaper deletes harakat and forms no ligatures
 * ({@code delete_harakat=True, support_ligatures=False}), so a lam-alef stays two letters.
 */
final class Bidi {
    private Bidi() {
    }

    static String visual(String line) {
        if (line.isEmpty() || !needsBidi(line)) {
            return line;
        }
        String shaped = withoutHarakat(line);
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(shaped);
        } catch (ArabicShapingException e) {
            // unshaped, as pretix leaves a line its reshaper fails on
        }
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(splitLamAlef(shaped), com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
    }

    /** arabic_reshaper's HARAKAT_RE: the marks its {@code delete_harakat} removes. */
    static boolean isHaraka(int c) {
        return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c == 0x0670
                || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed)
                || (c >= 0x08d4 && c <= 0x08e1) || (c >= 0x08d4 && c <= 0x08ed) || (c >= 0x08e3 && c <= 0x08ff);
    }

    private static String withoutHarakat(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isHaraka(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * ICU joins lam and alef into one ligature (U+FEF5–U+FEFC); pretix's reshaper keeps the two
     * letters: lam initial (isolated ligature) or medial (final ligature), then the alef's final form.
     */
    private static String splitLamAlef(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xFEF5 || c > 0xFEFC) {
                b.append(c);
                continue;
            }
            boolean isolated = (c - 0xFEF5) % 2 == 0;
            char alefFinal = switch ((c - 0xFEF5) / 2) {
                case 0 -> '\uFE82'; // alef with madda above
                case 1 -> '\uFE84'; // alef with hamza above
                case 2 -> '\uFE88'; // alef with hamza below
                default -> '\uFE8E'; // alef
            };
            b.append(isolated ? '\uFEDF' : '\uFEE0').append(alefFinal);
        }
        return b.toString();
    }

    private static boolean needsBidi(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
