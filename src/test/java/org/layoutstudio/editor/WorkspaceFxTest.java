package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.editor.testing.SandboxFixture;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.sandbox.RecordedRequest;
import org.layoutstudio.ui.Texts;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The workspace over real HTTP to a sandbox server: open, edit, undo, save, conflicts, failures, closing, recovery. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFxTest {
    @TempDir
    static Path journalDir;

    private SandboxFixture sandbox;
    private EditorWorkspace ws;
    private Stage stage;

    static WorkspaceServices services(Path journal) {
        return new WorkspaceServices(Texts.forLocale(Locale.ENGLISH), BackgroundTasks.shared(), new PdfBoxTestRenderer(),
                LayoutChecks.NONE, new FontChoices(org.layoutstudio.render.text.FontCatalog.builtInOnly(), java.util.ResourceBundle.getBundle("org.layoutstudio.app.messages", Locale.ENGLISH)), journal == null ? null : new CrashJournal(journal), null);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = new SandboxFixture();
        ws = new EditorWorkspace(services(journalDir.resolve("journal-" + System.nanoTime())));
        ws.connections().activate(sandbox.repository(null));
        stage.setScene(new Scene(ws, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        fx(ws::dispose);
        sandbox.close();
    }

    private EditorDocument openDefault() throws Exception {
        fx(() -> ws.openFromServer(sandbox.defaultLayoutId(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        return onFx(ws::currentDocument);
    }

    private static void move(EditorDocument doc, double left) {
        fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(left))));
    }

    @Test
    void editInTheInspectorUndoRedoAndSavePatchesOnlyTheLayoutWithTwoDecimals(FxRobot robot) throws Exception {
        EditorDocument doc = openDefault();
        long qr = doc.layout().get(0).id();
        fx(() -> doc.selection().select(qr));
        TextField x = robot.lookup("#inspector-x").queryAs(TextField.class);
        assertEquals("130.40", x.getText());
        robot.clickOn(x).push(KeyCode.CONTROL, KeyCode.A).write("12.5").push(KeyCode.ENTER);
        waitUntil("the edit is applied", () -> "12.50".equals(doc.layout().get(0).string("left", "")));
        assertTrue(doc.isModified());
        assertTrue(robot.lookup(".tab-label").queryLabeled().getText().startsWith("Default layout •"));
        assertEquals("Undo Change X", onFx(() -> ws.undoTextBinding().get()));

        fx(ws::undo);
        assertEquals("130.40", doc.layout().get(0).string("left", ""));
        assertEquals("130.40", x.getText(), "the inspector follows undo");
        fx(ws::redo);
        assertEquals("12.50", doc.layout().get(0).string("left", ""));

        fx(ws::save);
        waitUntil("saved", () -> !doc.isModified());
        List<RecordedRequest> writes = sandbox.editorWrites();
        assertEquals(1, writes.size(), "one request: " + writes);
        assertEquals("PATCH", writes.get(0).method());
        String body = new String(writes.get(0).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.startsWith("{\"layout\":"), "only the layout changed: " + body);
        assertEquals("12.50", sandbox.layout(sandbox.defaultLayoutId()).get("layout").get(0).get("left").asText());

        fx(ws::save);
        waitUntil("nothing to save", () -> !doc.isModified());
        assertEquals(1, sandbox.editorWrites().size(), "an unchanged layout sends nothing");
    }

    @Test
    void closingAModifiedTabAsksSaveDiscardOrCancel(FxRobot robot) throws Exception {
        fx(ws::newDefaultTicket);
        EditorDocument doc = onFx(ws::currentDocument);
        move(doc, 1);
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
        EditorDocument doc = openDefault();
        long id = sandbox.defaultLayoutId();
        byte[] myBackground = doc.backgroundPdfProperty().get();
        move(doc, 1);
        String mine = doc.layout().toCompactJson();
        String theirs = "[{\"type\":\"poweredby\",\"left\":\"5.00\",\"bottom\":\"5.00\",\"size\":\"10.00\",\"content\":\"white\"}]";
        sandbox.changeBehindTheBack(id, "{\"name\":\"Theirs\",\"layout\":" + theirs + "}");

        fx(ws::save);
        waitUntil("the conflict dialog shows", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#conflict-differences").tryQuery().isPresent());
        robot.clickOn("Take theirs");
        waitUntil("theirs is loaded", () -> doc.layout().size() == 1);
        assertFalse(doc.isModified(), "the document equals the server now");
        assertEquals("white", doc.layout().get(0).string("content", ""));
        assertEquals("Theirs", doc.nameProperty().get(), "their name comes along, in the same step");
        assertEquals(theirs, doc.layout().toCompactJson());

        fx(ws::undo);
        assertEquals(mine, doc.layout().toCompactJson(), "undo brings mine back exactly");
        assertEquals("Default layout", doc.nameProperty().get());
        assertSame(myBackground, doc.backgroundPdfProperty().get());
        assertTrue(doc.isModified(), "mine is a change against the server's version now");
        fx(ws::redo);
        assertEquals(theirs, doc.layout().toCompactJson(), "redo takes theirs again");
        fx(ws::undo);

        fx(ws::save);
        waitUntil("no conflict now: saved", () -> !doc.isModified());
        assertEquals("PATCH", last(sandbox.editorWrites()).method());
        assertEquals("1.00", sandbox.layout(id).get("layout").get(0).get("left").asText());
        assertEquals("Default layout", sandbox.layout(id).get("name").asText());

        sandbox.changeBehindTheBack(id, "{\"layout\":" + theirs + "}");
        move(doc, 2);
        fx(ws::save);
        waitUntil("the conflict dialog shows again", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Keep mine");
        waitUntil("mine overwrote theirs", () -> !doc.isModified());
        assertEquals("PUT", last(sandbox.editorWrites()).method());
        assertEquals("2.00", sandbox.layout(id).get("layout").get(0).get("left").asText());
    }

    private static RecordedRequest last(List<RecordedRequest> l) {
        return l.get(l.size() - 1);
    }

    @Test
    void aFailedSaveKeepsTheEditsAndSaysWhy(FxRobot robot) throws Exception {
        EditorDocument doc = openDefault();
        move(doc, 3);
        sandbox.server().faults().failNext(10, 503);
        fx(ws::save);
        waitUntil("the error shows", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertEquals("The layout was not saved", ((javafx.stage.Stage) pane.getScene().getWindow()).getTitle());
        assertTrue(pane.getHeaderText().startsWith("pretix answered with an error"), pane.getHeaderText());
        assertTrue(robot.lookup(".error-what-to-do").queryLabeled().getText().endsWith("Your changes are kept."));
        sandbox.server().faults().failNext(0);
        robot.clickOn("OK");
        assertTrue(doc.isModified());
        assertEquals("3.00", doc.layout().get(0).string("left", ""));
        assertEquals("130.40", sandbox.layout(sandbox.defaultLayoutId()).get("layout").get(0).get("left").asText());
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
                .filter(f -> f.kind().equals("butterflyBadge")).findFirst().orElseThrow()));
        robot.clickOn("OK");
        waitUntil("the new document is open", () -> ws.views().size() == 1);
        EditorDocument doc = onFx(ws::currentDocument);
        var info = org.layoutstudio.render.raster.BackgroundPdf.read(doc.backgroundPdfProperty().get());
        assertEquals(82, info.widthMm(), 0.01);
        assertEquals(203, info.heightMm(), 0.01);
        assertEquals(0, doc.layout().size());
    }

    @Test
    void theRecoveryDialogRestoresWhatACrashLeft(FxRobot robot) throws Exception {
        Path dir = journalDir.resolve("recovery-" + System.nanoTime());
        new CrashJournal(dir).write("left-behind", new CrashJournal.Snapshot("Badge", null, null,
                "[{\"type\":\"poweredby\",\"left\":\"1.00\",\"bottom\":\"1.00\",\"size\":\"9.00\",\"content\":\"dark\"}]",
                PretixDefaults.badgeBackgroundPdf(), 1));
        EditorWorkspace[] next = new EditorWorkspace[1];
        fx(() -> {
            next[0] = new EditorWorkspace(services(dir));
            stage.setScene(new Scene(next[0], 1240, 760));
            next[0].offerRecovery();
        });
        waitUntil("the recovery dialog asks", () -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        javafx.geometry.Bounds list = onFx(() -> robot.lookup("#recovery-list").query().localToScene(
                robot.lookup("#recovery-list").query().getLayoutBounds()));
        javafx.geometry.Bounds buttons = onFx(() -> robot.lookup("#recovery-dialog .button-bar").query().localToScene(
                robot.lookup("#recovery-dialog .button-bar").query().getLayoutBounds()));
        assertTrue(list.getMaxY() <= buttons.getMinY(), "the list ends above the buttons: " + list + " / " + buttons);
        assertTrue(onFx(() -> ((javafx.stage.Stage) robot.lookup("#recovery-dialog").query().getScene().getWindow()).isResizable()));
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
