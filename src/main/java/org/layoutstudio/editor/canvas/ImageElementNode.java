package org.layoutstudio.editor.canvas;

import javafx.geometry.VPos;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;

/**
 * A dynamic image: the light grey box pretix prints when it has no picture ({@code .canvas-image-box}),
 * named by its content key.
 */
final class ImageElementNode extends ElementNode {
    ImageElementNode(NodeContext ctx) {
        super(ctx);
    }

    @Override
    protected void draw(Element e) {
        MmBox b = ctx.geometry.boxOf(e); // pretix draws the grey box with signed sides: the same area
        double x = NodeContext.pt(b.left());
        double w = NodeContext.pt(b.width());
        double h = NodeContext.pt(b.height());
        double y = ctx.y(b.top());
        Rectangle box = new Rectangle(x, y, Math.max(w, 0), Math.max(h, 0));
        box.setFill(null);
        box.getStyleClass().add("canvas-image-box");
        Text label = new Text(e.content().isEmpty() ? ctx.texts.get("editor.canvas.image") : e.content());
        label.setFont(Font.font(Math.max(4, Math.min(9, h / 4))));
        label.getStyleClass().add("canvas-image-label");
        label.setTextOrigin(VPos.CENTER);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setWrappingWidth(Math.max(w - 4, 1));
        label.setX(x + 2);
        label.setY(y + h / 2);
        label.setClip(new Rectangle(x, y, Math.max(w, 0), Math.max(h, 0)));
        getChildren().addAll(box, label);
    }
}
