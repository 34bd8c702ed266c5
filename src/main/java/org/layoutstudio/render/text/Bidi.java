package org.layoutstudio.render.text;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/** Shapes Arabic and reorders right-to-left text into visual order, line by line (pretix's reshape + get_display). */
final class Bidi {
    private Bidi() {
    }

    static String visual(String line) {
        if (line.isEmpty() || !needsBidi(line)) {
            return line;
        }
        String shaped = line;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(line);
        } catch (ArabicShapingException e) {
            shaped = line;
        }
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(shaped, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
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
