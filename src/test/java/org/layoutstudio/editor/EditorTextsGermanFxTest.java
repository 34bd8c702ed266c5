package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.EventVariable;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.inspector.ContentOption;
import org.layoutstudio.editor.inspector.ContentOptions;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.Message;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.editor.testing.SandboxFixture;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.TextWalk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With German chosen, every text of the editor's inspector (each section: page, text, legacy text, QR
 * code, image, logo, several elements), the New layout dialog, the JSON source window, the Open from
 * pretix list and the save dialogs (unsaved changes, findings, conflict) is a text of the German
 * bundle or data: pretix's variables, names and JSON, the event's questions, the file's name. The
 * undo menu names inspector edits in German. (The canvas strip and the preview are other areas'.)
 */
@ExtendWith(ApplicationExtension.class)
class EditorTextsGermanFxTest {
    private static final Texts GERMAN = Texts.forLocale(Locale.GERMAN);
    private static final String SHELL_CSS = EditorTextsGermanFxTest.class.getResource("/org/layoutstudio/app/shell.css").toExternalForm();
    /** One element of each type: the inspector shows each section once. */
    private static final String LAYOUT = """
            [{"type":"textcontainer","left":"10.00","bottom":"200.00","width":"80.00","height":"20.00","fontsize":"13.0",
              "color":[0,0,0,1],"fontfamily":"Open Sans","bold":false,"italic":false,"content":"other_i18n",
              "text_i18n":{"de":"Hallo"},"align":"left","verticalalign":"top","autoresize":false,"splitlongwords":false},
             {"type":"textcontainer","left":"10.00","bottom":"150.00","width":"80.00","height":"20.00","fontsize":"16.0",
              "color":[200,0,0,1],"fontfamily":"Open Sans","content":"question_JOBTITLE"},
             {"type":"textarea","left":"10.00","bottom":"100.00","width":"80.00","fontsize":"13.0","color":[0,0,0,1],
              "fontfamily":"Open Sans","content":"other","text":"Legacy","downward":true},
             {"type":"barcodearea","left":"120.00","bottom":"200.00","size":"40.00","content":"secret","nowhitespace":false},
             {"type":"imagearea","left":"120.00","bottom":"100.00","width":"40.00","height":"40.00","content":""},
             {"type":"poweredby","left":"120.00","bottom":"10.00","size":"20.00","content":"dark"}]
            """;

    @TempDir
    static Path dir;

    private SandboxFixture sandbox;
    private EditorWorkspace ws;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = new SandboxFixture();
        ws = new EditorWorkspace(new WorkspaceServices(GERMAN, BackgroundTasks.shared(), new PdfBoxTestRenderer(),
                LayoutChecks.NONE, new FontChoices(FontCatalog.builtInOnly(), GERMAN.bundle()), null, null));
        // the demo event in German: its questions are named as a German user's pretix names them
        ws.connections().activate(new LayoutRepository(new PretixClient(PretixConnection.withToken(sandbox.server().baseUrl(),
                sandbox.server().organizer(), sandbox.server().event(), sandbox.server().token())), null, "de"));
        // as in the app, every window has the shell's stylesheet
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> styled(w.getScene()));
            }
        });
        stage.setScene(styled(new Scene(ws, 1240, 760)));
        stage.show();
    }

    private static Scene styled(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(SHELL_CSS)) {
            scene.getStylesheets().add(SHELL_CSS);
        }
        return scene;
    }

    @AfterEach
    void stop() {
        fx(ws::dispose);
        sandbox.close();
    }

    /** pretix's words and the event's data that the editor shows as they are. */
    private TextWalk walk(Path file) throws Exception {
        EventContext event = onFx(ws.eventContextProperty()::get);
        String name = file.getFileName().toString().replace(".json", "");
        List<String> data = new ArrayList<>(List.of(name, "Open Sans", "en", "de"));
        // pretix's variables: its labels and samples, shortened as the picker shows them
        for (ContentOption o : new ContentOptions(GERMAN).variables(EventContext.NONE)) {
            data.addAll(List.of(o.toString(), o.sample()));
        }
        for (EventVariable v : event.textVariables()) {
            data.addAll(List.of(v.name(), v.sample(), "{" + v.key() + "}"));
        }
        return TextWalk.german().data(data);
    }

    private EditorDocument openLayout(Path file) throws Exception {
        waitUntil("the event's questions are loaded", () -> !ws.eventContextProperty().get().textVariables().isEmpty());
        fx(() -> ws.openFile(file));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        return onFx(ws::currentDocument);
    }

    private List<String> foreignInInspector(TextWalk walk) throws Exception {
        return onFx(() -> walk.foreignTexts(ws.views().get(0).inspector()));
    }

    private List<String> foreignInDialogs(TextWalk walk) throws Exception {
        return onFx(() -> walk.foreignTexts(Window.getWindows().filtered(w -> w.isShowing() && w != stage)));
    }

    private void closeDialogs() {
        fx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }

    private void select(EditorDocument doc, ElementType... types) {
        fx(() -> {
            List<Long> ids = new ArrayList<>();
            for (Element e : doc.layout().elements()) {
                for (ElementType t : types) {
                    if (e.type() == t) {
                        ids.add(e.id());
                    }
                }
            }
            doc.selection().set(ids);
        });
    }

    @Test
    void everyInspectorSectionSpeaksGermanAndSoDoesTheUndoMenu(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("ticket.json"), LAYOUT);
        EditorDocument doc = openLayout(file);
        TextWalk walk = walk(file);
        List<String> found = new ArrayList<>();

        waitUntil("the page is read", () -> robot.lookup("#inspector-page-info").queryLabeled().getText().contains("mm"));
        found.addAll(foreignInInspector(walk));
        assertEquals("Ticketdesign", robot.lookup("#inspector-title").queryLabeled().getText());
        assertEquals("210 × 297 mm, 1 Seite", robot.lookup("#inspector-page-info").queryLabeled().getText());

        for (ElementType type : List.of(ElementType.TEXTCONTAINER, ElementType.TEXTAREA, ElementType.BARCODEAREA,
                ElementType.IMAGEAREA, ElementType.POWEREDBY)) {
            select(doc, type);
            found.addAll(foreignInInspector(walk));
        }
        select(doc, ElementType.TEXTCONTAINER);
        assertEquals("2 × Textfeld", robot.lookup("#inspector-title").queryLabeled().getText());
        select(doc, ElementType.TEXTCONTAINER, ElementType.BARCODEAREA, ElementType.POWEREDBY);
        assertEquals("4 Elemente", robot.lookup("#inspector-title").queryLabeled().getText());
        found.addAll(foreignInInspector(walk));

        // a wrong number is explained in German, and the edits are German steps in the undo menu
        select(doc, ElementType.TEXTCONTAINER);
        TextField fontSize = robot.lookup("#inspector-font-size").queryAs(TextField.class);
        assertEquals("gemischt", fontSize.getPromptText(), "the two text boxes differ");
        robot.clickOn(fontSize).push(KeyCode.CONTROL, KeyCode.A).write("12,5").push(KeyCode.ENTER);
        assertEquals("Verwenden Sie einen Punkt als Dezimaltrennzeichen: 12.5 statt 12,5.",
                robot.lookup("#inspector-font-size-problem").queryLabeled().getText());
        found.addAll(foreignInInspector(walk));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("12.5").push(KeyCode.ENTER);
        assertEquals("Schriftgröße ändern (2 Elemente) rückgängig machen", onFx(() -> ws.undoTextBinding().get()));

        select(doc, ElementType.BARCODEAREA);
        TextField size = robot.lookup("#inspector-size").queryAs(TextField.class);
        robot.clickOn(size).push(KeyCode.CONTROL, KeyCode.A).write("35").push(KeyCode.ENTER);
        assertEquals("Größe ändern rückgängig machen", onFx(() -> ws.undoTextBinding().get()));
        robot.clickOn("#inspector-no-whitespace");
        assertEquals("Ohne Rand rückgängig machen", onFx(() -> ws.undoTextBinding().get()));
        fx(ws::undo);
        assertEquals("Ohne Rand wiederholen", onFx(() -> ws.redoTextBinding().get()));

        select(doc);
        TextField name = robot.lookup("#inspector-layout-name").queryAs(TextField.class);
        robot.clickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("Einlass").push(KeyCode.ENTER);
        assertEquals("Umbenennen in „Einlass“ rückgängig machen", onFx(() -> ws.undoTextBinding().get()));
        assertEquals(List.of(), found);
    }

    @Test
    void theEditorsDialogsSpeakGerman(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("dialogs.json"), LAYOUT);
        openLayout(file);
        TextWalk walk = walk(file);

        fx(ws::newDocument);
        waitUntil("the New layout dialog shows", () -> robot.lookup("#new-layout-dialog").tryQuery().isPresent());
        assertEquals(List.of(), foreignInDialogs(walk), "New layout");
        Node dialog = robot.lookup("#new-layout-dialog").query(); // the page section has a size chooser too
        robot.clickOn("#new-layout-empty");
        @SuppressWarnings("unchecked")
        ComboBox<Object> formats = robot.from(dialog).lookup("#page-size-format").queryAs(ComboBox.class);
        fx(() -> formats.getSelectionModel().selectLast()); // Eigene Größe…
        fx(() -> robot.from(dialog).lookup("#page-size-width").queryAs(TextField.class).setText("3"));
        robot.clickOn("OK");
        assertEquals("Breite muss zwischen 10 mm und 5000 mm liegen.", robot.lookup("#new-layout-problem").queryLabeled().getText());
        assertEquals(1, ws.views().size(), "nothing is made of a wrong size");
        assertEquals(List.of(), foreignInDialogs(walk), "New layout with a problem");
        closeDialogs();

        fx(ws::showSource);
        waitUntil("the JSON source shows", () -> robot.lookup("#source-view").tryQuery().isPresent());
        assertEquals(List.of(), foreignInDialogs(walk), "JSON source");
        fx(() -> robot.lookup("#source-text").queryTextInputControl().setText(
                "[{\"type\":\"poweredby\",\"left\":\"5.00\",\"bottom\":\"5.00\",\"size\":\"10.00\",\"content\":\"dark\"}]"));
        robot.clickOn("#source-apply");
        waitUntil("applied", () -> "Übernommen.".equals(robot.lookup("#source-message").queryLabeled().getText()));
        assertEquals(List.of(), foreignInDialogs(walk), "JSON source applied");
        assertEquals("JSON-Quelltext bearbeiten rückgängig machen", onFx(() -> ws.undoTextBinding().get()));
        robot.push(KeyCode.ESCAPE);
        waitUntil("Esc closes the JSON source", () -> robot.lookup("#source-view").tryQuery().isEmpty());
        fx(ws::showSource);
        waitUntil("the JSON source shows again", () -> robot.lookup("#source-view").tryQuery().isPresent());
        robot.clickOn("#source-close");
        waitUntil("its Close button closes it", () -> robot.lookup("#source-view").tryQuery().isEmpty());

        fx(ws::openFromServer);
        waitUntil("pretix's layouts are listed", () -> !robot.lookup("#server-layouts").queryTableView().getItems().isEmpty());
        List<String> layouts = new ArrayList<>();
        sandbox.layouts().forEach(l -> layouts.add(l.get("name").asText()));
        List<String> products = List.of("Konferenzticket", "Workshop-Tag", "Studierendenticket");
        assertEquals(List.of(), foreignInDialogs(TextWalk.german().data(layouts).data(products)
                .data(sandbox.server().organizer(), sandbox.server().event())), "Open from pretix");
        closeDialogs();

        fx(() -> ws.saveController().dialogs().askUnsaved("dialogs", choice -> { }));
        waitUntil("the unsaved dialog shows", () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        assertEquals(List.of(), foreignInDialogs(walk), "unsaved changes");
        closeDialogs();

        fx(() -> ws.saveController().dialogs().showFindings(List.of(
                Finding.warning(Message.of("editor.save.standInBackground", GERMAN.get("error.io.what")))), go -> { }));
        waitUntil("the findings show", () -> robot.lookup("#findings-dialog").tryQuery().isPresent());
        assertEquals(List.of(), foreignInDialogs(walk), "findings");
        closeDialogs();

        LayoutDocument mine = LayoutDocument.parse(LAYOUT); // as opened: the JSON source replaced the document's elements
        LayoutDocument theirs = LayoutDocument.parse(LAYOUT.replace("\"10.00\",\"bottom\":\"200.00\"", "\"30.00\",\"bottom\":\"200.00\"")
                .replace(",\n {\"type\":\"poweredby\",\"left\":\"120.00\",\"bottom\":\"10.00\",\"size\":\"20.00\",\"content\":\"dark\"}", ""));
        fx(() -> ws.saveController().dialogs().askConflict("dialogs", mine, theirs, "Einlass", choice -> { }));
        waitUntil("the conflict dialog shows", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        List<Object> differences = new ArrayList<>(robot.lookup("#conflict-differences").queryListView().getItems());
        assertEquals(List.of("Auf dem Server heißt es „Einlass“.",
                "Element 1 (Textfeld, other_i18n): left hier 10.00, auf dem Server 30.00.",
                "Element 6 (pretix-Logo, dark) gibt es nur in Ihrer Fassung."), differences);
        assertEquals(List.of(), foreignInDialogs(walk.data("dialogs", "Einlass", "other_i18n", "left", "dark")), "conflict");
        closeDialogs();
    }
}
