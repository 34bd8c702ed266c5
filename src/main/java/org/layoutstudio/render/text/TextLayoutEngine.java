package org.layoutstudio.render.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.Units;

/**
 * Lays out {@code textcontainer} and {@code textarea} elements exactly as pretix's renderer does
 * with reportlab's Paragraph (PRETIX.md §5.3, §5.4): the same font metrics, line breaks, leading,
 * auto-resize steps, alignment and rotation origin. The PDF writer and the editor canvas both draw
 * the {@link TextBlock} it returns. Thread-safe.
 */
public final class TextLayoutEngine {
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
     * @param element a {@code textcontainer} or {@code textarea} (other types are laid out as a textcontainer)
     * @param text    its resolved content (placeholders filled in), before normalisation
     */
    public TextBlock layout(Element element, String text) {
        ResolvedFont font = fonts.resolve(element.fontFamily(), element.bold(), element.italic());
        FontMetrics metrics = fonts.metrics(font);
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        for (String line : nfc.split("\n", -1)) {
            lines.add(Bidi.visual(line));
        }
        Input in = new Input(lines, metrics);
        if (element.type() == ElementType.TEXTAREA) {
            return layoutTextarea(element, font, in);
        }
        return layoutTextcontainer(element, font, in);
    }

    private record Input(List<String> lines, FontMetrics metrics) {
    }

    private TextBlock layoutTextcontainer(Element e, ResolvedFont font, Input in) {
        double width = Units.mmToPt(e.width());
        double height = Units.mmToPt(e.height());
        double fontSize = e.fontSize();
        double lineHeight = ElementGeometry.leadingFactor(e);
        Paragraph p;
        while (true) {
            p = Paragraph.wrap(in.lines, in.metrics, fontSize, lineHeight * fontSize, false, width,
                    e.splitLongWords());
            if (p.lines().isEmpty()) {
                break;
            }
            double actualW = p.maxWidth();
            if (!e.autoresize() || (p.height() <= height && actualW <= width) || fontSize <= 1.0) {
                break;
            }
            if (p.height() > height) {
                fontSize -= Math.max(1.0, fontSize * 0.1); // larger steps for height, as pretix
            } else {
                fontSize -= Math.max(0.25, fontSize * 0.025);
            }
        }
        double h = p.height();
        // pretix: drawOn(canvas, 0, y) with y the paragraph's bottom relative to the box's top-left corner
        double bottomY = switch (e.verticalAlign()) {
            case MIDDLE -> (-height - h) / 2;
            case BOTTOM -> -height;
            default -> -h;
        };
        return block(e, font, p, width, fontSize, -(bottomY + h),
                Units.mmToPt(e.left()), Units.mmToPt(e.bottom()) + height);
    }

    private TextBlock layoutTextarea(Element e, ResolvedFont font, Input in) {
        double width = Units.mmToPt(e.width());
        double fontSize = e.fontSize();
        boolean legacy = !e.hasLineHeight();
        double lineHeight = ElementGeometry.leadingFactor(e);
        Paragraph p = Paragraph.wrap(in.lines, in.metrics, fontSize, lineHeight * fontSize, legacy, width,
                e.splitLongWords());
        double h = p.height();
        double descent = in.metrics.descent() * fontSize / 1000.0;
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
        return block(e, font, p, width, fontSize, -(bottomY + h), Units.mmToPt(e.left()), originY);
    }

    /** Places the lines as reportlab's {@code drawPara} does, the paragraph's top {@code top} pt below the origin. */
    private static TextBlock block(Element e, ResolvedFont font, Paragraph p, double width, double fontSize,
                                   double top, double originX, double originY) {
        List<TextLine> out = new ArrayList<>(p.lines().size());
        for (int i = 0; i < p.lines().size(); i++) {
            Paragraph.Line l = p.lines().get(i);
            double extra = l.extraSpace();
            int nSpaces = p.gaps(l);
            boolean simple = extra > -1e-8 || nSpaces <= 0;
            double x = 0;
            double wordSpace = 0;
            if (simple) {
                x = switch (e.align()) {
                    case CENTER -> 0.5 * extra;
                    case RIGHT -> extra;
                    default -> 0;
                };
            } else {
                wordSpace = extra / nSpaces; // reportlab squeezes the spaces so that the line fits
            }
            out.add(new TextLine(l.text(), x, top + p.baselineBelowTop(i), l.width(), wordSpace));
        }
        return new TextBlock(font, fontSize, p.step(), out, originX, originY, e.rotation(), e.color(), p.height());
    }
}
