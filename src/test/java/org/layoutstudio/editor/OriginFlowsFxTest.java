package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.editor.save.PretixChecks;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.editor.testing.SandboxFixture;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.sandbox.RecordedRequest;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where a document goes, over real HTTP to two sandbox servers (two pretix installations whose demo
 * events have the same slugs and the same layout ids): a layout is saved only to the event it came
 * from, whatever connection is active; one tab per layout; backgrounds that are pretix's default or
 * cannot be fetched; background changes undone exactly.
 */
@ExtendWith(ApplicationExtension.class)
class OriginFlowsFxTest {
    @TempDir
    Path temp;

    private SandboxFixture a;
    private SandboxFixture b;
    private EditorWorkspace ws;
    private Stage stage;

    private static WorkspaceServices services(CrashJournal journal, LayoutChecks checks) {
        return new WorkspaceServices(Texts.forLocale(Locale.ENGLISH), BackgroundTasks.shared(), new PdfBoxTestRenderer(),
                checks, new FontChoices(org.layoutstudio.render.text.FontCatalog.builtInOnly(),
                java.util.ResourceBundle.getBundle("org.layoutstudio.app.messages", Locale.ENGLISH)), journal, null);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        a = new SandboxFixture();
        b = new SandboxFixture();
        ws = new EditorWorkspace(services(null, LayoutChecks.NONE));
        stage.setScene(new Scene(ws, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        fx(ws::dispose);
        a.close();
        b.close();
    }

    private EditorDocument openDefaultOf(SandboxFixture server, String connection) throws Exception {
        fx(() -> ws.connections().activate(server.repository(connection)));
        int before = onFx(() -> ws.views().size());
        fx(() -> ws.openFromServer(server.defaultLayoutId(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == before + 1);
        return onFx(ws::currentDocument);
    }

    private static void move(EditorDocument doc, double left) {
        fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(left))));
    }

    private static String left(JsonNode layoutResource) {
        return layoutResource.get("layout").get(0).get("left").asText();
    }

    private static String body(RecordedRequest r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aLayoutIsSavedToTheEventItCameFromWhateverConnectionIsActive() throws Exception {
        EditorDocument doc = openDefaultOf(a, "Server A");
        long id = a.defaultLayoutId();
        assertEquals(id, b.defaultLayoutId(), "both servers have a layout with this id: the trap of the old save path");
        move(doc, 42);
        String untouched = b.layout(id).toString();

        fx(() -> ws.connections().activate(b.repository("Server B")));   // the user switches to another server
        Tab tab = onFx(() -> ws.tabPane().getTabs().get(0));
        String tip = onFx(() -> tab.getTooltip().getText());
        assertTrue(tip.contains(doc.serverOrigin().event().host()) && tip.contains("Server A"), tip);
        assertFalse(tip.contains(onFx(() -> ws.connections().active().address().host())),
                "the tab names its own server, not the active one: " + tip);

        fx(ws::save);
        waitUntil("saved", () -> !doc.isModified());
        assertEquals("42.00", left(a.layout(id)), "the write went to server A, where the layout came from");
        assertEquals(untouched, b.layout(id).toString(), "server B's layout with the same id is unchanged");
        assertTrue(b.editorWrites().isEmpty(), "nothing was written to server B: " + b.editorWrites());
        assertEquals(List.of("PATCH"), a.editorWrites().stream().map(RecordedRequest::method).toList());
    }

    /** A restored document whose event is not connected now: the journal of an earlier run, server B active. */
    private EditorDocument restoredFromA(Path journalDir) throws Exception {
        EditorWorkspace first = onFx(() -> new EditorWorkspace(services(new CrashJournal(journalDir), LayoutChecks.NONE)));
        fx(() -> {
            first.connections().activate(a.repository("Server A"));
            first.openFromServer(a.defaultLayoutId(), v -> { });
        });
        waitUntil("opened in the first run", () -> first.views().size() == 1);
        move(onFx(first::currentDocument), 7);
        waitUntil("journalled", () -> new CrashJournal(journalDir).recoverable().size() == 1);
        fx(first::dispose); // the first run ends without closing its tabs: a crash

        fx(() -> {
            ws = new EditorWorkspace(services(new CrashJournal(journalDir.resolveSibling(journalDir.getFileName() + "-2")),
                    LayoutChecks.NONE));
            stage.setScene(new Scene(ws, 1240, 760));
            ws.connections().activate(b.repository("Server B"));
        });
        CrashJournal.Entry entry = new CrashJournal(journalDir).recoverable().get(0);
        return onFx(() -> ws.restore(entry)).document();
    }

    @Test
    void anEventThatIsNotConnectedIsNeverWrittenElsewhereSilently(FxRobot robot) throws Exception {
        EditorDocument doc = restoredFromA(temp.resolve("journal"));
        assertTrue(doc.isModified());
        String bBefore = b.layout(b.defaultLayoutId()).toString();

        fx(ws::save);
        waitUntil("the user is asked", () -> robot.lookup("#unreachable-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("Connect again and save").tryQuery().isEmpty(), "no saved connection knows server A");
        String asNew = "Save as new layout in democon of demo on " + onFx(() -> ws.connections().active().address().host());
        robot.clickOn(asNew);
        waitUntil("saved as a new layout in the current event", () -> !doc.isModified());
        assertEquals(List.of("POST"), b.editorWrites().stream().map(RecordedRequest::method).toList());
        assertEquals(bBefore, b.layout(b.defaultLayoutId()).toString(), "B's existing layout is untouched");
        assertEquals(2, b.layouts().size());
        assertEquals("130.40", left(a.layout(a.defaultLayoutId())), "server A never got a write from the restored tab");
        assertEquals(onFx(() -> ws.connections().active().address()), doc.serverOrigin().event(),
                "the document belongs to the new layout now");
    }

    @Test
    void reconnectingSavesToTheEventItCameFrom(FxRobot robot) throws Exception {
        EditorDocument doc = restoredFromA(temp.resolve("journal"));
        LayoutRepository[] made = new LayoutRepository[1];
        fx(() -> ws.connections().setReconnector(origin -> origin.event().equals(a.repository(null).address())
                ? Optional.of(() -> made[0] = a.repository(origin.connectionName())) : Optional.empty()));

        fx(ws::save);
        waitUntil("the user is asked", () -> robot.lookup("#unreachable-dialog").tryQuery().isPresent());
        robot.clickOn("Connect again and save");
        waitUntil("saved", () -> !doc.isModified());
        assertEquals("Server A", made[0].connectionName(), "through the connection the layout was opened with");
        assertEquals("7.00", left(a.layout(a.defaultLayoutId())));
        assertTrue(b.editorWrites().isEmpty());
    }

    @Test
    void aLayoutThatIsOpenIsShownNotOpenedTwice(FxRobot robot) throws Exception {
        fx(() -> ws.connections().activate(a.repository(null)));
        fx(() -> {
            ws.openFromServer(a.defaultLayoutId(), v -> { });
            ws.openFromServer(a.defaultLayoutId(), v -> { }); // asked twice while it is being fetched
        });
        waitUntil("open", () -> ws.views().size() == 1);
        fx(ws::newDefaultTicket);
        assertEquals(2, onFx(() -> ws.views().size()));

        for (int round = 0; round < 2; round++) {
            fx(ws::openFromServer);
            waitUntil("the list is filled", () -> robot.lookup("#server-layouts").tryQuery().isPresent()
                    && !robot.lookup("#server-layouts").queryTableView().getItems().isEmpty());
            TableView<?> table = robot.lookup("#server-layouts").queryTableView();
            robot.doubleClickOn(robot.lookup("#server-layouts .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
            waitUntil("the dialog closed", () -> robot.lookup("#server-layouts").tryQuery().isEmpty());
            waitUntil("the layout's tab is selected", () -> ws.currentDocument().serverOrigin() != null);
            assertEquals(2, onFx(() -> ws.views().size()), "a double click on an open layout shows its tab: round " + round);
            assertTrue(table.getItems().size() >= 1);
        }
        assertEquals(1, a.server().requests().count(r -> r.method().equals("GET")
                && r.path().endsWith("/ticketlayouts/" + a.defaultLayoutId() + "/")), "the layout was fetched once");
    }

    @Test
    void aBackgroundThatCannotBeFetchedOpensWithAWarningAndIsNeverSent(FxRobot robot) throws Exception {
        fx(() -> {
            ws = new EditorWorkspace(services(null, new PretixChecks()));
            stage.setScene(new Scene(ws, 1240, 760));
        });
        int id = (int) a.defaultLayoutId();
        a.server().state().loseBackgroundFile(id);
        String lostUrl = a.layout(id).get("background").asText();
        EditorDocument doc = openDefaultOf(a, null);
        assertTrue(doc.isOnStandInBackground());
        Tab tab = onFx(() -> ws.tabPane().getTabs().get(0));
        assertTrue(tab.getStyleClass().contains("background-unavailable"));
        assertTrue(onFx(() -> tab.getTooltip().getText()).contains("could not be loaded from pretix"),
                onFx(() -> tab.getTooltip().getText()));

        move(doc, 11);
        fx(ws::save);
        waitUntil("the checks warn", () -> robot.lookup("#findings-dialog").tryQuery().isPresent());
        String findings = robot.lookup("#findings-dialog .text-area").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(findings.contains("saving leaves the server's background as it is"), findings);
        robot.clickOn("Save anyway");
        waitUntil("saved", () -> !doc.isModified());
        RecordedRequest patch = a.editorWrites().get(0);
        assertEquals("PATCH", patch.method());
        assertFalse(body(patch).contains("background"), "the stand-in page is never sent: " + body(patch));
        assertEquals(lostUrl, a.layout(id).get("background").asText(), "the server's background is untouched");
        assertTrue(doc.isOnStandInBackground(), "still warned after saving");
        for (RecordedRequest r : a.server().requests().matching(r -> !r.path().startsWith("/api/v1/"))) {
            assertNull(r.header("Authorization"), "no token on " + r.path());
        }
    }

    @Test
    void pretixsDefaultBackgroundOpensFromTheBuiltInCopy() throws Exception {
        EditorDocument doc = openDefaultOf(a, null);
        assertArrayEquals(PretixDefaults.ticketBackgroundPdf(), doc.backgroundPdfProperty().get());
        assertFalse(doc.isOnStandInBackground());
        assertEquals(0, a.server().requests().count(r -> r.path().startsWith("/static/")), "no download of the static file");
        assertFalse(onFx(() -> ws.tabPane().getTabs().get(0).getStyleClass().contains("background-unavailable")));
    }

    @Test
    void replacingTheBackgroundIsUndoneExactlyAndSavedAsUploadOrReset() throws Exception {
        EditorDocument doc = openDefaultOf(a, null);
        long id = a.defaultLayoutId();
        byte[] original = doc.backgroundPdfProperty().get();
        String layoutBefore = doc.layout().toCompactJson();
        Path pdf = temp.resolve("badge.pdf");
        byte[] badge = BackgroundPdf.blank(100, 50);
        Files.write(pdf, badge);

        fx(() -> ws.setBackgroundPdf(pdf));
        waitUntil("the new background is shown", () -> doc.backgroundPdfProperty().get() != original);
        assertArrayEquals(badge, doc.backgroundPdfProperty().get());
        assertTrue(doc.isModified());
        assertEquals("Replace background", doc.history().undoDescription());
        fx(ws::undo);
        assertSame(original, doc.backgroundPdfProperty().get(), "undo restores exactly the earlier bytes");
        assertEquals(layoutBefore, doc.layout().toCompactJson());
        assertFalse(doc.isModified());
        fx(ws::redo);
        assertArrayEquals(badge, doc.backgroundPdfProperty().get());

        fx(ws::save);
        waitUntil("saved", () -> !doc.isModified());
        List<RecordedRequest> writes = a.editorWrites();
        assertEquals(List.of("POST", "PATCH"), writes.stream().map(RecordedRequest::method).toList(), "upload, then PATCH");
        assertTrue(writes.get(0).path().endsWith("/upload"));
        assertTrue(body(writes.get(1)).matches("\\{\"background\":\"file:[^\"]+\"\\}"), body(writes.get(1)));
        byte[] stored = a.repository(null).client().downloadBackground(a.layout(id).get("background").asText());
        assertArrayEquals(badge, stored);

        fx(ws::undo); // back to pretix's default: saved as a reset, not as an upload of the default file
        assertSame(original, doc.backgroundPdfProperty().get());
        fx(ws::save);
        waitUntil("saved again", () -> !doc.isModified());
        assertEquals("{\"background\":null}", body(a.editorWrites().get(2)));
        assertTrue(a.layout(id).get("background").asText().endsWith("/static/pretixpresale/pdf/ticket_default_a4.pdf"));
        assertNotSame(badge, doc.backgroundPdfProperty().get());
    }

    @Test
    void takingTheirsWithTheirNewBackgroundIsOneStepUndoneExactly(FxRobot robot) throws Exception {
        EditorDocument doc = openDefaultOf(a, null);
        long id = a.defaultLayoutId();
        byte[] original = doc.backgroundPdfProperty().get();
        move(doc, 5);
        String mine = doc.layout().toCompactJson();
        byte[] theirBackground = BackgroundPdf.blank(148, 105);
        try (LayoutRepository other = a.repository(null)) { // someone else uploads a background in the meantime
            String file = other.client().uploadBackground(theirBackground, "theirs.pdf");
            a.changeBehindTheBack(id, "{\"background\":\"" + file + "\"}");
        }
        String theirs = a.layout(id).get("layout").toString();

        fx(ws::save);
        waitUntil("the conflict dialog shows", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Take theirs");
        waitUntil("theirs is loaded", () -> !doc.isModified());
        assertArrayEquals(theirBackground, doc.backgroundPdfProperty().get(), "their background came along");
        assertEquals(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(theirs),
                com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(doc.layout().toCompactJson()));
        assertEquals("Take the server's version", doc.history().undoDescription());

        fx(ws::undo);
        assertEquals(mine, doc.layout().toCompactJson(), "undo restores exactly my JSON");
        assertSame(original, doc.backgroundPdfProperty().get(), "and exactly my background's bytes");
        fx(ws::redo);
        assertArrayEquals(theirBackground, doc.backgroundPdfProperty().get());
        assertFalse(doc.isModified(), "redo is back at the server's version");
    }
}
