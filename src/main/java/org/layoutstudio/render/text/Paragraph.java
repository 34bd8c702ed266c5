package org.layoutstudio.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * reportlab's Paragraph line breaking for one font and size (what pretix's renderer uses): words
 * separated by white space fill a line up to the width, joined by one space; a word wider than the
 * width is split into characters when {@code splitLongWords}; explicit line breaks end a line.
 */
final class Paragraph {
    /** A wrapped line: its text and advance width. */
    record Line(String text, double width) {
    }

    private final List<Line> lines;
    private final double leading;
    private final double firstBaseline;

    private Paragraph(List<Line> lines, double leading, double firstBaseline) {
        this.lines = lines;
        this.leading = leading;
        this.firstBaseline = firstBaseline;
    }

    List<Line> lines() {
        return lines;
    }

    double leading() {
        return leading;
    }

    /** reportlab's {@code wrap} height: lines × leading. */
    double height() {
        return lines.size() * leading;
    }

    /** Distance of line i's baseline below the paragraph's top. */
    double baselineBelowTop(int i) {
        return firstBaseline + i * leading;
    }

    double maxWidth() {
        double w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    static Paragraph wrap(List<String> logicalLines, FontMetrics m, double fontSize, double leading,
                          boolean autoLeadingMax, double maxWidth, boolean splitLongWords) {
        List<Line> out = new ArrayList<>();
        double space = m.stringWidth(" ", fontSize);
        for (String logical : logicalLines) {
            List<String> words = new ArrayList<>(List.of(logical.trim().split("\\s+")));
            words.removeIf(String::isEmpty);
            StringBuilder cur = new StringBuilder();
            double curW = -space;
            int i = 0;
            boolean any = false;
            while (i < words.size()) {
                String word = words.get(i);
                double ww = m.stringWidth(word, fontSize);
                double nw = curW + space + ww;
                if (nw > maxWidth && cur.length() > 0) {
                    out.add(new Line(cur.toString(), curW));
                    cur.setLength(0);
                    curW = -space;
                    continue;
                }
                if (nw > maxWidth && splitLongWords && ww > maxWidth) {
                    // split the long word: as many characters as fit on this line
                    int cut = fit(word, m, fontSize, maxWidth);
                    out.add(new Line(word.substring(0, cut), m.stringWidth(word.substring(0, cut), fontSize)));
                    words.set(i, word.substring(cut));
                    any = true;
                    continue;
                }
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(word);
                curW = nw;
                i++;
                any = true;
            }
            if (cur.length() > 0 || !any) {
                out.add(new Line(cur.toString(), Math.max(0, curW)));
            }
        }
        double lead = leading;
        if (autoLeadingMax) {
            lead = Math.max(leading, (m.ascent() - m.descent()) * fontSize / 1000.0);
        }
        return new Paragraph(out, lead, fontSize);
    }

    private static int fit(String word, FontMetrics m, double fontSize, double maxWidth) {
        double w = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            double cw = m.advance(cp) * fontSize / 1000.0;
            if (w + cw > maxWidth && i > 0) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return Math.max(1, i);
    }
}
