package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
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
 * The viewer end to end: real HTTP against the sandbox server through the real pretix client.
 * Preparation and polling are shortened (0.4 s, polls every 0.1 s) so that the class runs in seconds.
 */
@ExtendWith(ApplicationExtension.class)
class CertificatesSandboxTest {
    private static final List<Duration> QUICK_POLLS = List.of(Duration.ofMillis(100));
    private static SandboxServer server;
    private static PretixClient client;

    private final FakeServices fakes = new FakeServices();
    private final List<String> statusHistory = new CopyOnWriteArrayList<>();
    private final CertificateActions actions = new CertificateActions();
    private CertificatesView view;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSandbox() throws IOException {
        server = SandboxServer.start(SandboxOptions.defaults().withCertificatePreparation(Duration.ofMillis(400)));
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
        server.faults().clear();
        server.setCertificatePreparation(Duration.ofMillis(400));
        view = viewWith(client, Duration.ofSeconds(20));
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private CertificatesView viewWith(PretixClient c, Duration timeLimit) {
        CertificateSource source = new PretixCertificates(c.certificates().withSchedule(QUICK_POLLS).withTimeLimit(timeLimit));
        CertificatesView v = new CertificatesView(new PretixAttendees(c), source, fakes.services(), actions);
        v.statusTextProperty().addListener((o, a, b) -> statusHistory.add(b));
        return v;
    }

    private Attendee attendee(long id) {
        FxWait.until("attendees loaded", 10, () -> view.picker().table().getItems().size() == 30,
                () -> view.picker().table().getItems().size() + " rows");
        return FxWait.fx(() -> view.picker().table().getItems().stream().filter(a -> a.positionId() == id).findFirst().orElseThrow());
    }

    private void fetch(FxRobot robot, Attendee a) {
        FxWait.run(() -> view.picker().table().getSelectionModel().select(a));
        robot.clickOn("#tool-certificates-fetch");
    }

    private void waitForStatus(String part) {
        FxWait.until("status contains '" + part + "'", 15, () -> view.statusText().contains(part), view::statusText);
    }

    private int firstActiveId() {
        return server.state().attendees().stream().filter(a -> !a.canceled()).findFirst().orElseThrow().positionId();
    }

    @Test
    void oneCertificateAfterSeveral409s(FxRobot robot) {
        Attendee a = attendee(firstActiveId());
        fetch(robot, a);
        FxWait.until("pages shown", 15, () -> view.viewer().pageCount() >= 1 && view.viewer().isPageDrawn(0), view::statusText);
        waitForStatus("Ready");
        long polls = statusHistory.stream().filter(s -> s.contains("Being prepared – attempt")).map(s -> s.replaceAll(".*attempt (\\d+).*", "$1")).distinct().count();
        assertTrue(polls >= 2, "several polls shown: " + statusHistory);
        assertTrue(statusHistory.get(0).contains("Asking"), statusHistory.toString());
        int conflicts = server.requests().count(r -> r.path().endsWith("/certificate/") && r.status() == 409);
        assertTrue(conflicts >= 2, "the sandbox answered 409 several times: " + conflicts);
        String name = FxWait.fx(() -> view.viewer().fileName());
        assertTrue(name.startsWith("DEMOCON-" + a.orderCode() + "-") && name.endsWith("-certificate.pdf"), name);
        assertFalse(FxWait.fx(() -> view.statusIsError()));
    }

    @Test
    void cancelWhilePolling(FxRobot robot) {
        server.faults().certificatesNeverReady(true);
        fetch(robot, attendee(firstActiveId()));
        waitForStatus("attempt 2");
        robot.clickOn("#cancelFetch");
        waitForStatus("Cancelled");
        assertFalse(FxWait.fx(() -> view.fetchingProperty().get()));
        assertEquals(0, FxWait.fx(() -> view.viewer().pageCount()));
        assertFalse(FxWait.fx(() -> view.statusIsError()));
    }

    @Test
    void a403ClearsThePreviousCertificateAndSaysWhy(FxRobot robot) {
        Attendee fine = attendee(firstActiveId());
        fetch(robot, fine);
        FxWait.until("first certificate shown", 15, () -> view.viewer().pageCount() >= 1, view::statusText);
        assertTrue(FxWait.fx(() -> actions.get(ViewerCommand.SAVE).enabledProperty().get()));

        fetch(robot, attendee(server.state().canceledPositionId()));
        waitForStatus("pretix says: Downloads are not available for canceled or expired orders.");
        assertTrue(FxWait.fx(() -> view.statusIsError()));
        assertEquals(TestTexts.en("certificates.error.pretix.forbidden.todo"), FxWait.fx(() -> view.statusHint()));
        assertEquals(0, FxWait.fx(() -> view.viewer().pageCount()), "the previous attendee's certificate is gone");
        assertEquals(null, FxWait.fx(() -> view.shownFile()));
        assertEquals("No certificate shown: " + TestTexts.en("certificates.error.pretix.forbidden.title") + ".",
                FxWait.fx(() -> view.viewer().placeholderText()));
        for (ViewerCommand c : List.of(ViewerCommand.SAVE, ViewerCommand.OPEN, ViewerCommand.PRINT, ViewerCommand.ZOOM_IN)) {
            assertFalse(FxWait.fx(() -> actions.get(c).enabledProperty().get()), c + " is off");
            assertTrue(FxWait.fx(() -> robot.lookup("#tool-" + actions.get(c).nodeId()).query().isDisabled()), c + " button");
        }
    }

    @Test
    void unknownPositionSaysNotFoundAndNamesThePlugin(FxRobot robot) {
        attendee(firstActiveId());
        FxWait.run(() -> view.fetch(new Attendee(987654, "ZZZZZ", "Nobody", "", "", false)));
        waitForStatus("Nobody (#987654): pretix says:");
        assertTrue(FxWait.fx(() -> view.statusIsError()));
        assertEquals(TestTexts.en("certificates.error.pretix.notFound.todo"), FxWait.fx(() -> view.statusHint()));
    }

    @Test
    void neverReadyTimesOut(FxRobot robot) {
        server.faults().certificatesNeverReady(true);
        CertificatesView quick = FxWait.fx(() -> viewWith(client, Duration.ofMillis(700)));
        FxWait.run(() -> view.getScene().setRoot(quick));
        view = quick;
        fetch(robot, attendee(firstActiveId()));
        waitForStatus(TestTexts.en("certificates.error.pretix.notReady.what"));
        assertEquals(TestTexts.en("certificates.error.pretix.notReady.todo"), FxWait.fx(() -> view.statusHint()));
        assertTrue(statusHistory.stream().anyMatch(s -> s.contains("Being prepared")), statusHistory.toString());
    }

    @Test
    void networkDownSaysSo(FxRobot robot) throws IOException {
        int port;
        try (SandboxServer gone = SandboxServer.start()) {
            port = gone.port();
        }
        PretixClient offline = PretixClient.builder(PretixConnection.withToken("http://127.0.0.1:" + port, "demo", "democon", "x"))
                .retryPolicy(org.layoutstudio.pretix.RetryPolicy.none()).build();
        CertificatesView down = FxWait.fx(() -> viewWith(offline, Duration.ofSeconds(5)));
        FxWait.run(() -> view.getScene().setRoot(down));
        view = down;
        String noConnection = TestTexts.en("error.pretix.offline.what");
        FxWait.until("search failed", 10, () -> view.picker().statusText().contains(noConnection), view.picker()::statusText);
        FxWait.run(() -> view.fetch(new Attendee(1, "ABCDE", "Someone", "", "", false)));
        waitForStatus("Someone (#1): " + noConnection);
        offline.close();
    }

    @Test
    void windowStaysResponsiveWhileADownloadPolls(FxRobot robot) {
        server.faults().certificatesNeverReady(true);
        fetch(robot, attendee(firstActiveId()));
        waitForStatus("attempt 2");
        String someone = server.state().attendees().get(12).name().split(" ")[1];
        robot.clickOn("#attendeeSearch").write(someone);
        FxWait.until("search answered while polling", 15, () -> !view.picker().table().getItems().isEmpty()
                && view.picker().table().getItems().size() < 30
                && view.picker().table().getItems().stream().allMatch(x -> x.name().contains(someone) || x.email().contains(someone.toLowerCase())));
        assertTrue(FxWait.fx(() -> view.fetchingProperty().get()), "still polling");
        assertTrue(view.statusText().contains("Being prepared"), view.statusText());
        server.faults().certificatesNeverReady(false);
        FxWait.until("pages shown", 15, () -> view.viewer().pageCount() >= 1);
    }

    @Test
    void batchOfTwentyWithOneFailureAndItsRetry(FxRobot robot) throws IOException {
        server.setCertificatePreparation(Duration.ofMillis(100));
        attendee(firstActiveId());
        List<Attendee> twenty = FxWait.fx(() -> view.picker().table().getItems().subList(0, 20).stream().toList());
        long canceled = server.state().canceledPositionId();
        assertTrue(twenty.stream().anyMatch(a -> a.positionId() == canceled), "the canceled position is among the twenty");
        // Two 429s on the way: the client waits them out (Retry-After: 1) and nothing fails because of them.
        server.faults().throttleNext(2, 1);
        fakes.folderAnswer = tmp;
        FxWait.run(() -> twenty.forEach(a -> view.picker().table().getSelectionModel().select(a)));
        robot.clickOn("#tool-certificates-batchSelected");
        FxWait.until("batch done", 30, () -> view.lastBatch() != null && view.lastBatch().batch().finished() && view.lastBatch().isDone(),
                () -> view.lastBatch() == null ? "no batch" : view.lastBatch().summaryText());
        BatchDownloadPane batch = view.lastBatch();
        assertTrue(batch.summaryText().startsWith("19 saved, 0 already there, 1 failed"), batch.summaryText());
        assertTrue(batch.failuresText().contains("Downloads are not available for canceled or expired orders."), batch.failuresText());
        assertEquals(2, server.requests().count(r -> r.status() == 429), "both 429s were met");
        try (var files = Files.list(tmp)) {
            assertEquals(19, files.filter(p -> p.toString().endsWith(".pdf")).count());
        }
        int before = server.requests().count();
        // The batch window is a second stage; fire its button directly rather than aim the robot at it.
        FxWait.run(() -> ((javafx.scene.control.Button) batch.lookup("#batchRetry")).fire());
        FxWait.until("retry done", 15, () -> batch.batch().finished() && batch.isDone() && server.requests().count() > before);
        var retried = server.requests().all().subList(before, server.requests().count());
        assertTrue(retried.stream().allMatch(r -> r.path().contains("/orderpositions/" + canceled + "/")),
                "only the failed one was asked again: " + retried);
        assertTrue(batch.summaryText().startsWith("19 saved, 0 already there, 1 failed"), batch.summaryText());

        // Resuming into the same folder: the nineteen files are "already there", nothing is fetched for them.
        int beforeResume = server.requests().count();
        BatchDownloadPane again = FxWait.fx(() -> new BatchDownloadPane(new PretixCertificates(client.certificates()
                .withSchedule(QUICK_POLLS)), tmp, twenty, TestTexts.english()));
        FxWait.run(again::start);
        FxWait.until("resume done", 15, () -> again.batch().finished() && again.isDone(), again::summaryText);
        assertTrue(again.summaryText().startsWith("0 saved, 19 already there, 1 failed"), again.summaryText());
        assertTrue(server.requests().all().subList(beforeResume, server.requests().count()).stream()
                .allMatch(r -> r.path().contains("/orderpositions/" + canceled + "/")));
    }
}
