package org.layoutstudio.editor.canvas;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;

/** pretix's "powered by" logo: {@code size} is its height, the width follows the PNG. */
final class LogoElementNode extends ElementNode {
    LogoElementNode(NodeContext ctx) {
        super(ctx);
    }

    @Override
    protected void draw(Element e) {
        MmBox b = ctx.geometry.boxOf(e);
        double h = NodeContext.pt(b.height());
        double w = NodeContext.pt(b.width());
        double x = NodeContext.pt(b.left());
        double y = ctx.y(b.top());
        Image img = ctx.logo(e.content());
        if (img == null) {
            getChildren().add(frame(x, y, w, h, "canvas-placeholder-frame", false));
            return;
        }
        ImageView v = new ImageView(img);
        v.setSmooth(true);
        v.setX(x);
        v.setY(y);
        v.setFitWidth(w);
        v.setFitHeight(h);
        getChildren().add(v);
    }
}
