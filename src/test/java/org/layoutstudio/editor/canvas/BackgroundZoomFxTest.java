package org.layoutstudio.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.actions.TextClipboard;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.TextLayoutEngine;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new zoom level shows the nearest rasterised level at once; the sharp one follows. */
@ExtendWith(ApplicationExtension.class)
class BackgroundZoomFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aNewZoomShowsTheNearestLevelAtOnceThenTheSharpOne(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        RendererCanvasRenderer renderer = new RendererCanvasRenderer(new TextLayoutEngine(FontCatalog.builtInOnly()),
                new BackgroundRaster(1, 64L * 1024 * 1024));
        EditorCanvas[] canvas = new EditorCanvas[1];
        robot.interact(() -> {
            canvas[0] = new EditorCanvas(doc, renderer, TextClipboard.inMemory(), new BackgroundTasks(1));
            stage.setScene(new Scene(canvas[0], 900, 700));
            stage.show();
        });
        EditorCanvas c = canvas[0];
        waitForBackground(c);
        Image first = onFx(c::backgroundImage);
        assertNotNull(first, "the first level is drawn");

        Image[] atOnce = new Image[1];
        boolean[] readyAtOnce = new boolean[1];
        robot.interact(() -> {
            c.setZoom(c.getZoom() * 2.2);
            atOnce[0] = c.backgroundImage();
            readyAtOnce[0] = c.backgroundReadyProperty().get();
        });
        assertSame(first, atOnce[0], "the nearest level is shown at once, scaled");
        assertFalse(readyAtOnce[0], "the sharp level is still being drawn");
        waitForBackground(c);
        Image sharp = onFx(c::backgroundImage);
        assertTrue(sharp.getWidth() > first.getWidth() * 1.8, "the sharp level replaced it: " + sharp.getWidth());

        Image[] back = new Image[1];
        robot.interact(() -> {
            c.setZoom(c.getZoom() / 2.2);
            back[0] = c.backgroundImage();
        });
        assertSame(first, back[0], "a level drawn before is shown again without drawing");
        assertEquals(true, onFx(() -> c.backgroundReadyProperty().get()));
    }

    private static void waitForBackground(EditorCanvas canvas) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.backgroundReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> what) throws Exception {
        return WaitForAsyncUtils.asyncFx(what).get(10, TimeUnit.SECONDS);
    }
}
