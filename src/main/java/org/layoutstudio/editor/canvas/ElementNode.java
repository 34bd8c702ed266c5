package org.layoutstudio.editor.canvas;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.layout.Printability;
import org.layoutstudio.layout.Rgba;

/**
 * One element on the canvas, drawn in page coordinates (pt, y down from the page's top edge). A
 * drag moves it with its translate only; the document changes on release and the node redraws. An
 * element pretix would not print ({@link Printability}) is a ghost: style class {@value #GHOST}
 * and an outline of its box ({@value #GHOST_FRAME}), so that it can still be found and fixed.
 */
public abstract class ElementNode extends Group {
    /** Style class of an element pretix would not print. */
    public static final String GHOST = "element-ghost";
    /** Style class of a ghost's outline. */
    public static final String GHOST_FRAME = "element-ghost-frame";
    /** The smallest box shown and hit on the canvas, mm (a size 0 would leave nothing to see or click). */
    static final double FINDABLE_MM = 6;

    protected final NodeContext ctx;
    private Element element;

    protected ElementNode(NodeContext ctx) {
        this.ctx = ctx;
        setManaged(false);
        setPickOnBounds(false);
        setMouseTransparent(true); // the canvas hit-tests in mm itself
    }

    public Element element() {
        return element;
    }

    /** Draws the element (after a change, or with other values). */
    public final void show(Element e) {
        this.element = e;
        setTranslateX(0);
        setTranslateY(0);
        getChildren().clear();
        getTransforms().clear();
        draw(e);
        boolean ghost = !Printability.printable(e, ctx.page);
        getStyleClass().remove(GHOST);
        if (ghost) {
            getStyleClass().add(GHOST);
            getChildren().add(ghostFrame(e));
        }
    }

    /** True when pretix would not print the element shown. */
    public boolean isGhost() {
        return getStyleClass().contains(GHOST);
    }

    /** The element's (turned) box, outlined; its look comes from the stylesheet. */
    private Polygon ghostFrame(Element e) {
        Polygon p = new Polygon();
        for (double[] c : findable(ctx.geometry.boxOf(e)).corners()) {
            p.getPoints().addAll(NodeContext.pt(c[0]), ctx.y(c[1]));
        }
        p.setFill(null);
        p.strokeWidthProperty().bind(ctx.hairline.multiply(2));
        p.getStyleClass().add(GHOST_FRAME);
        return p;
    }

    protected abstract void draw(Element e);

    /**
     * A box at least {@link #FINDABLE_MM} on each side, grown about its centre: an element of size 0
     * is still seen (as a ghost) and hit by a click.
     */
    static MmBox findable(MmBox b) {
        double w = Math.max(b.width(), FINDABLE_MM);
        double h = Math.max(b.height(), FINDABLE_MM);
        if (w == b.width() && h == b.height()) {
            return b;
        }
        return new MmBox(b.left() - (w - b.width()) / 2, b.bottom() - (h - b.height()) / 2, w, h, b.rotation());
    }

    /**
     * A thin dashed outline of a box in page pt, one pixel wide at any zoom, coloured by the
     * stylesheet's {@code styleClass}; {@code optional}: hidden when the canvas hides box frames
     * (print fidelity).
     */
    protected Rectangle frame(double x, double y, double w, double h, String styleClass, boolean optional) {
        Rectangle r = new Rectangle(x, y, Math.max(w, 0), Math.max(h, 0));
        r.setFill(null);
        r.getStyleClass().add(styleClass);
        r.strokeWidthProperty().bind(ctx.hairline);
        r.getStrokeDashArray().setAll(4.0, 3.0);
        if (optional) {
            r.visibleProperty().bind(ctx.frames);
        }
        return r;
    }

    static Color fx(Rgba c) {
        return Color.rgb(clamp(c.r()), clamp(c.g()), clamp(c.b()));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The node for an element of any type. */
    static ElementNode create(NodeContext ctx, Element e) {
        ElementNode n = switch (e.type()) {
            case TEXTCONTAINER, TEXTAREA -> new TextElementNode(ctx);
            case BARCODEAREA -> new QrElementNode(ctx);
            case IMAGEAREA -> new ImageElementNode(ctx);
            case POWEREDBY -> new LogoElementNode(ctx);
            default -> new UnknownElementNode(ctx);
        };
        n.show(e);
        return n;
    }
}
