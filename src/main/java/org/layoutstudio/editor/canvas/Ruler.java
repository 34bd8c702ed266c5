package org.layoutstudio.editor.canvas;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A ruler in mm along the top or the left edge of the canvas, following zoom and pan. The left ruler
 * counts from the page's bottom edge upwards, like pretix's {@code bottom} values. Its colours and
 * font are the stylesheet's ({@code .ruler}: the background, and {@code -ruler-page},
 * {@code -ruler-line}, {@code -ruler-tick}, {@code -ruler-label}, {@code -ruler-font}), so that it
 * follows the theme.
 */
final class Ruler extends Region {
    static final double THICKNESS = 22;
    private static final double[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500};
    /** Major ticks are at least this many pixels apart, so that their labels fit. */
    private static final double MAJOR_MIN_PX = 48;
    /** Minor ticks closer than this (px) are thinned out. */
    private static final double MINOR_MIN_PX = 4;

    private static final StyleablePropertyFactory<Ruler> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<Ruler, Paint> PAGE = STYLES.createPaintCssMetaData("-ruler-page", r -> r.pageFill);
    private static final CssMetaData<Ruler, Paint> LINE = STYLES.createPaintCssMetaData("-ruler-line", r -> r.lineStroke);
    private static final CssMetaData<Ruler, Paint> TICK = STYLES.createPaintCssMetaData("-ruler-tick", r -> r.tickStroke);
    private static final CssMetaData<Ruler, Paint> LABEL = STYLES.createPaintCssMetaData("-ruler-label", r -> r.labelFill);
    private static final CssMetaData<Ruler, Font> FONT = STYLES.createFontCssMetaData("-ruler-font", r -> r.font);

    private final StyleableObjectProperty<Paint> pageFill = new SimpleStyleableObjectProperty<>(PAGE, this, "pageFill");
    private final StyleableObjectProperty<Paint> lineStroke = new SimpleStyleableObjectProperty<>(LINE, this, "lineStroke");
    private final StyleableObjectProperty<Paint> tickStroke = new SimpleStyleableObjectProperty<>(TICK, this, "tickStroke");
    private final StyleableObjectProperty<Paint> labelFill = new SimpleStyleableObjectProperty<>(LABEL, this, "labelFill");
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font");

    private final boolean horizontal;
    private final Canvas canvas = new Canvas();
    private double zeroPx;
    private double pxPerMm = 1;
    private double pageMm;

    Ruler(boolean horizontal) {
        this.horizontal = horizontal;
        getStyleClass().add("ruler");
        getChildren().add(canvas);
        for (var p : List.of(pageFill, lineStroke, tickStroke, labelFill, font)) {
            p.addListener(o -> redraw());
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /**
     * Redraws: {@code zeroPx} is where 0 mm is on screen (for the left ruler, the page's bottom
     * edge), {@code pxPerMm} the scale, {@code pageMm} the page's extent along this ruler.
     */
    void draw(double zeroPx, double pxPerMm, double pageMm) {
        this.zeroPx = zeroPx;
        this.pxPerMm = pxPerMm;
        this.pageMm = pageMm;
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0 || pxPerMm <= 0) {
            return;
        }
        double len = horizontal ? w : h;
        // the page's extent, set off from the background
        double a = zeroPx;
        double b = horizontal ? zeroPx + pageMm * pxPerMm : zeroPx - pageMm * pxPerMm;
        g.setFill(pageFill.get());
        if (horizontal) {
            g.fillRect(Math.min(a, b), 0, Math.abs(b - a), THICKNESS);
        } else {
            g.fillRect(0, Math.min(a, b), THICKNESS, Math.abs(b - a));
        }
        g.setStroke(lineStroke.get());
        g.setLineWidth(1);
        if (horizontal) {
            g.strokeLine(0, THICKNESS - 0.5, len, THICKNESS - 0.5);
        } else {
            g.strokeLine(THICKNESS - 0.5, 0, THICKNESS - 0.5, len);
        }
        double major = STEPS[STEPS.length - 1];
        for (double s : STEPS) {
            if (s * pxPerMm >= MAJOR_MIN_PX) {
                major = s;
                break;
            }
        }
        double minor = major / (major == 1 || major == 10 || major == 100 ? 10 : major == 2 || major == 20 || major == 200 ? 4 : 5);
        if (minor * pxPerMm < MINOR_MIN_PX) {
            minor = major / 2;
        }
        double sign = horizontal ? 1 : -1;
        double firstMm = horizontal ? Math.floor(-zeroPx / pxPerMm / minor) * minor : Math.floor((zeroPx - len) / pxPerMm / minor) * minor;
        double lastMm = firstMm + len / pxPerMm + minor;
        g.setFill(labelFill.get());
        g.setStroke(tickStroke.get());
        if (font.get() != null) {
            g.setFont(font.get());
        }
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
        return Long.toString(Math.round(mm));
    }
}
