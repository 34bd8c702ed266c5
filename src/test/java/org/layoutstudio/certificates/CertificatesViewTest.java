package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The viewer's flows against a certificate source whose every poll the test releases. */
@ExtendWith(ApplicationExtension.class)
class CertificatesViewTest {
    private final FakeDirectory directory = new FakeDirectory(30);
    private final ScriptedSource source = new ScriptedSource(true);
    private final FakeServices fakes = new FakeServices();
    private CertificatesView view;

    @TempDir
    Path tmp;

    /** Closes the batch window so that later test classes' robots do not meet it. */
    @org.junit.jupiter.api.AfterEach
    void closeBatchWindow() {
        FxWait.closeView(view);
    }

    @Start
    void start(Stage stage) {
        view = new CertificatesView(directory, source, fakes.services());
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private void waitForTable(int rows) {
        FxWait.until("table shows " + rows + " rows", 10, () -> view.picker().table().getItems().size() == rows,
                () -> view.picker().table().getItems().size() + " rows");
    }

    private void fetchViaButton(FxRobot robot, Attendee a) {
        waitForTable(30);
        FxWait.run(() -> view.picker().table().getSelectionModel().select(a));
        robot.clickOn("#tool-certificates-fetch");
    }

    private void waitForStatus(String part) {
        FxWait.until("status contains '" + part + "'", 10, () -> view.statusText().contains(part), view::statusText);
    }

    @Test
    void searchFindsByNameEmailOrderCodeAndPositionId(FxRobot robot) {
        waitForTable(30);
        robot.clickOn("#attendeeSearch").write("hopper");
        FxWait.until("only Hoppers", 10, () -> !view.picker().table().getItems().isEmpty()
                && view.picker().table().getItems().stream().allMatch(a -> a.name().contains("Hopper")));
        Attendee some = directory.all.get(17);
        FxWait.run(() -> view.picker().searchField().setText(some.orderCode()));
        FxWait.until("order code found", 10, () -> view.picker().table().getItems().size() == 1
                && view.picker().table().getItems().get(0).equals(some));
        FxWait.run(() -> view.picker().searchField().setText(Long.toString(some.positionId())));
        FxWait.until("position id found first", 10, () -> !view.picker().table().getItems().isEmpty()
                && view.picker().table().getItems().get(0).equals(some));
    }

    @Test
    void checkedInFilterHidesTheOthers(FxRobot robot) {
        waitForTable(30);
        robot.clickOn("#checkedInOnly");
        long expected = directory.all.stream().filter(Attendee::checkedIn).count();
        FxWait.until("only checked in", 5, () -> view.picker().table().getItems().size() == expected
                && view.picker().table().getItems().stream().allMatch(Attendee::checkedIn));
    }

    @Test
    void oneCertificateAfterSeveral409sShowsEachAttemptThenThePages(FxRobot robot) {
        Attendee a = directory.all.get(0);
        source.prepares(a.positionId(), 4);
        source.pages = 2;
        fetchViaButton(robot, a);
        waitForStatus("Asking");
        for (int attempt = 1; attempt <= 3; attempt++) {
            source.release(1);
            waitForStatus("attempt " + attempt);
            assertTrue(FxWait.fx(() -> view.fetchingProperty().get()));
            assertEquals(0, FxWait.fx(() -> view.viewer().pageCount()));
        }
        source.release(1);
        FxWait.until("pages shown", 10, () -> view.viewer().pageCount() == 2 && view.viewer().renderedPagesProperty().get() >= 1);
        waitForStatus("Ready");
        assertEquals("democon-" + a.positionId() + "-certificate.pdf", FxWait.fx(() -> view.viewer().fileName()));
        assertEquals("of 2", robot.lookup("#pdfPageCount").queryLabeled().getText());
        assertFalse(FxWait.fx(() -> view.statusIsError()));
    }

    @Test
    void cancelDuringPollingStopsTheFetch(FxRobot robot) {
        Attendee a = directory.all.get(1);
        source.prepares(a.positionId(), 10);
        fetchViaButton(robot, a);
        source.release(2);
        waitForStatus("attempt 2");
        robot.clickOn("#cancelFetch");
        waitForStatus("Cancelled");
        FxWait.until("source stopped", 10, () -> source.running.get() == 0);
        assertFalse(FxWait.fx(() -> view.fetchingProperty().get()));
        assertEquals(0, FxWait.fx(() -> view.viewer().pageCount()));
        assertEquals(2, source.polls.get(), "no poll after the cancel");
    }

    @Test
    void escapeCancelsToo(FxRobot robot) {
        Attendee a = directory.all.get(9);
        source.prepares(a.positionId(), 10);
        fetchViaButton(robot, a);
        source.release(1);
        waitForStatus("attempt 1");
        robot.clickOn("#attendeeSearch").type(javafx.scene.input.KeyCode.ESCAPE);
        waitForStatus("Cancelled");
        FxWait.until("source stopped", 10, () -> source.running.get() == 0);
    }

    @Test
    void networkDownSaysSo(FxRobot robot) {
        Attendee a = directory.all.get(5);
        source.fail(a.positionId(), new ConnectException("Connection refused"));
        fetchViaButton(robot, a);
        waitForStatus("did not accept a connection");
        assertTrue(FxWait.fx(() -> view.statusIsError()));
        assertEquals(TestTexts.en("error.unreachable.todo"), FxWait.fx(() -> view.statusHint()));
    }

    @Test
    void aCertificateThatIsNoPdfIsExplainedAndNothingIsShown(FxRobot robot) {
        Attendee a = directory.all.get(8);
        source.answers(a.positionId(), "<html>Bad gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fetchViaButton(robot, a);
        waitForStatus(TestTexts.en("certificates.error.render.what"));
        assertEquals(TestTexts.en("certificates.error.render.todo"), FxWait.fx(() -> view.statusHint()));
        assertEquals(0, FxWait.fx(() -> view.viewer().pageCount()));
        assertEquals(null, FxWait.fx(() -> view.shownFile()), "nothing to save");
    }

    @Test
    void windowStaysResponsiveWhileADownloadPolls(FxRobot robot) {
        Attendee a = directory.all.get(6);
        source.prepares(a.positionId(), 5);
        fetchViaButton(robot, a);
        source.release(1);
        waitForStatus("attempt 1");
        // The fetch now waits in its poll; the user searches meanwhile.
        robot.clickOn("#attendeeSearch").write("Knuth");
        FxWait.until("search result while polling", 10, () -> !view.picker().table().getItems().isEmpty()
                && view.picker().table().getItems().stream().allMatch(x -> x.name().contains("Knuth")));
        assertTrue(FxWait.fx(() -> view.fetchingProperty().get()), "the fetch still runs");
        assertTrue(view.statusText().contains("attempt 1"), view.statusText());
        source.release(4);
        FxWait.until("pages shown", 10, () -> view.viewer().pageCount() == 1);
    }

    @Test
    void saveRemembersTheFolderOpenAndPrintUseTheHooks(FxRobot robot) throws IOException {
        Attendee a = directory.all.get(7);
        fetchViaButton(robot, a);
        FxWait.until("pages shown", 10, () -> view.viewer().pageCount() == 1);
        Path target = tmp.resolve("mine.pdf");
        fakes.saveAnswer = target;
        robot.clickOn("#tool-certificates-save");
        waitForStatus("Saved to");
        assertArrayEquals(view.shownFile().pdf(), Files.readAllBytes(target));
        assertEquals(tmp, fakes.lastFolder.get().orElseThrow());
        fakes.saveAnswer = null;
        robot.clickOn("#tool-certificates-save");
        FxWait.until("second dialog", 5, () -> fakes.saveDialogFolders.size() == 2);
        assertEquals(tmp, fakes.saveDialogFolders.get(1), "the second save starts in the last folder");

        robot.clickOn("#tool-certificates-open");
        FxWait.until("opened", 5, () -> fakes.opened.size() == 1);
        assertTrue(Files.readString(fakes.opened.get(0), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals("democon-" + a.positionId() + "-certificate.pdf", fakes.opened.get(0).getFileName().toString());

        robot.clickOn("#tool-certificates-print");
        FxWait.until("printed", 5, () -> fakes.printed.size() == 1);
        assertEquals("democon-" + a.positionId() + "-certificate.pdf:1", fakes.printed.get(0));
    }

    @Test
    void aSaveThatFailsSaysWhyAndWhatToDo(FxRobot robot) {
        Attendee a = directory.all.get(10);
        fetchViaButton(robot, a);
        FxWait.until("pages shown", 10, () -> view.viewer().pageCount() == 1);
        Path gone = tmp.resolve("no-such-folder").resolve("mine.pdf");
        fakes.saveAnswer = gone;
        robot.clickOn("#tool-certificates-save");
        waitForStatus("Not saved: The file " + gone + " does not exist.");
        assertTrue(FxWait.fx(() -> view.statusIsError()));
        assertEquals(TestTexts.en("error.noSuchFile.todo"), FxWait.fx(() -> view.statusHint()));
        assertEquals(1, FxWait.fx(() -> view.viewer().pageCount()), "the certificate stays shown");
    }

    @Test
    void batchOfCheckedInAttendeesFromTheView(FxRobot robot) throws IOException {
        ScriptedSource quick = source;
        quick.defaultPrepares = 0;
        waitForTable(30);
        robot.clickOn("#checkedInOnly");
        long expected = directory.all.stream().filter(Attendee::checkedIn).count();
        FxWait.until("filtered", 5, () -> view.picker().table().getItems().size() == expected);
        fakes.folderAnswer = tmp;
        robot.clickOn("#tool-certificates-batchShown");
        FxWait.until("batch done", 20, () -> view.lastBatch() != null && view.lastBatch().batch().finished() && view.lastBatch().isDone()
                && view.lastBatch().summaryText().contains("All done"), () -> view.lastBatch() == null ? "no batch" : view.lastBatch().summaryText());
        try (var files = Files.list(tmp)) {
            assertEquals(expected, files.filter(p -> p.toString().endsWith(".pdf")).count());
        }
        assertTrue(source.maxRunning.get() <= 2, "at most two at a time, saw " + source.maxRunning.get());
    }
}
