package org.layoutstudio.editor.canvas;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;

/**
 * Text drawn from the renderer's own layout: the same lines, positions and font size as the
 * printed ticket, in the same TrueType face, turned about the same origin; a character the face
 * lacks is the face's box, as pretix prints it.
 */
final class TextElementNode extends ElementNode {
    TextElementNode(NodeContext ctx) {
        super(ctx);
    }

    @Override
    protected void draw(Element e) {
        CanvasText t = ctx.text(e);
        if (e.type() == ElementType.TEXTCONTAINER) {
            // the box, in the same rotated frame as the text
            double x = NodeContext.pt(e.left());
            double top = ctx.y(e.bottom() + e.height());
            javafx.scene.Group box = new javafx.scene.Group(frame(0, 0, NodeContext.pt(e.width()), NodeContext.pt(e.height()), "canvas-text-frame", true));
            box.getTransforms().setAll(new Translate(x, top), new Rotate(e.rotation(), 0, 0));
            getChildren().add(box);
        }
        if (t == null) {
            return;
        }
        javafx.scene.Group lines = new javafx.scene.Group();
        Color color = fx(t.color());
        double em = t.fontSize() / 1000;
        for (CanvasText.Line line : t.lines()) {
            for (CanvasText.Run run : line.runs()) {
                double x = line.x() + run.x();
                if (run.missing()) {
                    // pretix prints the face's missing-glyph box: never a glyph from another font
                    SVGPath box = new SVGPath();
                    box.setContent(t.notdef());
                    box.setFill(color);
                    box.getTransforms().setAll(new Translate(x, line.baseline()), new Scale(em, em));
                    box.getStyleClass().add("missing-glyph");
                    lines.getChildren().add(box);
                } else if (!run.text().isBlank()) {
                    Text node = new Text(x, line.baseline(), run.text());
                    node.setFont(ctx.font(t.fontKey(), t.fontSize()));
                    node.setTextOrigin(VPos.BASELINE);
                    node.setFill(color);
                    node.setFontSmoothingType(FontSmoothingType.GRAY);
                    lines.getChildren().add(node);
                }
            }
        }
        lines.getTransforms().setAll(new Translate(t.originX(), ctx.pageHeightPt - t.originY()), new Rotate(t.rotation(), 0, 0));
        getChildren().add(lines);
    }
}
