package org.layoutstudio.render.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.HorizontalAlign;
import org.layoutstudio.layout.Units;
import org.layoutstudio.layout.VerticalAlign;

/**
 * Lays out {@code textcontainer} and {@code textarea} elements exactly as pretix's renderer does
 * with reportlab's Paragraph (PRETIX.md §5.3, §5.4): the same font metrics, line breaks, leading,
 * auto-resize steps, alignment and rotation origin. The PDF writer and the editor canvas both draw
 * the {@link TextBlock} it returns. Thread-safe.
 */
public final class TextLayoutEngine {
    private static final double MAX_HEIGHT = Units.mmToPt(1000);

    private final FontCatalog fonts;

    public TextLayoutEngine(FontCatalog fonts) {
        this.fonts = fonts;
    }

    public FontCatalog fonts() {
        return fonts;
    }

    /**
     * Lays out a text element.
     *
     * @param element a {@code textcontainer} or {@code textarea}
     * @param text    its resolved content (placeholders filled in), before normalisation
     */
    public TextBlock layout(Element element, String text) {
        ResolvedFont font = fonts.resolve(element.fontFamily(), element.bold(), element.italic());
        FontMetrics metrics = fonts.metrics(font);
        List<String> logicalLines = prepare(text);
        if (element.type() == ElementType.TEXTAREA) {
            return layoutTextarea(element, font, metrics, logicalLines);
        }
        return layoutTextcontainer(element, font, metrics, logicalLines);
    }

    /** NFC, explicit line breaks, then per line Arabic shaping and bidi reordering (as pretix). */
    static List<String> prepare(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        for (String line : nfc.split("\r\n|\n|\r", -1)) {
            out.add(Bidi.visual(line));
        }
        return out;
    }

    private TextBlock layoutTextcontainer(Element e, ResolvedFont font, FontMetrics metrics, List<String> lines) {
        double width = Units.mmToPt(e.width());
        double height = Units.mmToPt(e.height());
        double fontSize = e.fontSize();
        double lineHeight = e.lineHeight() * 1.15;
        Paragraph p;
        while (true) {
            p = Paragraph.wrap(lines, metrics, fontSize, fontSize * lineHeight, false, width, e.splitLongWords());
            if (p.lines().isEmpty()) {
                break;
            }
            double actualW = p.maxWidth();
            if (!e.autoresize() || (p.height() <= height && actualW <= width) || fontSize <= 1.0) {
                break;
            }
            if (p.height() > height) {
                fontSize -= Math.max(1.0, fontSize * 0.1);
            } else {
                fontSize -= Math.max(0.25, fontSize * 0.025);
            }
        }
        double h = p.height();
        // drawOn(0, y): y is the paragraph's bottom relative to the box's top-left corner.
        double bottomY = switch (e.verticalAlign()) {
            case MIDDLE -> (-height - h) / 2;
            case BOTTOM -> -height;
            default -> -h;
        };
        double topBelowOrigin = -(bottomY + h);
        return block(e, font, metrics, p, width, fontSize, topBelowOrigin,
                Units.mmToPt(e.left()), Units.mmToPt(e.bottom()) + height);
    }

    private TextBlock layoutTextarea(Element e, ResolvedFont font, FontMetrics metrics, List<String> lines) {
        double width = Units.mmToPt(e.width());
        double fontSize = e.fontSize();
        double lineHeight = e.hasLineHeight() ? e.lineHeight() * 1.15 : 1.0;
        Paragraph p = Paragraph.wrap(lines, metrics, fontSize, lineHeight * fontSize, !e.hasLineHeight(), width,
                e.splitLongWords());
        double h = p.height();
        double descent = metrics.descent() * fontSize / 1000.0;
        double originX = Units.mmToPt(e.left());
        double originY;
        double bottomY;
        if (e.downward()) {
            originY = Units.mmToPt(e.bottom());
            bottomY = -h - descent / 2.5;
        } else {
            if (lineHeight != 1.0) {
                descent = descent + (lineHeight - 1.0) * fontSize * 1.05;
            }
            originY = Units.mmToPt(e.bottom()) + h;
            bottomY = -h - descent;
        }
        double topBelowOrigin = -(bottomY + h);
        return block(e, font, metrics, p, width, fontSize, topBelowOrigin, originX, originY);
    }

    private static TextBlock block(Element e, ResolvedFont font, FontMetrics metrics, Paragraph p, double width,
                                   double fontSize, double topBelowOrigin, double originX, double originY) {
        List<TextLine> out = new ArrayList<>(p.lines().size());
        HorizontalAlign align = e.align();
        for (int i = 0; i < p.lines().size(); i++) {
            Paragraph.Line l = p.lines().get(i);
            double x = switch (align) {
                case CENTER -> (width - l.width()) / 2;
                case RIGHT -> width - l.width();
                default -> 0;
            };
            out.add(new TextLine(l.text(), x, topBelowOrigin + p.baselineBelowTop(i), l.width()));
        }
        return new TextBlock(font, fontSize, p.leading(), out, originX, originY, e.rotation(), e.color());
    }

    @SuppressWarnings("unused")
    private static final VerticalAlign DEFAULT_VALIGN = VerticalAlign.TOP;
}
