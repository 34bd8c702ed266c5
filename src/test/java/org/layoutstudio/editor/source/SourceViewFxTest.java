package org.layoutstudio.editor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.Message;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourceViewFxTest {
    private EditorDocument doc;
    private SourceView view;

    @Start
    void start(Stage stage) {
        doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        // a stand-in validator: a textcontainer without fontfamily is an error
        view = new SourceView(doc, (layout, bg) -> layout.elements().stream()
                .filter(e -> e.typeName().equals("textcontainer") && !e.has("fontfamily"))
                .map(e -> Finding.error(layout.elements().indexOf(e) + 1, "textcontainer", "fontfamily", Message.of("layout.schema.missing",
                        "fontfamily", Message.of("layout.need.fontfamily", Message.of("layout.noun.textcontainer")))))
                .toList(), BackgroundTasks.shared(), Texts.forLocale(java.util.Locale.ENGLISH));
        stage.setScene(new Scene(view, 600, 600));
        stage.show();
    }

    @Test
    void invalidJsonIsRejectedAndValidJsonIsAppliedAsOneStep(FxRobot robot) {
        String before = doc.layout().toCompactJson();
        fx(() -> view.textArea().setText("[{\"type\": \"poweredby\", "));
        robot.clickOn("#source-apply");
        waitUntil("the problem is shown", () -> view.message().getText().startsWith("Not applied"));
        assertEquals(before, doc.layout().toCompactJson());

        fx(() -> view.textArea().setText("[{\"type\":\"textcontainer\",\"left\":\"1\"}]"));
        robot.clickOn("#source-apply");
        waitUntil("the error is shown", () -> view.message().getText().contains("\"fontfamily\" is missing; a text box needs a font family"));
        assertEquals(before, doc.layout().toCompactJson());

        fx(() -> view.textArea().setText("[{\"type\":\"poweredby\",\"left\":\"5.00\",\"bottom\":\"5.00\",\"size\":\"10.00\",\"content\":\"dark\"}]"));
        robot.clickOn("#source-apply");
        waitUntil("applied", () -> view.message().getText().startsWith("Applied"));
        assertEquals(1, doc.layout().size());
        assertEquals(List.of("Edit JSON source"), doc.history().undoDescriptions());
        fx(() -> doc.history().undo());
        assertEquals(before, doc.layout().toCompactJson());
        assertTrue(!doc.isModified());
    }
}
