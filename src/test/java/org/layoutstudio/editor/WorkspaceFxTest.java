package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.document.ServerLayout;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.editor.testing.InMemoryLayoutRepository;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WorkspaceFxTest {
    @TempDir
    static Path journalDir;

    private final InMemoryLayoutRepository repo = new InMemoryLayoutRepository();
    private EditorWorkspace ws;
    private Stage stage;

    static WorkspaceServices services(Path journal) {
        return new WorkspaceServices(BackgroundTasks.shared(), new PdfBoxTestRenderer(), LayoutChecks.NONE,
                new FontChoices(org.layoutstudio.render.text.FontCatalog.builtInOnly(), java.util.ResourceBundle.getBundle("org.layoutstudio.app.messages", java.util.Locale.ENGLISH)), journal == null ? null : new CrashJournal(journal), null);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ws = new EditorWorkspace(services(journalDir.resolve("journal-" + System.nanoTime())));
        ws.repositoryProperty().set(repo);
        stage.setScene(new Scene(ws, 1240, 760));
        stage.show();
    }

    private EditorDocument openFromServer(ServerLayout s) throws Exception {
        fx(() -> ws.openFromServer(s.id(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        return onFx(ws::currentDocument);
    }

    @Test
    void editInTheInspectorUndoRedoAndSaveWritesTwoDecimals(FxRobot robot) throws Exception {
        ServerLayout s = repo.put("Ticket", PretixDefaults.ticketLayout().toCompactJson());
        EditorDocument doc = openFromServer(s);
        long qr = doc.layout().get(0).id();
        fx(() -> doc.selection().select(qr));
        TextField x = robot.lookup("#inspector-x").queryAs(TextField.class);
        assertEquals("130.40", x.getText());
        robot.clickOn(x).push(KeyCode.CONTROL, KeyCode.A).write("12.5").push(KeyCode.ENTER);
        waitUntil("the edit is applied", () -> "12.50".equals(doc.layout().get(0).string("left", "")));
        assertTrue(doc.isModified());
        assertEquals("Ticket •", robot.lookup(".tab-label").queryLabeled().getText());
        assertEquals("Undo Change x", onFx(() -> ws.undoTextBinding().get()));

        fx(ws::undo);
        assertEquals("130.40", doc.layout().get(0).string("left", ""));
        assertEquals("130.40", x.getText(), "the inspector follows undo");
        fx(ws::redo);
        assertEquals("12.50", doc.layout().get(0).string("left", ""));

        fx(ws::save);
        waitUntil("saved", () -> !doc.isModified());
        assertEquals("PATCH layout", repo.requests.get(repo.requests.size() - 1));
        assertTrue(repo.stored(s.id()).layoutJson().contains("\"left\":\"12.50\""));
        assertEquals("Ticket", robot.lookup(".tab-label").queryLabeled().getText());
    }

    @Test
    void closingAModifiedTabAsksSaveDiscardOrCancel(FxRobot robot) throws Exception {
        fx(ws::newDefaultTicket);
        EditorDocument doc = onFx(ws::currentDocument);
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)),
                e -> e.withLeft(1))));
        robot.clickOn(".tab-close-button"); // the tab's own close button asks too
        waitUntil("the dialog shows", () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitUntil("the dialog is gone", () -> robot.lookup("#unsaved-dialog").tryQuery().isEmpty());
        assertEquals(1, ws.views().size(), "cancel keeps the tab");

        fx(ws::closeCurrent);
        waitUntil("the dialog shows again", () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Don't save");
        waitUntil("the tab is closed", () -> ws.views().isEmpty());
    }

    @Test
    void aServerCopyChangedBehindOurBackBringsTheConflictDialog(FxRobot robot) throws Exception {
        ServerLayout s = repo.put("Ticket", PretixDefaults.ticketLayout().toCompactJson());
        EditorDocument doc = openFromServer(s);
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)),
                e -> e.withLeft(1))));
        String mine = doc.layout().toCompactJson();
        String theirs = "[{\"type\":\"poweredby\",\"left\":\"5.00\",\"bottom\":\"5.00\",\"size\":\"10.00\",\"content\":\"white\"}]";
        repo.changeBehindTheBack(s.id(), theirs);

        fx(ws::save);
        waitUntil("the conflict dialog shows", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#conflict-differences").tryQuery().isPresent());
        robot.clickOn("Take theirs");
        waitUntil("theirs is loaded", () -> doc.layout().size() == 1);
        assertFalse(doc.isModified(), "the document equals the server now");
        assertEquals("white", doc.layout().get(0).string("content", ""));
        fx(ws::undo);
        assertEquals(mine, doc.layout().toCompactJson(), "undo brings mine back");

        fx(ws::save);
        waitUntil("no conflict now: saved", () -> !doc.isModified());
        assertTrue(repo.stored(s.id()).layoutJson().contains("\"left\":\"1.00\""));

        repo.changeBehindTheBack(s.id(), theirs);
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)),
                e -> e.withLeft(2))));
        fx(ws::save);
        waitUntil("the conflict dialog shows again", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Keep mine");
        waitUntil("mine overwrote theirs", () -> !doc.isModified());
        assertTrue(repo.requests.get(repo.requests.size() - 1).startsWith("PUT"));
        assertTrue(repo.stored(s.id()).layoutJson().contains("\"left\":\"2.00\""));
    }

    @Test
    void aFailedSaveKeepsTheEditsAndSaysWhy(FxRobot robot) throws Exception {
        ServerLayout s = repo.put("Ticket", PretixDefaults.ticketLayout().toCompactJson());
        EditorDocument doc = openFromServer(s);
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)),
                e -> e.withLeft(3))));
        repo.failNext = new org.layoutstudio.editor.document.RepositoryException("pretix is not reachable at the moment.");
        fx(ws::save);
        waitUntil("the error shows", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText().startsWith("pretix is not reachable"));
        robot.clickOn("OK");
        assertTrue(doc.isModified());
        assertEquals("3.00", doc.layout().get(0).string("left", ""));
    }

    @Test
    void theRealCanvasAddsElementsThatTheInspectorShowsAndThePreviewExports(FxRobot robot) throws Exception {
        EditorWorkspace[] withCanvas = new EditorWorkspace[1];
        fx(() -> {
            withCanvas[0] = new EditorWorkspace(services(null).withCanvas(CanvasPane::new));
            stage.setScene(new Scene(withCanvas[0], 1240, 760));
            withCanvas[0].newDefaultTicket();
        });
        EditorDocument doc = onFx(withCanvas[0]::currentDocument);
        robot.clickOn("#canvas-add");
        robot.clickOn("QR code for check-in");
        waitUntil("the element is added and selected", () -> doc.layout().size() == 12 && doc.selection().size() == 1);
        assertEquals("QR code", robot.lookup("#inspector-title").queryLabeled().getText());
        assertTrue(onFx(() -> withCanvas[0].canUndoBinding().get()), "the canvas's command is in the same history");
        fx(withCanvas[0]::undo);
        assertEquals(11, doc.layout().size());
        fx(withCanvas[0]::redo);

        Path pdf = journalDir.resolve("preview-export.pdf");
        DocumentView v = onFx(() -> withCanvas[0].views().get(0));
        fx(() -> v.preview().exportTo(pdf));
        waitUntil("the preview PDF is written", () -> java.nio.file.Files.exists(pdf) && java.nio.file.Files.size(pdf) > 100);
        assertTrue(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void theNewLayoutDialogMakesAnEmptyPageOfTheChosenSize(FxRobot robot) throws Exception {
        fx(ws::newDocument);
        robot.clickOn("An empty page of this size:");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.layoutstudio.editor.document.PageFormat> sizes =
                robot.lookup(".combo-box").queryAs(javafx.scene.control.ComboBox.class);
        fx(() -> sizes.setValue(org.layoutstudio.editor.document.PageFormat.standard().stream()
                .filter(f -> f.label().startsWith("82 x 203")).findFirst().orElseThrow()));
        robot.clickOn("OK");
        waitUntil("the new document is open", () -> ws.views().size() == 1);
        EditorDocument doc = onFx(ws::currentDocument);
        var info = org.layoutstudio.editor.document.PdfPages.info(doc.backgroundPdfProperty().get());
        assertEquals(82, info.widthMm(), 0.01);
        assertEquals(203, info.heightMm(), 0.01);
        assertEquals(0, doc.layout().size());
    }

    @Test
    void theRecoveryDialogRestoresWhatACrashLeft(FxRobot robot) throws Exception {
        Path dir = journalDir.resolve("recovery-" + System.nanoTime());
        new CrashJournal(dir).write("left-behind", new CrashJournal.Snapshot("Badge", null, null, false,
                "[{\"type\":\"poweredby\",\"left\":\"1.00\",\"bottom\":\"1.00\",\"size\":\"9.00\",\"content\":\"dark\"}]",
                PretixDefaults.badgeBackgroundPdf(), 1));
        EditorWorkspace[] next = new EditorWorkspace[1];
        fx(() -> {
            next[0] = new EditorWorkspace(services(dir));
            stage.setScene(new Scene(next[0], 1240, 760));
            next[0].offerRecovery();
        });
        waitUntil("the recovery dialog asks", () -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("Restore");
        waitUntil("the layout is back", () -> next[0].views().size() == 1);
        EditorDocument doc = onFx(next[0]::currentDocument);
        assertEquals("Badge", doc.nameProperty().get());
        assertTrue(doc.isModified());
        assertEquals("9.00", doc.layout().get(0).string("size", ""));
        assertEquals("Badge •", robot.lookup(".tab-label").queryLabeled().getText());
    }

    @Test
    void aCrashedSessionIsRestoredAsModified(FxRobot robot) throws Exception {
        Path dir = journalDir.resolve("crash");
        EditorWorkspace[] first = new EditorWorkspace[1];
        fx(() -> {
            first[0] = new EditorWorkspace(services(dir));
            first[0].newDefaultTicket();
            EditorDocument d = first[0].currentDocument();
            d.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Move", List.of(d.layout().get(0)), e -> e.withLeft(42)));
        });
        // no explicit flush: the keeper writes a change by itself within about a second
        waitUntil("the journal holds the document", () -> new CrashJournal(dir).recoverable().size() == 1);
        // the first workspace "crashes": it is never closed. A new one finds the entry.
        EditorWorkspace second = onFx(() -> new EditorWorkspace(services(dir)));
        List<CrashJournal.Entry> entries = onFx(second::recoverable);
        assertEquals(1, entries.size());
        assertEquals("New ticket layout", entries.get(0).name());
        DocumentView v = onFx(() -> second.restore(entries.get(0)));
        assertTrue(v.document().isModified());
        assertEquals("42.00", v.document().layout().get(0).string("left", ""));
        boolean[] exited = {false};
        fx(() -> second.requestExit(ok -> exited[0] = ok));
        waitUntil("the unsaved dialog asks", () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Don't save");
        waitUntil("closed", () -> second.views().isEmpty() && exited[0]);
        assertTrue(new CrashJournal(dir).recoverable().stream().noneMatch(e -> e.layoutJson().contains("\"42.00\"")
                && e.savedAt().isAfter(entries.get(0).savedAt())), "a clean exit leaves no entry of the restored document");
    }
}
