package org.layoutstudio.editor.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.Texts;

/** What element nodes draw with: the page, the geometry, the renderer, fonts, the values, line widths, texts. */
final class NodeContext {
    final CanvasRenderer renderer;
    final FxFonts fonts;
    /** A one-pixel line width in page units (pt), kept up to date with the zoom. */
    final DoubleProperty hairline = new SimpleDoubleProperty(1);
    /** Draws the frames of text and image boxes (helpful while editing; off for print fidelity). */
    final BooleanProperty frames = new SimpleBooleanProperty(true);
    /** The background's pages: what is printable, and the page height nodes draw from. */
    PageGeometry page = PageGeometry.A4_PORTRAIT;
    double pageHeightPt = page.heightPt();
    /** The one element geometry (set by the canvas, with its text heights). */
    ElementGeometry geometry = ElementGeometry.estimating();
    ContentValues values;
    /** The words placeholders are drawn with ("Image" on an empty image box). */
    final Texts texts;

    NodeContext(CanvasRenderer renderer, Texts texts) {
        this.renderer = renderer;
        this.texts = texts;
        this.fonts = new FxFonts(renderer::fontBytes);
        this.values = renderer.sampleValues();
    }

    void setPage(PageGeometry p) {
        page = p;
        pageHeightPt = p.heightPt();
    }

    /** y of a page coordinate (mm from the bottom) in node coordinates (pt from the top). */
    double y(double mmFromBottom) {
        return pageHeightPt - Units.mmToPt(mmFromBottom);
    }

    static double pt(double mm) {
        return Units.mmToPt(mm);
    }

    CanvasText text(Element e) {
        return renderer.layoutText(e, values.textFor(e));
    }

    Font font(String key, double size) {
        return fonts.font(key, size);
    }

    Image logo(String style) {
        return CanvasLogos.of(style);
    }
}
