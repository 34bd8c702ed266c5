package org.layoutstudio.render;

import java.util.function.Supplier;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.text.TextLayoutEngine;

/** The layout's element geometry with legacy texts as tall as this renderer lays them out. */
public final class RenderedGeometry {
    private RenderedGeometry() {
    }

    /**
     * Legacy texts measured with {@code values} (sample values for checks). The engine is made once,
     * when the first legacy text is measured (building a font catalogue takes a moment).
     */
    public static ElementGeometry of(Supplier<TextLayoutEngine> engine, TicketValues values) {
        Supplier<TextLayoutEngine> once = new Supplier<>() {
            private TextLayoutEngine made;

            @Override
            public synchronized TextLayoutEngine get() {
                if (made == null) {
                    made = engine.get();
                }
                return made;
            }
        };
        return ElementGeometry.measuring(e -> Units.ptToMm(once.get().layout(e, values.textFor(e)).height()));
    }
}
