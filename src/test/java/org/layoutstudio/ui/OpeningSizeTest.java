package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window that a window manager shrinks while it opens (openbox gave 200 × 200 and kept it) goes
 * back to its content's size; once the user has clicked in it, the size is theirs. Headless, the
 * window manager's shrink is played by the test.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningSizeTest {
    private final Stage[] stages = new Stage[2];

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Stage s : stages) {
                if (s != null) {
                    s.close();
                }
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private Stage open(int index, boolean held) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Region content = new Region();
            content.setPrefSize(420, 310);
            Stage s = new Stage();
            s.setScene(new Scene(content));
            if (held) {
                OpeningSize.hold(s);
            }
            s.show();
            stages[index] = s;
            return s;
        }).get(10, TimeUnit.SECONDS);
    }

    private static double[] shrinkTo200(Stage s) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            s.setWidth(200);
            s.setHeight(200);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents(5);
        return WaitForAsyncUtils.asyncFx(() -> new double[] {s.getWidth(), s.getHeight()}).get(10, TimeUnit.SECONDS);
    }

    @Test
    void untouchedItGoesBackToItsContentsSize() throws Exception {
        Stage plain = open(0, false);
        Stage held = open(1, true);
        assertEquals(200, shrinkTo200(plain)[0], 1, "without it the shrink sticks (what users saw)");
        shrinkTo200(held);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> held.getScene().getWidth() >= 419 && held.getScene().getHeight() >= 309);
    }

    @Test
    void onceClickedTheSizeIsTheUsers() throws Exception {
        Stage held = open(0, true);
        WaitForAsyncUtils.asyncFx(() -> held.getScene().getRoot().fireEvent(new MouseEvent(MouseEvent.MOUSE_PRESSED,
                5, 5, 5, 5, MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false,
                null))).get(10, TimeUnit.SECONDS);
        double[] size = shrinkTo200(held);
        assertEquals(200, size[0], 1);
    }
}
