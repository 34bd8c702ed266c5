package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.model.EditorDocument;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not part of verify (run with {@code -Dtest=WorkspaceScreenshotHarness}): writes
 * {@code docs/editor-workspace.png}, a scene snapshot of the workspace with pretix's default ticket,
 * a text box selected in the inspector and the live preview.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceScreenshotHarness {
    private EditorWorkspace ws;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ws = new EditorWorkspace(WorkspaceServices.standard(null, java.util.ResourceBundle.getBundle("org.layoutstudio.app.messages", java.util.Locale.ENGLISH)));
        scene = new Scene(ws, 1500, 940);
    }

    @Test
    void snapshot() throws Exception {
        fx(ws::newDefaultTicket);
        EditorDocument doc = onFx(ws::currentDocument);
        fx(() -> doc.selection().select(doc.layout().get(4).id()));
        DocumentView view = onFx(() -> ws.views().get(0));
        waitUntil("the preview is rendered", () -> view.preview().scheduler().isCurrent());
        WritableImage img = onFx(() -> scene.snapshot(null));
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Path target = Path.of("docs", "editor-workspace.png");
        Files.createDirectories(target.getParent());
        ImageIO.write(out, "png", target.toFile());
        assertTrue(Files.size(target) > 10_000);
    }
}
