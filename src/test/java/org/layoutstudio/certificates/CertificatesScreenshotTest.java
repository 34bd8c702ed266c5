package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Scene snapshots of the viewer and the batch window, written to {@code target/screenshots/}
 * (copied by hand into {@code docs/} for the README). Asserts that they are not blank.
 */
@ExtendWith(ApplicationExtension.class)
class CertificatesScreenshotTest {
    private final FakeDirectory directory = new FakeDirectory(30);
    private final ScriptedSource source = new ScriptedSource(true);
    private final FakeServices fakes = new FakeServices();
    private CertificatesView view;
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new CertificatesView(directory, source, fakes.services());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void viewerAndBatch(FxRobot robot) throws Exception {
        FxWait.until("table", 10, () -> view.picker().table().getItems().size() == 30);
        source.names = id -> directory.byId(id).map(Attendee::name).orElse("?");
        Attendee grace = directory.all.get(1);
        source.prepares(grace.positionId(), 0);
        FxWait.run(() -> {
            view.picker().table().getSelectionModel().select(grace);
            view.fetch(grace);
        });
        FxWait.until("shown", 10, () -> view.viewer().pageCount() == 1 && view.viewer().isPageDrawn(0));
        Path shot = snapshot(stage.getScene(), "certificates-viewer.png");
        assertTrue(colours(shot) > 20, "the viewer screenshot has content");

        // A batch caught in the middle: some already there, one refused, two being prepared.
        for (int i = 0; i < 3; i++) {
            Files.write(tmp.resolve(directory.all.get(i).batchFileName()), TestPdfs.certificate(1, "x"));
        }
        source.defaultPrepares = 2;
        source.fail(directory.all.get(4).positionId(), new CertificateProblem(CertificateProblem.Kind.REFUSED,
                "Downloads are not available for canceled or expired orders."));
        fakes.folderAnswer = tmp;
        FxWait.run(() -> view.picker().table().getSelectionModel().selectRange(0, 12));
        robot.clickOn("#batchSelected");
        FxWait.until("batch open", 10, () -> view.lastBatch() != null);
        source.release(13);
        FxWait.until("mixed states", 15, () -> view.lastBatch().rows().stream().anyMatch(r -> r.state() == BatchDownload.State.FAILED)
                && view.lastBatch().rows().stream().filter(r -> r.state() == BatchDownload.State.FETCHING).count() == 2
                && source.waitingPolls() == 2, () -> view.lastBatch().summaryText());
        assertTrue(view.lastBatch().failuresText().contains("Downloads are not available for canceled or expired orders."),
                view.lastBatch().failuresText());
        Path batchShot = snapshot(view.lastBatch().getScene(), "certificates-batch.png");
        assertTrue(colours(batchShot) > 10, "the batch screenshot has content");
        source.release(100);
        FxWait.until("batch done", 15, () -> view.lastBatch().batch().finished() && view.lastBatch().isDone());
        Path doneShot = snapshot(view.lastBatch().getScene(), "certificates-batch-done.png");
        assertTrue(colours(doneShot) > 10);
    }

    private static Path snapshot(Scene scene, String name) throws Exception {
        WritableImage img = FxWait.fx(() -> scene.snapshot(null));
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    private static int colours(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
