package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.document.LayoutSummary;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.preview.TicketPreviewRenderer;
import org.layoutstudio.editor.save.PretixChecks;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace with the real canvas against the sandbox server over real HTTP: open, drag, edit, undo, redo, save, conflicts. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceSandboxFxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private SandboxServer server;
    private PretixClient client;
    private EditorWorkspace ws;

    @Start
    void start(Stage stage) throws Exception {
        server = SandboxServer.start();
        client = new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(), server.event(), server.token()));
        ws = new EditorWorkspace(new WorkspaceServices(org.layoutstudio.ui.Texts.forLocale(java.util.Locale.ENGLISH), BackgroundTasks.shared(),
                new TicketPreviewRenderer(new TicketRenderer(FontCatalog.builtInOnly())), new PretixChecks(),
                new FontChoices(org.layoutstudio.render.text.FontCatalog.builtInOnly(), java.util.ResourceBundle.getBundle("org.layoutstudio.app.messages", java.util.Locale.ENGLISH)), null, null).withCanvas(CanvasPane::new));
        ws.connections().activate(new LayoutRepository(client, null, "en"));
        stage.setScene(new Scene(ws, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        org.layoutstudio.editor.testing.FxTesting.fx(ws::dispose);
        server.close();
    }

    private String layoutsUrl(long id) {
        return server.baseUrl() + "/api/v1/organizers/" + server.organizer() + "/events/" + server.event() + "/ticketlayouts/" + id + "/";
    }

    private HttpResponse<String> http(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Token " + server.token())
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode serverCopy(long id) throws Exception {
        HttpResponse<String> r = http("GET", layoutsUrl(id), null);
        assertEquals(200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private EditorDocument openDefault() throws Exception {
        List<LayoutSummary> list = ws.repositoryProperty().get().list();
        LayoutSummary first = list.get(0);
        assertTrue(first.isDefault());
        assertFalse(first.products().isEmpty(), "the list shows assigned products by name");
        fx(() -> ws.openFromServer(first.id(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        return onFx(ws::currentDocument);
    }

    /** Saves; a preflight dialog with warnings only is accepted. */
    private void saveAndWait(FxRobot robot, EditorDocument doc) {
        fx(ws::save);
        waitUntil("saved or asked", () -> !doc.isModified() || robot.lookup("#findings-dialog").tryQuery().isPresent()
                || robot.lookup("#conflict-dialog").tryQuery().isPresent());
        if (robot.lookup("#findings-dialog").tryQuery().isPresent()) {
            robot.clickOn("Save anyway");
        }
    }

    /**
     * The editor's main path: open the event's layout → drag the QR code on the real canvas → undo →
     * redo → save → the sandbox holds the new position as pretix's editor writes it (two decimals).
     */
    @Test
    void dragUndoRedoSaveStoresTheNewPositionWithTwoDecimals(FxRobot robot) throws Exception {
        LayoutSummary first = ws.repositoryProperty().get().list().get(0);
        fx(() -> ws.openFromServer(first.id(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        EditorDocument doc = onFx(ws::currentDocument);
        EditorCanvas canvas = robot.lookup(n -> n instanceof EditorCanvas).queryAs(EditorCanvas.class);
        waitUntil("the background is drawn", () -> canvas.backgroundReadyProperty().get());
        robot.interact(() -> canvas.snapEnabledProperty().set(false));

        String original = doc.layout().toCompactJson();
        double left = doc.layout().get(0).left(); // the QR code: 130.40 × 204.50, 64 mm
        double bottom = doc.layout().get(0).bottom();
        double pxPerMm = onFx(canvas::pxPerMm);
        Point2D from = onFx(() -> canvas.screenPointOf(left + 32, bottom + 32));
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX() - 5 * pxPerMm, from.getY()));
        robot.moveTo(new Point2D(from.getX() - 10 * pxPerMm, from.getY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        String moved = doc.layout().get(0).string("left", "");
        assertTrue(moved.matches("\\d+\\.\\d\\d"), "written with two decimals: " + moved);
        assertEquals(left - 10, Double.parseDouble(moved), 1.0, "dragged about 10 mm to the left");
        assertEquals("Move element", doc.history().undoDescription());
        fx(ws::undo);
        assertEquals(original, doc.layout().toCompactJson(), "undo restores the layout byte for byte");
        fx(ws::redo);
        assertEquals(moved, doc.layout().get(0).string("left", ""));

        fx(ws::save);
        waitUntil("saved or asked", () -> !doc.isModified() || robot.lookup("#findings-dialog").tryQuery().isPresent());
        if (robot.lookup("#findings-dialog").tryQuery().isPresent()) {
            robot.clickOn("Save anyway");
        }
        waitUntil("saved", () -> !doc.isModified());
        long id = doc.serverOrigin().layoutId();
        LayoutDocument stored = LayoutDocument.parse(server.state().layoutJson((int) id).orElseThrow());
        assertEquals(moved, stored.get(0).string("left", ""), "the sandbox holds the dragged position");
        assertEquals("204.50", stored.get(0).string("bottom", ""), "untouched values keep their literal");
        assertTrue(server.requests().count(r -> r.method().equals("PATCH")) == 1, "saved with one PATCH");
    }

    @Test
    void openEditUndoRedoSaveWritesTheValueAsPretixDoes(FxRobot robot) throws Exception {
        EditorDocument doc = openDefault();
        long id = doc.serverOrigin().layoutId();
        String before = doc.layout().get(0).string("left", "");
        fx(() -> doc.selection().select(doc.layout().get(0).id()));
        TextField x = robot.lookup("#inspector-x").queryAs(TextField.class);
        robot.clickOn(x).push(KeyCode.CONTROL, KeyCode.A).write("12.5").push(KeyCode.ENTER);
        assertEquals("12.50", doc.layout().get(0).string("left", ""));
        fx(ws::undo);
        assertEquals(before, doc.layout().get(0).string("left", ""));
        fx(ws::redo);
        assertEquals("12.50", doc.layout().get(0).string("left", ""));

        int requestsBefore = server.requests().count();
        saveAndWait(robot, doc);
        waitUntil("saved", () -> !doc.isModified());
        JsonNode saved = serverCopy(id);
        assertEquals("\"12.50\"", saved.get("layout").get(0).get("left").toString(), "a string with two decimals");
        assertTrue(server.requests().all().subList(requestsBefore, server.requests().count()).stream()
                .anyMatch(r -> r.method().equals("PATCH")), "saved with a PATCH");
        assertTrue(saved.get("default").asBoolean(), "still the default layout: PATCH never touched it");
    }

    @Test
    void theOpenDialogListsNameDefaultAndProductsAndOpensTheChosenLayout(FxRobot robot) throws Exception {
        fx(ws::openFromServer);
        waitUntil("the list is filled", () -> robot.lookup("#server-layouts").tryQuery().isPresent()
                && !robot.lookup("#server-layouts").queryTableView().getItems().isEmpty());
        javafx.scene.control.TableView<?> table = robot.lookup("#server-layouts").queryTableView();
        LayoutSummary row = (LayoutSummary) table.getItems().get(0);
        assertEquals("Default layout", row.name());
        assertTrue(row.isDefault());
        assertFalse(row.productsText().contains("#"), "products by name: " + row.productsText());
        fx(() -> table.getSelectionModel().select(0));
        robot.clickOn("Open");
        waitUntil("the layout opens", () -> ws.views().size() == 1);
        assertEquals("Default layout", onFx(() -> ws.currentDocument().nameProperty().get()));
        assertFalse(onFx(() -> ws.currentDocument().isModified()));
    }

    @Test
    void aRealAttendeesValuesRenderIntoThePreviewPdf() throws Exception {
        var repo = ws.repositoryProperty().get();
        var attendees = repo.attendees("");
        assertFalse(attendees.isEmpty());
        var someone = attendees.stream().filter(a -> a.pdfData().path("attendee_name").asText("").length() > 3).findFirst().orElseThrow();
        String name = someone.pdfData().get("attendee_name").asText();
        byte[] pdf = new TicketPreviewRenderer(new TicketRenderer(FontCatalog.builtInOnly()))
                .render(org.layoutstudio.layout.PretixDefaults.ticketLayout(), someone.pdfData(), null);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains(name), name + " in " + text);
        }
        var variables = repo.eventContext().textVariables();
        assertTrue(variables.stream().allMatch(v -> v.key().startsWith("question_") || v.key().startsWith("meta:")
                || v.key().startsWith("itemmeta:")), variables.toString());
        assertTrue(variables.stream().anyMatch(v -> v.key().startsWith("question_")), "the event's questions are content choices");
        assertTrue(variables.stream().anyMatch(v -> v.key().startsWith("meta:")), "and its meta properties");
    }

    @Test
    void thePreviewShowsAChosenAttendee() throws Exception {
        EditorDocument doc = openDefault();
        DocumentView v = onFx(() -> ws.views().get(0));
        waitUntil("the sample preview is shown", () -> v.preview().scheduler().isCurrent());
        fx(() -> v.preview().loadAttendees(ws.repositoryProperty().get(), ""));
        waitUntil("an attendee is chosen and rendered", () -> v.preview().dataChoice().getValue().pdfData() != null
                && v.preview().scheduler().isCurrent() && v.preview().scheduler().dataProperty().get() != null);
        waitUntil("the attendee's preview is shown", () -> v.preview().scheduler().isCurrent());
        String name = onFx(() -> v.preview().dataChoice().getValue().pdfData().path("attendee_name").asText());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(onFx(() -> v.preview().scheduler().lastPdf()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains(name), name + " in the preview: " + text);
            assertFalse(text.contains("Dr John Doe"), "no sample name any more");
        }
        assertFalse(doc.isModified(), "choosing preview data does not change the layout");
    }

    @Test
    void aRealAttendeeIsPreviewedInTheirOrdersLanguage() throws Exception {
        EditorDocument doc = openDefault();
        DocumentView v = onFx(() -> ws.views().get(0));
        var greeting = org.layoutstudio.layout.Element.parse("{\"type\":\"textarea\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"120.00\","
                + "\"fontsize\":\"16.0\",\"color\":[0,0,0,1],\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,"
                + "\"width\":\"100.00\",\"height\":\"10.00\",\"content\":\"other_i18n\",\"text\":\"\","
                + "\"text_i18n\":{\"en\":\"Welcome\",\"de\":\"Willkommen\"},\"rotation\":0,\"align\":\"left\",\"locale\":\"\"}");
        fx(() -> doc.run(new org.layoutstudio.editor.model.InsertElementsCommand("Add", List.of(greeting))));
        waitUntil("the sample preview is shown", () -> v.preview().scheduler().isCurrent());
        assertTrue(previewText(v).contains("Welcome"), "sample data: the first language");
        LayoutRepository repo = ws.repositoryProperty().get();

        fx(() -> v.preview().loadAttendees(repo, "Jürgen")); // the demo's German order
        waitUntil("Jürgen is shown in his order's language", () -> "de".equals(shownLocale(v)) && v.preview().scheduler().isCurrent());
        String german = previewText(v);
        assertTrue(german.contains("Willkommen") && !german.contains("Welcome"), german);

        fx(() -> v.preview().loadAttendees(repo, "Anna"));
        waitUntil("Anna is shown in hers", () -> "en".equals(shownLocale(v)) && v.preview().scheduler().isCurrent());
        assertTrue(previewText(v).contains("Welcome"));

        int asked = server.requests().count(r -> r.path().contains("/orders/"));
        assertEquals(2, asked, "one request per order");
        fx(() -> v.preview().loadAttendees(repo, "Jürgen"));
        waitUntil("Jürgen again", () -> "de".equals(shownLocale(v)) && v.preview().scheduler().isCurrent());
        assertEquals(asked, server.requests().count(r -> r.path().contains("/orders/")), "an order's language is asked once");
        assertFalse(onFx(() -> v.preview().dataChoice().getValue().pdfData().has("locale")),
                "the loaded attendee stays as pretix sent it; only the preview's values carry the language");
    }

    @Test
    void anAttendeeWhoseOrderLanguageCannotBeReadIsShownWithANote() throws Exception {
        openDefault();
        DocumentView v = onFx(() -> ws.views().get(0));
        waitUntil("the sample preview is shown", () -> v.preview().scheduler().isCurrent());
        server.faults().scope("/api/v1/organizers/" + server.organizer() + "/events/" + server.event() + "/orders/").garbageNext(20);
        fx(() -> v.preview().loadAttendees(ws.repositoryProperty().get(), "Jürgen"));
        waitUntil("Jürgen is shown all the same", () -> v.preview().scheduler().dataProperty().get() != null
                && v.preview().scheduler().isCurrent());
        String name = onFx(() -> v.preview().dataChoice().getValue().pdfData().path("attendee_name").asText());
        assertTrue(previewText(v).contains(name));
        String status = onFx(() -> ((javafx.scene.control.Label) v.preview().lookup("#preview-status")).getText());
        assertTrue(status.contains("language could not be read"), status);
        assertEquals(null, shownLocale(v));
    }

    private static String shownLocale(DocumentView v) {
        JsonNode data = v.preview().scheduler().dataProperty().get();
        return data == null ? null : data.path("locale").asText(null);
    }

    private static String previewText(DocumentView v) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(onFx(() -> v.preview().scheduler().lastPdf()))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void saveAsNewUploadsTheBackgroundFirstAndNeverSendsDefault(FxRobot robot) throws Exception {
        fx(() -> ws.newEmptyPage(org.layoutstudio.editor.document.PageFormat.standard().get(5))); // A6 landscape
        EditorDocument doc = onFx(ws::currentDocument);
        var logo = org.layoutstudio.layout.Element.parse(
                "{\"type\":\"poweredby\",\"page\":1,\"left\":\"10.00\",\"bottom\":\"10.00\",\"size\":\"20.00\",\"content\":\"dark\"}");
        fx(() -> doc.run(new org.layoutstudio.editor.model.InsertElementsCommand("Add", List.of(logo))));
        int before = server.requests().count();
        fx(() -> ws.saveToServer(org.layoutstudio.editor.save.SaveMode.CREATE));
        waitUntil("saved or asked", () -> !doc.isModified() || robot.lookup("#findings-dialog").tryQuery().isPresent());
        if (robot.lookup("#findings-dialog").tryQuery().isPresent()) {
            robot.clickOn("Save anyway");
        }
        waitUntil("created", () -> !doc.isModified());
        var sent = server.requests().all().subList(before, server.requests().count());
        int upload = -1;
        int post = -1;
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).path().endsWith("/upload")) {
                upload = i;
            }
            if (sent.get(i).method().equals("POST") && sent.get(i).path().endsWith("/ticketlayouts/")) {
                post = i;
            }
        }
        assertTrue(upload >= 0 && post > upload, "the background is uploaded before the layout is created");
        assertFalse(new String(sent.get(post).body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"default\""));
        long id = doc.serverOrigin().layoutId();
        JsonNode created = serverCopy(id);
        assertFalse(created.get("default").asBoolean());
        byte[] bg = client.downloadBackground(created.get("background").asText());
        var info = org.layoutstudio.render.raster.BackgroundPdf.read(bg);
        assertEquals(148, info.widthMm(), 0.1);
        assertEquals(105, info.heightMm(), 0.1);
    }

    @Test
    void aChangeBehindOurBackIsAConflictAndKeepMineOverwrites(FxRobot robot) throws Exception {
        EditorDocument doc = openDefault();
        long id = doc.serverOrigin().layoutId();
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Move",
                List.of(doc.layout().get(0)), e -> e.withLeft(33))));
        // someone else renames the layout in the meantime
        assertEquals(200, http("PATCH", layoutsUrl(id), "{\"name\": \"Changed elsewhere\"}").statusCode());

        saveAndWait(robot, doc);
        waitUntil("the conflict dialog shows", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Keep mine");
        waitUntil("saved", () -> !doc.isModified());
        JsonNode saved = serverCopy(id);
        assertEquals("33.00", saved.get("layout").get(0).get("left").asText());
        assertEquals("Default layout", saved.get("name").asText(), "mine overwrote theirs");
    }
}
