package org.layoutstudio.render.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * reportlab's {@code Paragraph} line breaking and line placement for one font and size, fed the way
 * pretix feeds it (PRETIX.md §5.3): the text HTML-escaped, {@code <br/>} for line breaks and a hair
 * space entity after every hyphen. This is a port of the behaviour of reportlab's cleaner, parser
 * fragments, {@code _getFragWords}, {@code breakLines} (the single-fragment and the multi-fragment
 * paths differ in details) and {@code drawPara}, checked against reportlab itself in the tests. Not
 * ported: soft hyphens, hyphenation dictionaries, justified text (pretix uses none of them).
 */
final class Paragraph {
    /** reportlab's {@code rl_config.spaceShrinkage}: a line may overshoot by 5 % of its spaces. */
    private static final double SPACE_SHRINKAGE = 0.05;

    // Private-use characters standing for pretix's markup inside the cleaned text.
    private static final char BR = '\uE000';
    private static final char HAIR = '\uE001';
    private static final String ESCAPED = "&<>\"'";
    private static final char ENTITY0 = '\uE002'; // ENTITY0 + index in ESCAPED

    /** A wrapped line: its text, natural width, reportlab's {@code extraSpace} and word counts. */
    record Line(String text, double width, double extraSpace, int spaces, int words) {
    }

    private final List<Line> lines;
    private final boolean complex;
    private final double height;
    private final double fontSize;
    private final double step;

    private Paragraph(List<Line> lines, boolean complex, double height, double fontSize, double step) {
        this.lines = lines;
        this.complex = complex;
        this.height = height;
        this.fontSize = fontSize;
        this.step = step;
    }

    List<Line> lines() {
        return lines;
    }

    /** reportlab's {@code wrap} height. */
    double height() {
        return height;
    }

    /** Distance between baselines as drawn. */
    double step() {
        return step;
    }

    /** Line i's baseline below the paragraph's top (reportlab's {@code paraFontSizeHeightOffset}: the first at fontSize). */
    double baselineBelowTop(int i) {
        return fontSize + i * step;
    }

    /** reportlab's {@code max(getActualLineWidths0())}; 0 without lines. */
    double maxWidth() {
        double w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    /** reportlab's count of stretchable gaps in a line when it squeezes it: word joins plus no-break spaces. */
    int gaps(Line l) {
        int nbsp = 0;
        for (int i = 0; i < l.text().length(); i++) {
            if (l.text().charAt(i) == '\u00a0') {
                nbsp++;
            }
        }
        return (complex ? l.words() : l.spaces() + 1) - 1 + nbsp;
    }

    /**
     * Wraps text.
     *
     * @param logicalLines   the text split at {@code \n} (each line already in visual order)
     * @param leading        the style's leading, pt
     * @param autoLeadingMax reportlab's {@code autoLeading='max'} (legacy textarea without line height)
     */
    static Paragraph wrap(List<String> logicalLines, FontMetrics m, double fontSize, double leading,
                          boolean autoLeadingMax, double maxWidth, boolean splitLongWords) {
        List<Frag> frags = parse(clean(markup(logicalLines)));
        boolean simple = frags.size() == 1;
        List<Line> out = new ArrayList<>();
        if (maxWidth >= 1e-8) {
            Metrics mt = new Metrics(m, fontSize);
            if (simple) {
                if (!frags.get(0).br) {
                    breakSimple(frags.get(0).text, mt, maxWidth, splitLongWords, out);
                }
            } else if (!frags.isEmpty()) {
                breakFrags(fragWords(frags, mt), mt, maxWidth, splitLongWords, out);
            }
        }
        double ascent = m.ascent() * fontSize / 1000.0;
        double descent = m.descent() * fontSize / 1000.0;
        double height;
        double step;
        if (!autoLeadingMax) {
            height = out.size() * leading;
            step = leading;
        } else if (simple) {
            step = Math.max(leading, ascent - descent);
            height = out.size() * step;
        } else {
            // reportlab's multi-fragment path: the wrap height and the drawn steps follow different rules
            height = out.size() * Math.max(ascent - descent, leading);
            step = Math.max(leading * 5.0 / 6.0, ascent) + Math.max(leading / 6.0, -descent);
        }
        return new Paragraph(out, !simple, height, fontSize, step);
    }

    // ----- pretix's markup, reportlab's cleaner and parser -----

    /** pretix: escape, {@code \n} → {@code <br/>\n}, {@code -} → {@code -&hairsp;} (markup as private-use characters). */
    static String markup(List<String> logicalLines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < logicalLines.size(); i++) {
            if (i > 0) {
                b.append(BR).append('\n');
            }
            String line = logicalLines.get(i);
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                int e = ESCAPED.indexOf(c);
                if (e >= 0) {
                    b.append((char) (ENTITY0 + e));
                } else if (c == '-') {
                    b.append('-').append(HAIR);
                } else {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** reportlab's {@code cleanBlockQuotedText}: per {@code \n}-line strip and collapse white space, drop empty lines, join with a space. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            List<String> words = split(line);
            if (words.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(String.join(" ", words));
        }
        return out.toString();
    }

    private record Frag(String text, boolean br) {
    }

    /** reportlab's parser: text runs, one fragment per entity, a line-break fragment per {@code <br/>}. */
    private static List<Frag> parse(String cleaned) {
        List<Frag> frags = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == BR || c == HAIR || (c >= ENTITY0 && c < ENTITY0 + ESCAPED.length())) {
                if (run.length() > 0) {
                    frags.add(new Frag(run.toString(), false));
                    run.setLength(0);
                }
                if (c == BR) {
                    frags.add(new Frag("", true));
                } else {
                    frags.add(new Frag(c == HAIR ? "\u200a" : String.valueOf(ESCAPED.charAt(c - ENTITY0)), false));
                }
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            frags.add(new Frag(run.toString(), false));
        }
        return frags;
    }

    // ----- white space as reportlab sees it -----

    /** Python's {@code str.split()}, or reportlab's {@code _wsc} split when the text has a no-break space. */
    static List<String> split(String text) {
        boolean nbsp = text.indexOf('\u00a0') >= 0;
        List<String> words = new ArrayList<>();
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && isSpace(text.codePointAt(i), nbsp)) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && !isSpace(text.codePointAt(i), nbsp)) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    /** reportlab's {@code lstrip}/{@code strip} set ({@code _wsc}). */
    private static boolean isWsc(int c) {
        return isSpace(c, true);
    }

