package org.layoutstudio.editor.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InspectorFxTest {
    private static final Texts TEXTS = Texts.forLocale(java.util.Locale.ENGLISH);
    private final ContentOptions options = new ContentOptions(TEXTS);
    private EditorDocument doc;
    private InspectorPane inspector;

    @Start
    void start(Stage stage) {
        doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        EventContext event = new EventContext("DemoCon", List.of("en", "de"), List.of(), List.of());
        inspector = new InspectorPane(doc, () -> event, new FontChoices(org.layoutstudio.render.text.FontCatalog.builtInOnly(), TEXTS.bundle()),
                BackgroundTasks.shared(), TEXTS);
        stage.setScene(new Scene(inspector, 380, 760));
        stage.show();
    }

    private Element el(int i) {
        return doc.layout().get(i);
    }

    @Test
    void aCommaIsRejectedWithASentenceAndADotIsAccepted(FxRobot robot) {
        fx(() -> doc.selection().select(el(1).id())); // poweredby
        TextField size = robot.lookup("#inspector-size").queryAs(TextField.class);
        robot.clickOn(size).push(KeyCode.CONTROL, KeyCode.A).write("1,5").push(KeyCode.ENTER);
        Label problem = robot.lookup("#inspector-size-problem").queryAs(Label.class);
        assertEquals("Use a dot as the decimal separator: 1.5 instead of 1,5.", problem.getText());
        assertEquals("20.00", el(1).string("size", ""), "nothing changed");
        assertFalse(doc.history().canUndo());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("15.5").push(KeyCode.ENTER);
        assertEquals("15.50", el(1).string("size", ""));
        assertEquals("", problem.getText());
        assertEquals(1, doc.history().undoDescriptions().size(), "one undo step per committed edit, not per keystroke");
    }

    @Test
    void aMultiSelectionShowsSharedValuesAndEditsAll(FxRobot robot) {
        // elements 2 and 3: textcontainers at different positions, same font size 14 vs 13
        fx(() -> doc.selection().set(List.of(el(2).id(), el(3).id(), el(4).id())));
        assertTrue(robot.lookup("#inspector-title").queryLabeled().getText().startsWith("3 × Text box"));
        TextField x = robot.lookup("#inspector-x").queryAs(TextField.class);
        TextField fontSize = robot.lookup("#inspector-font-size").queryAs(TextField.class);
        String commonX = el(2).string("left", "").equals(el(3).string("left", "")) ? "shared" : "mixed";
        if (commonX.equals("mixed")) {
            assertEquals("", x.getText());
            assertEquals("mixed", x.getPromptText());
        }
        CheckBox bold = robot.lookup("#inspector-bold").queryAs(CheckBox.class);
        robot.clickOn(fontSize).push(KeyCode.CONTROL, KeyCode.A).write("9").push(KeyCode.ENTER);
        assertEquals("9.0", el(2).string("fontsize", ""));
        assertEquals("9.0", el(3).string("fontsize", ""));
        assertEquals("9.0", el(4).string("fontsize", ""));
        assertEquals("Change font size of 3 elements", doc.history().undoDescription());
        robot.clickOn(bold);
        assertTrue(el(2).bold() && el(3).bold() && el(4).bold());
        fx(() -> doc.history().undo());
        assertFalse(bold.isSelected());
    }

    @Test
    void fontWarningsAndCustomTextsPerLanguage(FxRobot robot) {
        fx(() -> doc.selection().select(el(2).id()));
        Label warning = robot.lookup("#inspector-font-warning").queryAs(Label.class);
        assertFalse(warning.isVisible(), "Open Sans is built into pretix");
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Font", List.of(el(2)),
                e -> e.withString("fontfamily", "Roboto"))));
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("the event does not offer this font"), warning.getText());

        org.controlsfx.control.SearchableComboBox<?> picker = robot.lookup("#inspector-content")
                .queryAs(org.controlsfx.control.SearchableComboBox.class);
        fx(() -> {
            @SuppressWarnings("unchecked")
            var p = (org.controlsfx.control.SearchableComboBox<ContentOption>) picker;
            p.setValue(options.otherI18n());
        });
        assertEquals("other_i18n", el(2).content());
        waitUntil("language texts show", () -> robot.lookup("#inspector-text-de").tryQuery().isPresent());
        TextArea de = robot.lookup("#inspector-text-de").queryAs(TextArea.class);
        fx(() -> {
            de.requestFocus();
            de.setText("Hallo ");
            de.positionCaret(6);
        });
        fx(() -> {
            @SuppressWarnings("unchecked")
            var insert = (org.controlsfx.control.SearchableComboBox<ContentOption>) robot.lookup("#inspector-insert-placeholder")
                    .queryAs(org.controlsfx.control.SearchableComboBox.class);
            insert.setValue(options.find(options.variables(EventContext.NONE), "attendee_name"));
        });
        waitUntil("the placeholder is in the German text", () -> "Hallo {attendee_name}".equals(el(2).textI18n().get("de")));
        assertNull(el(2).textI18n().get("fr"));
    }

    @Test
    void nothingSelectedShowsThePageAndRenamesAsAnUndoableStep(FxRobot robot) {
        fx(() -> doc.selection().clear());
        assertEquals("Ticket design", robot.lookup("#inspector-title").queryLabeled().getText());
        waitUntil("page info is read", () -> robot.lookup("#inspector-page-info").queryLabeled().getText().startsWith("210"));
        assertEquals("210 × 297 mm, 1 page", robot.lookup("#inspector-page-info").queryLabeled().getText());
        TextField name = robot.lookup("#inspector-layout-name").queryAs(TextField.class);
        robot.clickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("Badge").push(KeyCode.ENTER);
        assertEquals("Badge", doc.nameProperty().get());
        assertTrue(doc.isModified());
        fx(() -> doc.history().undo());
        assertFalse(doc.isModified());
        robot.clickOn("#inspector-empty-background");
        waitUntil("the page info follows the new background",
                () -> robot.lookup("#inspector-page-info").queryLabeled().getText().startsWith("210 × 297"));
        assertTrue(doc.isModified(), "a new background is a change");
        assertEquals("Create empty background", doc.history().undoDescription());
    }
}
