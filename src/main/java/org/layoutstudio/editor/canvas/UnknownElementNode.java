package org.layoutstudio.editor.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;

/** An element type this program does not know (pretix ignores it when printing): a dashed box with its type. */
final class UnknownElementNode extends ElementNode {
    UnknownElementNode(NodeContext ctx) {
        super(ctx);
    }

    @Override
    protected void draw(Element e) {
        MmBox b = ctx.geometry.boxOf(e);
        double x = NodeContext.pt(b.left());
        double y = ctx.y(b.top());
        getChildren().add(frame(x, y, NodeContext.pt(b.width()), NodeContext.pt(b.height()), "canvas-unknown-frame", false));
        Text t = new Text(x + 2, y + 8, e.typeName().isEmpty() ? ctx.texts.get("editor.canvas.noType") : e.typeName());
        t.setFont(Font.font(6));
        t.getStyleClass().add("canvas-unknown-label");
        getChildren().add(t);
    }
}
