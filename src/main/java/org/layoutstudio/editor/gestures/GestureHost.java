package org.layoutstudio.editor.gestures;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.ui.Texts;

/**
 * What a gesture may do with the canvas it runs on. Screen coordinates are the canvas viewport's
 * pixels; page coordinates are mm from the page's bottom-left corner (pretix's).
 */
public interface GestureHost {
    EditorDocument document();

    ElementGeometry geometry();

    /** 1-based page shown. */
    int page();

    PageGeometry pageGeometry();

    /** Screen pixels per mm at the current zoom. */
    double pxPerMm();

    /** A viewport point in page mm ({x, y}, y up). */
    double[] toMm(double screenX, double screenY);

    /** The topmost element of the shown page under a page point, or null. */
    Element elementAt(double xMm, double yMm);

    /** The handle of the single selected element under a viewport point, or null. */
    Handle handleAt(double screenX, double screenY);

    /** The elements of the shown page (z-order). */
    List<Element> elementsOnPage();

    /** Snapping is on (Alt held during a gesture suspends it). */
    boolean snapping();

    /** Targets for snapping: page, the other elements of the page, the grid if shown. */
    SnapEngine snapEngine(Set<Long> excluding);

    /** Draws the selection's nodes (and their outlines) moved by a distance, without changing the document. */
    void previewTranslate(Collection<Long> ids, double dxMm, double dyMm);

    /** Draws one element as if it were changed (resize, rotate), without changing the document. */
    void previewElement(Element changed);

    /** Ends any preview: everything is drawn from the document again. */
    void endPreview();

    void showGuides(List<SnapEngine.Guide> guides);

    /** Shows the marquee rectangle (viewport pixels), or hides it when {@code box} is null. */
    void showMarquee(double[] box);

    void panBy(double dxPx, double dyPx);

    /** Zooms by a factor keeping the page point under the viewport point in place. */
    void zoomAt(double factor, double screenX, double screenY);

    /** The texts gestures name their undo steps with ("Move element"). */
    Texts texts();

    /** The name of an element's type in the user's language, for undo steps ("Resize text box"). */
    default String typeName(Element e) {
        return texts().get("editor.elementType." + e.type().name());
    }

    /** The box of an element: convenience for gestures. */
    default MmBox boxOf(Element e) {
        return geometry().boxOf(e);
    }
}
