package org.layoutstudio.editor.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pane says, in the user's language, how long an edit took to reach the screen. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStatusLineGivesTheTimeFromEditToScreenInEnglishAndGerman() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
            PreviewPane[] pane = new PreviewPane[1];
            fx(() -> {
                pane[0] = new PreviewPane(doc, new PdfBoxTestRenderer(), BackgroundTasks.shared(), () -> null,
                        ResourceBundle.getBundle(ErrorMessages.BUNDLE, locale));
                stage.setScene(new Scene(pane[0], 500, 700));
                stage.show();
            });
            PreviewScheduler scheduler = pane[0].scheduler();
            waitUntil("the first picture is on screen", () -> scheduler.statusProperty().get().state() == PreviewStatus.State.SHOWN);
            // (the count, not "the second picture": the pane may draw again when the stage, shared with the
            // test before, takes this scene's size)
            int before = onFx(() -> scheduler.rendersShownProperty().get());
            fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(42))));
            waitUntil("the edit is on screen", () -> scheduler.isCurrent()
                    && scheduler.statusProperty().get().state() == PreviewStatus.State.SHOWN && scheduler.rendersShownProperty().get() > before);
            String status = onFx(() -> ((Label) pane[0].lookup("#preview-status")).getText());
            String expected = locale == Locale.GERMAN ? "In \\d+ ms aktualisiert" : "Updated in \\d+ ms";
            assertTrue(status.matches(expected), locale + ": " + status);
        }
    }

    /** The data choice shows who is previewed whole, and in a narrow pane (260 px) it never runs past the pane's edge. */
    @Test
    void theDataChoiceShowsTheAttendeeWholeAndStaysInsideANarrowPane() throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        PreviewPane[] pane = new PreviewPane[1];
        javafx.scene.layout.StackPane[] holder = new javafx.scene.layout.StackPane[1];
        var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("attendee_name", "x");
        var someone = new org.layoutstudio.editor.document.AttendeeData("YEYLE-1 Jürgen Weiß", node);
        var longName = new org.layoutstudio.editor.document.AttendeeData(
                "QWERT-2 Maximiliane Alexandra von Hohenzollern-Sigmaringen-Wittelsbach", node);
        fx(() -> {
            pane[0] = new PreviewPane(doc, new PdfBoxTestRenderer(), BackgroundTasks.shared(), () -> null,
                    ResourceBundle.getBundle(ErrorMessages.BUNDLE, Locale.ENGLISH));
            pane[0].dataChoice().getItems().add(someone);
            pane[0].dataChoice().setValue(someone);
            holder[0] = new javafx.scene.layout.StackPane(pane[0]);
            javafx.scene.layout.StackPane.setAlignment(pane[0], javafx.geometry.Pos.TOP_LEFT);
            pane[0].setMaxWidth(500);
            stage.setScene(new Scene(holder[0], 500, 500));
            stage.show();
        });
        waitUntil("the choice is laid out", () -> pane[0].dataChoice().getWidth() > 0);
        double labelWidth = onFx(() -> new javafx.scene.text.Text(someone.label()).getLayoutBounds().getWidth());
        assertTrue(onFx(() -> pane[0].dataChoice().getWidth()) > labelWidth + 30,
                "\"" + someone.label() + "\" fits its box (was 150 px)");
        fx(() -> {
            pane[0].dataChoice().getItems().add(longName);
            pane[0].dataChoice().setValue(longName);
            pane[0].setMaxWidth(260);
        });
        waitUntil("the narrow pane is laid out", () -> pane[0].getWidth() <= 260);
        fx(() -> pane[0].layout());
        double right = onFx(() -> pane[0].dataChoice().localToScene(pane[0].dataChoice().getLayoutBounds()).getMaxX());
        double edge = onFx(() -> pane[0].localToScene(pane[0].getLayoutBounds()).getMaxX());
        assertTrue(right <= edge + 0.5, "the choice ends at " + right + ", the pane at " + edge);
    }

    /**
     * In a narrow pane the page is drawn at about the size shown (not a larger raster shrunk by the image
     * view, which garbled small text) and fits the viewport beside the vertical scroll bar: no sideways scrolling.
     */
    @Test
    void aNarrowPaneShowsThePageAtItsSizeWithoutScrollingSideways() throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        PreviewPane[] pane = new PreviewPane[1];
        fx(() -> {
            pane[0] = new PreviewPane(doc, new PdfBoxTestRenderer(), BackgroundTasks.shared(), () -> null,
                    ResourceBundle.getBundle(ErrorMessages.BUNDLE, Locale.ENGLISH));
            // the pane held at 260 px, whatever size the stage kept from earlier tests
            pane[0].setMaxWidth(260);
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(pane[0]);
            javafx.scene.layout.StackPane.setAlignment(pane[0], javafx.geometry.Pos.TOP_LEFT);
            stage.setScene(new Scene(holder, 260, 500));
            stage.show();
        });
        PreviewScheduler scheduler = pane[0].scheduler();
        waitUntil("the picture is on screen", () -> scheduler.statusProperty().get().state() == PreviewStatus.State.SHOWN
                && scheduler.imageProperty().get() != null && scheduler.isCurrent());
        double[] measured = onFx(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) pane[0].lookup(".scroll-pane");
            javafx.scene.image.ImageView view = (javafx.scene.image.ImageView) scroll.lookup(".image-view");
            return new double[] {view.getBoundsInParent().getWidth(), scroll.getViewportBounds().getWidth(),
                    0, scheduler.scaleProperty().get()};
        });
        assertTrue(measured[0] <= measured[1], "the page fits the viewport: " + measured[0] + " of " + measured[1]);
        assertTrue(measured[1] < 260 && measured[3] < 0.75, "drawn for the width shown (" + measured[1] + " px), not at 0.75 px/pt or more: " + measured[3]);
        // (the test renderer draws at a quarter of the scale asked, for speed: the scale is what is asked for)
        double rasterWidth = 595 * measured[3];
        assertTrue(rasterWidth >= measured[0] && rasterWidth <= measured[0] + 595 / 8.0 + 1,
                "a raster larger than shown by one step at most: " + rasterWidth + " for " + measured[0]);
    }
}
