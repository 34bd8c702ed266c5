package org.layoutstudio.editor.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The inspector's font list as pretix resolves fonts: Open Sans, the families the event offers (installed
 * here or not), the families installed here that pretix would not draw; each marked, and what the preview uses.
 */
@ExtendWith(ApplicationExtension.class)
class FontFieldFxTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DEJAVU_SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    @TempDir
    static Path fontsDir;
    private Stage stage;
    private EditorDocument doc;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, Locale locale) throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU) && Files.isRegularFile(DEJAVU_SERIF), "DejaVu is installed");
        Files.copy(DEJAVU, fontsDir.resolve("DejaVuSans.ttf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(DEJAVU_SERIF, fontsDir.resolve("DejaVuSerif.ttf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FontCatalog fonts = FontCatalog.builtInOnly();
        fonts.add(fontsDir);
        fonts.offer(Set.of("DejaVu Sans", "Roboto"));
        FontChoices choices = new FontChoices(fonts, ResourceBundle.getBundle("org.layoutstudio.app.messages", locale));
        doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        EventContext event = new EventContext("DemoCon", List.of("en"), List.of(), List.of());
        robot.interact(() -> {
            stage.setScene(new Scene(new InspectorPane(doc, () -> event, choices, BackgroundTasks.shared(), Texts.forLocale(locale)), 380, 760));
            stage.show();
        });
        fx(() -> doc.selection().select(doc.layout().get(2).id()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot) {
        return robot.lookup("#inspector-font").queryAs(ComboBox.class);
    }

    private void setFamily(String family) {
        fx(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Font", List.of(doc.layout().get(2)),
                e -> e.withString("fontfamily", family))));
    }

    @Test
    void theListMarksWhatPretixOffersWhatIsInstalledAndWhatThePreviewUses(FxRobot robot) throws Exception {
        show(robot, Locale.ENGLISH);
        ComboBox<String> combo = combo(robot);
        assertEquals(List.of("Open Sans", "DejaVu Sans", "Roboto", "DejaVu Serif"), combo.getItems());

        robot.clickOn(combo.lookup(".arrow-button"));
        waitUntil("the list shows", () -> robot.lookup(".font-status").tryQuery().isPresent());
        List<String> statuses = robot.lookup(".font-status").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(statuses.contains("Offered by the event · installed here"), statuses.toString());
        assertTrue(statuses.contains("Offered by the event · not installed here: the preview shows Open Sans"), statuses.toString());
        assertTrue(statuses.contains("Not offered by the event: pretix prints Open Sans"), statuses.toString());
        assertTrue(robot.lookup(".font-not-offered").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> "DejaVu Serif".equals(c.getItem())), "the family pretix would not draw is marked");
        fx(() -> {
            combo.hide();
            stage.getScene().getRoot().requestFocus(); // the field keeps what is being typed while it has the focus
        });

        Label preview = robot.lookup("#inspector-font-preview").queryAs(Label.class);
        Label warning = robot.lookup("#inspector-font-warning").queryAs(Label.class);
        assertEquals("Preview: Open Sans", preview.getText());
        assertFalse(warning.isVisible());
        setFamily("DejaVu Sans");
        assertEquals("Preview: DejaVu Sans", preview.getText());
        assertFalse(warning.isVisible());
        setFamily("DejaVu Serif");
        assertEquals("Preview: Open Sans", preview.getText(), "installed, but pretix would not draw it");
        assertTrue(warning.isVisible() && warning.getText().contains("the event does not offer this font"), warning.getText());
        setFamily("Roboto");
        assertEquals("Preview: Open Sans", preview.getText());
        assertTrue(warning.getText().contains("not installed here"), warning.getText());
    }

    @Test
    void inGerman(FxRobot robot) throws Exception {
        show(robot, Locale.GERMAN);
        setFamily("Roboto");
        assertEquals("Vorschau: Open Sans", robot.lookup("#inspector-font-preview").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#inspector-font-warning").queryAs(Label.class).getText().contains("hier nicht installiert"));
    }
}