    private static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isWsc(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    private static boolean pyWhitespace(char c) { // Python's string.whitespace
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    static boolean isSpace(int c, boolean wsc) {
        if (wsc) {
            return c == 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0x1680
                    || (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                    || c == 0x3000;
        }
        return c == 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
                || c == 0x205f || c == 0x3000;
    }

    /** Widths as reportlab computes them: {@code 0.001 * size * sum(advances)}. */
    private static final class Metrics {
        final FontMetrics m;
        final double size;
        final double space;

        Metrics(FontMetrics m, double size) {
            this.m = m;
            this.size = size;
            this.space = width(" ");
        }

        double width(String s) {
            double sum = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                sum += m.advance(cp);
                i += Character.charCount(cp);
            }
            return 0.001 * size * sum;
        }

        double width(int cp) {
            return 0.001 * size * m.advance(cp);
        }
    }

    // ----- the single-fragment path (breakLines, nFrags == 1) -----

    private enum Split { NONE, PART, END }

    private record SWord(String text, Split split) {
    }

    private static void breakSimple(String fragText, Metrics mt, double maxWidth, boolean splitLongWords, List<Line> out) {
        String text = strip(fragText);
        if (text.isEmpty()) {
            return;
        }
        Deque<SWord> words = new ArrayDeque<>();
        for (String w : split(text)) {
            words.add(new SWord(w, Split.NONE));
        }
        double spaceWidth = mt.space;
        double dSpaceShrink = SPACE_SHRINKAGE * spaceWidth;
        List<String> cLine = new ArrayList<>();
        double currentWidth = -spaceWidth;
        boolean forcedSplit = false;
        while (!words.isEmpty()) {
            SWord word = words.pollFirst();
            if (word.text.isEmpty() && word.split != Split.NONE) {
                forcedSplit = true;
            }
            double wordWidth = mt.width(word.text);
            double newWidth = currentWidth + spaceWidth + wordWidth;
            double limWidth = maxWidth + dSpaceShrink * cLine.size();
            if (newWidth > limWidth && !forcedSplit) {
                if (splitLongWords && word.split == Split.NONE && wordWidth > maxWidth) {
                    List<SWord> pieces = splitWord(word.text, currentWidth + spaceWidth, maxWidth, mt);
                    for (int i = pieces.size() - 1; i >= 0; i--) {
                        words.addFirst(pieces.get(i));
                    }
                    forcedSplit = true;
                    continue;
                }
            }
            if (newWidth <= limWidth || cLine.isEmpty() || forcedSplit) {
                if (!word.text.isEmpty()) {
                    cLine.add(word.text);
                }
                if (forcedSplit) {
                    forcedSplit = false;
                    out.add(simpleLine(cLine, newWidth, maxWidth));
                    cLine = new ArrayList<>();
                    currentWidth = -spaceWidth;
                } else {
                    currentWidth = newWidth;
                }
            } else {
                out.add(simpleLine(cLine, currentWidth, maxWidth));
                cLine = new ArrayList<>();
                cLine.add(word.text);
                currentWidth = wordWidth;
            }
        }
        if (!cLine.isEmpty()) {
            out.add(simpleLine(cLine, currentWidth, maxWidth));
        }
    }

    private static Line simpleLine(List<String> words, double width, double maxWidth) {
        return new Line(String.join(" ", words), width, maxWidth - width, Math.max(0, words.size() - 1), words.size());
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isWsc(s.charAt(a))) {
            a++;
        }
        while (b > a && isWsc(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** reportlab's {@code _splitWord}: the first piece fills the current line, the rest fill whole lines. */
    private static List<SWord> splitWord(String w, double lineWidth, double maxWidth, Metrics mt) {
        List<SWord> r = new ArrayList<>();
        StringBuilder wordText = new StringBuilder();
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            double cw = mt.width(cp);
            double newLineWidth = lineWidth + cw;
            if (newLineWidth > maxWidth && (wordText.length() > 0 || cw <= maxWidth)) {
                r.add(new SWord(wordText.toString(), Split.PART));
                newLineWidth = cw;
                wordText.setLength(0);
            }
            wordText.appendCodePoint(cp);
            lineWidth = newLineWidth;
            i += Character.charCount(cp);
        }
        r.add(new SWord(wordText.toString(), Split.END));
        return r;
    }

    // ----- the multi-fragment path (_getFragWords + breakLines) -----

    /** A fragment word: its text pieces, width, trailing-space flag, kind and split state. */
    private static final class FWord {
        final List<String> pieces = new ArrayList<>();
        double width;
        boolean hs;
        boolean br;
        boolean injected;
        Split split = Split.NONE;

        String text() {
            return String.join("", pieces);
        }

        String first() {
            return pieces.isEmpty() ? "" : pieces.get(0);
        }
    }

    private static List<FWord> fragWords(List<Frag> frags, Metrics mt) {
        List<FWord> r = new ArrayList<>();
        FWord w = null;
        double n = 0;
        boolean hangingStrip = true;
        for (Frag f : frags) {
            if (f.br) {
                if (w != null) {
                    w.width = n;
                    r.add(w);
                    w = null;
                    n = 0;
                }
                FWord b = new FWord();
                b.br = true;
                b.pieces.add("");
                r.add(b);
                hangingStrip = true;
                continue;
            }
            String text = f.text;
            if (text.isEmpty()) {
                continue;
            }
            if (hangingStrip) {
                text = lstrip(text);
                if (text.isEmpty()) {
                    continue;
                }
                hangingStrip = false;
            }
            List<String> s = split(text);
            if (pyWhitespace(text.charAt(0)) || s.isEmpty()) {
                boolean whs;
                if (w != null) {
                    w.width = n;
                    r.add(w);
                    w = null;
                    n = 0;
                    whs = false; // reportlab's hangingSpace is never set in this path
                } else {
                    whs = !r.isEmpty() && r.get(r.size() - 1).hs;
                }
                if (!whs) {
                    s.add(0, "");
                } else if (s.isEmpty()) {
                    continue;
                }
            }
            for (int i = 0; i < s.size() - 1; i++) {
                if (w == null) {
                    w = new FWord();
                }
                w.pieces.add(s.get(i));
                n += mt.width(s.get(i));
                w.width = n;
                w.hs = true;
                r.add(w);
                w = null;
                n = 0;
            }
            String last = s.get(s.size() - 1);
            if (w == null) {
                w = new FWord();
            }
            w.pieces.add(last);
            n += mt.width(last);
            if (pyWhitespace(text.charAt(text.length() - 1))) {
                w.width = n;
                w.hs = true;
                r.add(w);
                w = null;
                n = 0;
            }
        }
        if (w != null) {
            w.width = n;
            r.add(w);
        }
        if (r.isEmpty()) {
            FWord empty = new FWord();
            empty.pieces.add("");
            r.add(empty);
        }
        return r;
    }

    private static void breakFrags(List<FWord> all, Metrics mt, double maxWidth, boolean splitLongWords, List<Line> out) {
        Deque<FWord> words = new ArrayDeque<>(all);
        StringBuilder text = null; // null: the line has no fragment yet (reportlab's empty `words`)
        double currentWidth = 0;
        double spaceWidth = 0;
        int n = 0;
        while (!words.isEmpty()) {
            FWord w = words.pollFirst();
            if (text == null) {
                n = 0;
                spaceWidth = 0;
                currentWidth = 0;
            }
            double wordWidth = w.width;
            double newWidth = wordWidth > 0 ? currentWidth + spaceWidth + wordWidth : currentWidth;
            boolean lineBreak = w.br;
            double limWidth = maxWidth + SPACE_SHRINKAGE * (spaceWidth + count(text, ' ') * mt.space);
            if (!lineBreak && newWidth > limWidth && w.split != Split.END) {
                if (splitLongWords && w.split == Split.NONE && wordWidth > maxWidth) {
                    List<FWord> pieces = splitFragWord(w, maxWidth - spaceWidth - currentWidth, maxWidth, mt);
                    FWord brk = new FWord();
                    brk.br = true;
                    brk.injected = true;
                    brk.pieces.add("");
                    for (int i = pieces.size() - 1; i >= 1; i--) {
                        words.addFirst(pieces.get(i));
                    }
                    words.addFirst(brk);
                    words.addFirst(pieces.get(0));
                    continue;
                }
            }
            boolean endLine = (newWidth > limWidth && n > 0) || lineBreak;
            if (!endLine) {
                String nText = w.first();
                if (!nText.isEmpty()) {
                    n++;
                }
                if (text == null) {
                    text = new StringBuilder(nText);
                } else if (spaceWidth > 0) {
                    if (!endsWithSpace(text)) {
                        text.append(' ');
                    }
                    text.append(nText);
                } else {
                    text.append(nText);
                }
                boolean ni = false;
                for (int i = 1; i < w.pieces.size(); i++) {
                    text.append(w.pieces.get(i));
                    ni |= !w.pieces.get(i).isEmpty();
                }
                if (nText.isEmpty() && ni) {
                    n++;
                }
                spaceWidth = w.hs ? mt.space : 0;
                currentWidth = newWidth;
            } else {
                String t = text == null ? "" : text.toString();
                out.add(new Line(t, currentWidth, maxWidth - currentWidth, count(text, ' '), n));
                if (lineBreak) {
                    text = null;
                    continue;
                }
                spaceWidth = w.hs ? mt.space : 0;
                currentWidth = wordWidth;
                n = 1;
                text = new StringBuilder(w.text());
            }
        }
        if (text != null) {
            out.add(new Line(text.toString(), currentWidth, maxWidth - currentWidth, count(text, ' '), n));
        }
    }

    private static boolean endsWithSpace(StringBuilder b) {
        return b.length() > 0 && b.charAt(b.length() - 1) == ' ';
    }

    private static int count(CharSequence s, char c) {
        if (s == null) {
            return 0;
        }
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    /** reportlab's {@code _splitFragWord}. */
    private static List<FWord> splitFragWord(FWord w, double firstWidth, double maxWidth, Metrics mt) {
        List<FWord> r = new ArrayList<>();
        double lineWidth = 0;
        double wordWidth = 0;
        double limit = firstWidth;
        FWord piece = new FWord();
        piece.split = Split.PART;
        StringBuilder fragText = new StringBuilder();
        for (int p = 0; p < w.pieces.size(); p++) {
            String s = w.pieces.get(p);
            boolean newFrag = p > 0;
            if (s.isEmpty()) {
                // an empty piece (reportlab yields it with width 0)
                double newLineWidth = lineWidth;
                if (newFrag) {
                    piece.pieces.add(fragText.toString());
                    fragText.setLength(0);
                }
                lineWidth = newLineWidth;
                continue;
            }
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                double cw = mt.width(cp);
                double newLineWidth = lineWidth + cw;
                boolean tooLong = newLineWidth > limit && (wordWidth > 0 || cw <= maxWidth);
                if (newFrag || tooLong) {
                    piece.pieces.add(fragText.toString());
                    if (tooLong) {
                        piece.width = wordWidth;
                        r.add(piece);
                        piece = new FWord();
                        piece.split = Split.PART;
                        limit = maxWidth;
                        newLineWidth = cw;
                        wordWidth = 0;
                    }
                    fragText.setLength(0);
                    newFrag = false;
                }
                wordWidth += cw;
                fragText.appendCodePoint(cp);
                lineWidth = newLineWidth;
                i += Character.charCount(cp);
            }
        }
        piece.pieces.add(fragText.toString());
        piece.width = wordWidth;
        piece.split = Split.END;
        piece.hs = w.hs;
        r.add(piece);
        return r;
    }
}
