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
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.sandbox.SandboxOptions;
import org.layoutstudio.sandbox.SandboxServer;
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
    private static SandboxServer server;
    private static PretixClient client;
    private final FakeServices fakes = new FakeServices();
    private CertificatesView view;
    private Stage stage;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSandbox() throws IOException {
        server = SandboxServer.start(SandboxOptions.defaults().withCertificatePreparation(Duration.ofMillis(300)));
        client = new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(), server.event(), server.token()));
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        server.close();
    }

    /** Closes the batch window so that later test classes' robots do not meet it. */
    @org.junit.jupiter.api.AfterEach
    void closeBatchWindow() {
        FxWait.closeView(view);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CertificateSource source = new PretixCertificates(client.certificates().withSchedule(List.of(Duration.ofMillis(100))));
        view = new CertificatesView(new PretixAttendees(client), source, fakes.services());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void viewerAndBatch(FxRobot robot) throws Exception {
        FxWait.until("table", 10, () -> view.picker().table().getItems().size() == 30);
        // While pretix prepares: the status line shows the attempt and the time waited, with Cancel.
        server.faults().certificatesNeverReady(true);
        Attendee waiting = FxWait.fx(() -> view.picker().table().getItems().get(0));
        FxWait.run(() -> view.fetch(waiting));
        FxWait.until("polling", 15, () -> view.statusText().contains("attempt 3"), view::statusText);
        Path polling = snapshot(stage.getScene(), "certificates-polling.png");
        assertTrue(colours(polling) > 10);
        FxWait.run(view::cancelFetch);
        server.faults().certificatesNeverReady(false);
        Attendee someone = FxWait.fx(() -> view.picker().table().getItems().get(3));
        FxWait.run(() -> {
            view.picker().table().getSelectionModel().select(someone);
            view.fetch(someone);
        });
        FxWait.until("shown", 15, () -> view.viewer().pageCount() >= 1 && view.viewer().isPageDrawn(0), view::statusText);
        Path shot = snapshot(stage.getScene(), "certificates-viewer.png");
        assertTrue(colours(shot) > 20, "the viewer screenshot has content");

        // A batch into a folder that already holds three of the files; the canceled order's certificate is refused.
        List<Attendee> twelve = FxWait.fx(() -> List.copyOf(view.picker().table().getItems().subList(0, 12)));
        for (int i = 0; i < 3; i++) {
            Files.write(tmp.resolve(twelve.get(i).batchFileName()), TestPdfs.certificate(1, "x"));
        }
        fakes.folderAnswer = tmp;
        FxWait.run(() -> {
            view.picker().table().getSelectionModel().clearSelection();
            view.picker().table().getSelectionModel().selectRange(0, 12);
        });
        robot.clickOn("#tool-certificates-batchSelected");
        FxWait.until("batch done", 30, () -> view.lastBatch() != null && view.lastBatch().batch().finished() && view.lastBatch().isDone(),
                () -> view.lastBatch() == null ? "no batch" : view.lastBatch().summaryText());
        assertTrue(view.lastBatch().failuresText().contains("Downloads are not available for canceled or expired orders."),
                view.lastBatch().failuresText());
        Path batchShot = snapshot(view.lastBatch().getScene(), "certificates-batch.png");
        assertTrue(colours(batchShot) > 10, "the batch screenshot has content");
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
