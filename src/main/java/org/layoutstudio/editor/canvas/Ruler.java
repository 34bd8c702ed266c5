package org.layoutstudio.editor.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A ruler in mm along the top or the left edge of the canvas, following zoom and pan. The left ruler
 * counts from the page's bottom edge upwards, like pretix's {@code bottom} values.
 */
final class Ruler extends Canvas {
    static final double THICKNESS = 22;
    private static final double[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500};
    private static final Font FONT = Font.font(9);

    private final boolean horizontal;

    Ruler(boolean horizontal) {
        this.horizontal = horizontal;
    }

    /**
     * Redraws: {@code zeroPx} is where 0 mm is on screen (for the left ruler, the page's bottom
     * edge), {@code pxPerMm} the scale, {@code pageMm} the page's extent along this ruler.
     */
    void draw(double zeroPx, double pxPerMm, double pageMm) {
        GraphicsContext g = getGraphicsContext2D();
        double len = horizontal ? getWidth() : getHeight();
        g.setFill(Color.web("#f3f4f6"));
        g.fillRect(0, 0, getWidth(), getHeight());
        // the page's extent in white
        double a = zeroPx;
        double b = horizontal ? zeroPx + pageMm * pxPerMm : zeroPx - pageMm * pxPerMm;
        g.setFill(Color.WHITE);
        if (horizontal) {
            g.fillRect(Math.min(a, b), 0, Math.abs(b - a), THICKNESS);
        } else {
            g.fillRect(0, Math.min(a, b), THICKNESS, Math.abs(b - a));
        }
        g.setStroke(Color.web("#c4c8cf"));
        g.setLineWidth(1);
        if (horizontal) {
            g.strokeLine(0, THICKNESS - 0.5, len, THICKNESS - 0.5);
        } else {
            g.strokeLine(THICKNESS - 0.5, 0, THICKNESS - 0.5, len);
        }
        double major = STEPS[STEPS.length - 1];
        for (double s : STEPS) {
            if (s * pxPerMm >= 48) {
                major = s;
                break;
            }
        }
        double minor = major / (major == 1 || major == 10 || major == 100 ? 10 : major == 2 || major == 20 || major == 200 ? 4 : 5);
        if (minor * pxPerMm < 4) {
            minor = major / 2;
        }
        double sign = horizontal ? 1 : -1;
        double firstMm = horizontal ? Math.floor(-zeroPx / pxPerMm / minor) * minor : Math.floor((zeroPx - len) / pxPerMm / minor) * minor;
        double lastMm = firstMm + len / pxPerMm + minor;
        g.setFill(Color.web("#4b5563"));
        g.setStroke(Color.web("#6b7280"));
        g.setFont(FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (double mm = firstMm; mm <= lastMm; mm += minor) {
            double px = Math.round(zeroPx + sign * mm * pxPerMm) + 0.5;
            boolean isMajor = Math.abs(mm / major - Math.rint(mm / major)) < 1e-6;
            double tick = isMajor ? THICKNESS * 0.6 : THICKNESS * 0.25;
            if (horizontal) {
                g.strokeLine(px, THICKNESS - tick, px, THICKNESS);
                if (isMajor) {
                    g.fillText(label(mm), px + 2, 2);
                }
            } else {
                g.strokeLine(THICKNESS - tick, px, THICKNESS, px);
                if (isMajor && px > 24) { // room for the label above the tick
                    g.save();
                    g.translate(2, px - 2);
                    g.rotate(-90);
                    g.fillText(label(mm), 0, 0);
                    g.restore();
                }
            }
        }
    }

    private static String label(double mm) {
        long r = Math.round(mm);
        return Long.toString(r);
    }
}
