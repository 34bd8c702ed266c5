package org.layoutstudio.editor.canvas;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import org.layoutstudio.layout.Element;

/** pretix's "powered by" logo: {@code size} is its height, the width follows the PNG. */
final class LogoElementNode extends ElementNode {
    LogoElementNode(NodeContext ctx) {
        super(ctx);
    }

    @Override
    protected void draw(Element e) {
        double h = NodeContext.pt(e.size());
        double w = h * ElementGeometry.LOGO_ASPECT;
        double x = NodeContext.pt(e.left());
        double y = ctx.y(e.bottom() + e.size());
        Image img = ctx.logo(e.content());
        if (img == null) {
            getChildren().add(frame(x, y, w, h, Color.GRAY, false));
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
