package org.layoutstudio.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The logos are decoded once, off the FX thread too, and shared by every canvas. */
@ExtendWith(ApplicationExtension.class)
class CanvasLogosTest {

    @Test
    void preparedOffTheFxThreadAndSharedAfterwards() throws Exception {
        Thread beside = new Thread(CanvasLogos::prepare, "test-logos");
        beside.start();
        beside.join();
        Image dark = CanvasLogos.of("dark");
        Image white = CanvasLogos.of("white");
        assertNotNull(dark);
        assertNotNull(white);
        assertNotSame(dark, white);
        assertEquals(1024, dark.getWidth(), "pretix's logo file, whole");
        assertSame(dark, CanvasLogos.of("dark"), "decoded once");
        assertSame(dark, CanvasLogos.of("anything else"), "any other style is the dark logo, as pretix draws it");
    }
}
