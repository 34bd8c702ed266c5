package org.layoutstudio.editor.canvas;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
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
            getChildren().add(frame(x, y, size, size, "canvas-placeholder-frame", false));
            Text label = new Text(x + 2, y + 10, ctx.texts.get("editor.canvas.qr", e.content()));
            label.setFont(Font.font(7));
            label.getStyleClass().add("canvas-placeholder-label");
            getChildren().add(label);
            return;
        }
        // one filled path of horizontal runs: crisp at any zoom, no seams between modules
        int n = modules.length;
        double m = size / n;
        Path path = new Path();
        for (int r = 0; r < n; r++) {
            int c = 0;
            while (c < n) {
                if (!modules[r][c]) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < n && modules[r][c]) {
                    c++;
                }
                double x0 = x + start * m;
                double x1 = x + c * m;
                double y0 = y + r * m;
                double y1 = y0 + m;
                path.getElements().addAll(new MoveTo(x0, y0), new LineTo(x1, y0), new LineTo(x1, y1), new LineTo(x0, y1), new ClosePath());
            }
        }
        path.setFill(fx(e.color()));
        path.setStroke(null);
        getChildren().add(path);
    }
}
