package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.sandbox.SandboxOptions;
import org.layoutstudio.sandbox.SandboxServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The viewer in German over the sandbox (real HTTP): with a certificate shown, after pretix refused
 * one (403), and in the batch window, every text on screen (labels, buttons, tooltips, prompts,
 * column headers, placeholders, overflowed toolbar items) is from the German bundle or is data.
 */
@ExtendWith(ApplicationExtension.class)
class CertificatesGermanTest {
    private static final ResourceBundle DE = TestTexts.german();
    private static SandboxServer server;
    private static PretixClient client;
    private final FakeServices fakes = new FakeServices();
    private CertificatesView view;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSandbox() throws IOException {
        server = SandboxServer.start(SandboxOptions.defaults().withCertificatePreparation(Duration.ofMillis(200)));
        client = new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(), server.event(), server.token()));
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        server.close();
    }

    @AfterEach
    void closeBatchWindow() {
        FxWait.closeView(view);
    }

    @Start
    void start(Stage stage) {
        CertificateSource source = new PretixCertificates(client.certificates().withSchedule(List.of(Duration.ofMillis(100))));
        view = new CertificatesView(new PretixAttendees(client), source, fakes.services(DE));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void everyTextIsGermanOrData(FxRobot robot) {
        FxWait.until("attendees", 10, () -> view.picker().table().getItems().size() == 30);
        assertNothingForeign("before any fetch", view);

        Attendee someone = FxWait.fx(() -> view.picker().table().getItems().stream()
                .filter(a -> a.positionId() != server.state().canceledPositionId()).findFirst().orElseThrow());
        FxWait.run(() -> view.picker().table().getSelectionModel().select(someone));
        robot.clickOn("#tool-certificates-fetch");
        FxWait.until("shown", 15, () -> view.viewer().pageCount() == 1 && view.viewer().isPageDrawn(0), view::statusText);
        assertTrue(view.statusText().startsWith("Fertig: " + someone.displayName()), view.statusText());
        assertNothingForeign("a certificate shown", view);

        Attendee refused = FxWait.fx(() -> view.picker().table().getItems().stream()
                .filter(a -> a.positionId() == server.state().canceledPositionId()).findFirst().orElseThrow());
        FxWait.run(() -> view.fetch(refused));
        FxWait.until("refused", 15, () -> view.statusIsError(), view::statusText);
        assertEquals(DE.getString("certificates.error.pretix.forbidden.todo"), FxWait.fx(view::statusHint));
        assertTrue(view.statusText().contains("pretix meldet: Downloads are not available"), view.statusText());
        assertEquals(0, FxWait.fx(() -> view.viewer().pageCount()));
        assertNothingForeign("after pretix refused", view);

        fakes.folderAnswer = tmp;
        FxWait.run(() -> view.picker().table().getSelectionModel().selectRange(0, 4));
        robot.clickOn("#tool-certificates-batchSelected");
        FxWait.until("batch done", 30, () -> view.lastBatch() != null && view.lastBatch().isDone(),
                () -> view.lastBatch() == null ? "no batch" : view.lastBatch().summaryText());
        assertTrue(view.lastBatch().summaryText().matches("\\d gespeichert, 0 schon vorhanden.*"), view.lastBatch().summaryText());
        assertNothingForeign("the batch window", view.lastBatch());
    }

    @Test
    void theJudgeRejectsEnglish() {
        ShownTexts judge = judge();
        assertFalse(judge.accepted("Save…"));
        assertFalse(judge.accepted("No certificate shown."));
        assertFalse(judge.accepted("Ada Lovelace (#12): pretix says: Not found."), "a German pattern filled with English");
        assertTrue(judge.accepted("Speichern…"));
        assertTrue(judge.accepted("Fertig: Ada Lovelace (#12) – a.pdf, 2 Seiten"));
        assertTrue(judge.accepted("Vergrößern  (Ctrl+Alt++)"));
    }

    private ShownTexts judge() {
        List<String> data = new ArrayList<>(List.of("Downloads are not available for canceled or expired orders.",
                tmp.toString(), "Ada Lovelace", "a.pdf"));
        for (Attendee a : FxWait.fx(() -> List.copyOf(view.picker().table().getItems()))) {
            data.addAll(List.of(a.displayName(), a.name(), a.email(), a.orderCode(), a.product(), a.batchFileName()));
        }
        data.add(FxWait.fx(() -> view.viewer().fileName()));
        return new ShownTexts(DE).data(data);
    }

    private void assertNothingForeign(String when, Node root) {
        ShownTexts judge = judge();
        List<String> all = FxWait.fx(() -> ShownTexts.collect(root));
        List<String> foreign = FxWait.fx(() -> judge.foreign(root));
        assertTrue(all.size() > 10, when + ": the walk saw the texts: " + all);
        assertEquals(List.of(), foreign, when + ": texts neither from the German bundle nor data");
    }
}
