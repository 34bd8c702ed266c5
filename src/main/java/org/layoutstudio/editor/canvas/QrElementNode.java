package org.layoutstudio.editor.canvas;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.layoutstudio.layout.Element;

/** A real QR code with pretix's error correction and quiet zone, in the element's colour. */
final class QrElementNode extends ElementNode {
    QrElementNode(NodeContext ctx) {
        super(ctx);
    }

    @Override
    protected void draw(Element e) {
        double x = NodeContext.pt(e.left());
        double size = NodeContext.pt(e.size());
        double y = ctx.y(e.bottom() + e.size());
        String content = ctx.values.barcodeFor(e);
        boolean[][] modules = null;
        if (content != null && !content.isEmpty()) {
            try {
                modules = ctx.renderer.qrModules(content, e.noWhitespace());
            } catch (IllegalArgumentException tooLong) {
                modules = null;
            }
        }
        if (modules == null) {
            // pretix prints nothing: show where the code would be
            getChildren().add(frame(x, y, size, size, Color.web("#666666"), false));
            Text label = new Text(x + 2, y + 10, "QR: " + e.content());
            label.setFont(Font.font(7));
            label.setFill(Color.web("#666666"));
            getChildren().add(label);
            return;
        }
        int n = modules.length;
        WritableImage img = new WritableImage(n, n);
        PixelWriter w = img.getPixelWriter();
        Color dark = fx(e.color());
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                w.setColor(c, r, modules[r][c] ? dark : Color.TRANSPARENT);
            }
        }
        ImageView view = new ImageView(img);
        view.setSmooth(false); // sharp modules at any zoom
        view.setX(x);
        view.setY(y);
        view.setFitWidth(size);
        view.setFitHeight(size);
        getChildren().add(view);
    }
}
