package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.save.PretixChecks;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.editor.testing.SandboxFixture;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.TextWalk;
import org.layoutstudio.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The checks before saving to pretix, over real HTTP to the sandbox: they know the pretix version of
 * the server the layout goes to (asked once per connection), and the findings dialog says them in
 * the user's language (here German, the bundle the workspace got).
 */
@ExtendWith(ApplicationExtension.class)
class SaveChecksFxTest {
    private SandboxFixture server;
    private EditorWorkspace ws;

    @Start
    void start(Stage stage) throws Exception {
        server = new SandboxFixture();
        Texts german = Texts.forLocale(Locale.GERMAN);
        ws = new EditorWorkspace(new WorkspaceServices(german, BackgroundTasks.shared(), new PdfBoxTestRenderer(), new PretixChecks(),
                new FontChoices(FontCatalog.builtInOnly(), german.bundle()), null, null));
        stage.setScene(new Scene(ws, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        fx(ws::dispose);
        server.close();
    }

    private String findingsShown(FxRobot robot) {
        waitUntil("the checks warn", () -> robot.lookup("#findings-dialog").tryQuery().isPresent());
        return robot.lookup("#findings-dialog .text-area").queryAs(TextArea.class).getText();
    }

    private static void move(EditorDocument doc, double left) {
        fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(left))));
    }

    @Test
    void anOlderPretixIsNamedInTheUsersLanguageAndAskedOnce(FxRobot robot) throws Exception {
        server.server().faults().answerAsPretix("2024.5.2");
        fx(() -> ws.connections().activate(server.repository("Older pretix")));
        fx(() -> ws.openFromServer(server.defaultLayoutId(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        EditorDocument doc = onFx(ws::currentDocument);
        long textBoxes = doc.layout().elements().stream().filter(e -> e.typeName().equals("textcontainer")).count();
        assertTrue(textBoxes > 0);

        for (double left : new double[] {42, 43}) {
            move(doc, left);
            fx(ws::save);
            List<String> lines = List.of(findingsShown(robot).split("\n"));
            assertEquals(textBoxes, lines.size(), lines.toString());
            TextWalk walk = TextWalk.german().data("textcontainer");
            for (String line : lines) {
                assertTrue(walk.accepts(line.substring(2)), "the German bundle's words: " + line);
                assertTrue(line.matches("⚠ Element \\d+ \\(textcontainer\\): Dieser Server hat pretix 2024\\.5\\.2, das Textfelder dieser Art"
                        + " nicht kennt \\(pretix 2024\\.7 hat sie eingeführt\\): Er lehnt das Layout ab oder druckt hier nichts, während die"
                        + " Vorschau dem neuesten pretix folgt\\."), line);
            }
            robot.clickOn("Trotzdem speichern");
            waitUntil("saved", () -> !doc.isModified());
        }
        assertEquals(1, server.server().requests().count(r -> r.path().equals("/api/v1/version")), "the version is asked once");
        assertFalse(TextWalk.german().data("textcontainer").accepts("Element 1 (textcontainer): this server runs pretix 2024.5.2, which"
                + " does not know text boxes of this kind (pretix 2024.7 added them): it refuses the layout or prints nothing here,"
                + " while the preview follows the newest pretix."), "English would be noticed");
        assertEquals(2, server.editorWrites().size(), "both saves went through");
    }
}
