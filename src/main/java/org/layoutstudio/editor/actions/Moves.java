package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.layout.Element;

/** Moving elements by a distance in mm, written with two decimals as pretix's editor does. */
public final class Moves {
    private Moves() {
    }

    public static Element translate(Element e, double dxMm, double dyMm) {
        return e.withPosition(e.left() + dxMm, e.bottom() + dyMm);
    }

    public static List<Element> translate(List<Element> elements, double dxMm, double dyMm) {
        List<Element> out = new ArrayList<>(elements.size());
        for (Element e : elements) {
            out.add(translate(e, dxMm, dyMm));
        }
        return out;
    }
}
