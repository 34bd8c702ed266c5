package org.layoutstudio.editor.canvas;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.image.WritableImage;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.testfx.api.FxRobot;

/** The canvas at 100 % next to the printed ticket on an empty A4 page: the steps the canvas's fidelity tests share. */
final class CanvasVersusPrint {
    private CanvasVersusPrint() {
    }

    /** The page as the canvas shows it at 100 %, without element frames. */
    static WritableImage canvasAtHundredPercent(FxRobot robot, EditorCanvas canvas) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            canvas.framesVisibleProperty().set(false);
            canvas.setZoom(1);
            shot[0] = canvas.snapshotPage();
        });
        return shot[0];
    }

    /** The ticket the renderer prints for {@code layout} with sample data on an empty A4 page, rasterised at {@code pxPerPt}. */
    static BufferedImage printed(LayoutDocument layout, FontCatalog fonts, BackgroundRaster raster, double pxPerPt) throws RenderException {
        return raster.render(new TicketRenderer(fonts).render(layout, TicketValues.sample(), emptyA4()), 0, pxPerPt);
    }

    private static byte[] emptyA4() {
        try (InputStream in = CanvasVersusPrint.class.getResourceAsStream("/backgrounds/libpretixprint-bg-a4-empty.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
