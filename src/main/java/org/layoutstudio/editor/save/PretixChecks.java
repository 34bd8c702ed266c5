package org.layoutstudio.editor.save;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Preflight;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderedGeometry;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundPdf;

/**
 * pretix's schema (errors: pretix would refuse the layout) and the preflight on the background's
 * pages as pretix prints them (warnings), legacy texts measured by the canvas's own text layout.
 */
public final class PretixChecks implements LayoutChecks {
    private final LayoutValidator validator = LayoutValidator.pretix();
    private final Preflight preflight;

    public PretixChecks() {
        this(new Preflight(Set.of(), RenderedGeometry.of(() -> RendererCanvasRenderer.shared().engine(), TicketValues.sample())));
    }

    public PretixChecks(Preflight preflight) {
        this.preflight = preflight;
    }

    @Override
    public List<Finding> check(LayoutDocument layout, byte[] backgroundPdf) {
        List<Finding> out = new ArrayList<>();
        validator.validate(layout).findings().forEach(f -> out.add(convert(f)));
        PageGeometry page = null;
        if (backgroundPdf != null) {
            try {
                page = BackgroundPdf.read(backgroundPdf);
            } catch (RenderException e) {
                out.add(Finding.warning(e.getMessage()));
            }
        }
        preflight.check(layout, page).findings().forEach(f -> out.add(convert(f)));
        return out;
    }

    private static Finding convert(org.layoutstudio.layout.Finding f) {
        String s = f.toString();
        s = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return new Finding(f.isError() ? Finding.Severity.ERROR : Finding.Severity.WARNING, s);
    }
}
