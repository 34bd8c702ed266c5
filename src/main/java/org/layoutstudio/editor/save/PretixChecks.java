package org.layoutstudio.editor.save;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.layout.Message;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Preflight;
import org.layoutstudio.layout.PretixVersion;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderedGeometry;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundPdf;

/**
 * pretix's schema (errors: pretix would refuse the layout) and the preflight on the background's
 * pages as pretix prints them (warnings), legacy texts measured by the canvas's own text layout;
 * for a server whose pretix version is known, also where that version prints differently.
 */
public final class PretixChecks implements LayoutChecks {
    private final Preflight preflight;

    public PretixChecks() {
        this(new Preflight(Set.of(), RenderedGeometry.of(() -> RendererCanvasRenderer.shared().engine(), TicketValues.sample())));
    }

    public PretixChecks(Preflight preflight) {
        this.preflight = preflight;
    }

    @Override
    public List<Finding> check(LayoutDocument layout, byte[] backgroundPdf) {
        return check(layout, backgroundPdf, null);
    }

    @Override
    public List<Finding> check(LayoutDocument layout, byte[] backgroundPdf, PretixVersion server) {
        // the schema validator is made at the first check (a save, the source view), not while the editor loads:
        // the first one costs 0.1 s of CPU, in the middle of the app's start
        List<Finding> out = new ArrayList<>(LayoutValidator.pretix().validate(layout).findings());
        PageGeometry page = null;
        if (backgroundPdf != null) {
            try {
                page = BackgroundPdf.read(backgroundPdf);
            } catch (RenderException e) {
                out.add(Finding.warning(Message.of("layout.check.background", e.getMessage())));
            }
        }
        out.addAll((server == null ? preflight : preflight.forServer(server)).check(layout, page).findings());
        return out;
    }
}
