package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ErrorDialogTest {
    private static Dialog<ButtonType> show(Locale locale, ErrorReport report) throws Exception {
        FxToolkit.registerPrimaryStage();
        ErrorDialog errors = new ErrorDialog(ResourceBundle.getBundle(ErrorMessages.BUNDLE, locale));
        AtomicReference<Dialog<ButtonType>> shown = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> shown.set(report == null
                ? errors.show(null, new UnknownHostException("pretix.example: Name or service not known"))
                : errors.show(null, report))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return shown.get();
    }

    private static void close(Dialog<ButtonType> dialog) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((Stage) dialog.getDialogPane().getScene().getWindow()).close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theDialogShowsWhatHappenedAndWhatToDoWithDetailsFolded() throws Exception {
        Dialog<ButtonType> dialog = show(Locale.ENGLISH, null);
        try {
            assertEquals("Server not found", dialog.getTitle());
            assertEquals("The server name pretix.example could not be found.", dialog.getHeaderText(),
                    "the host only: the resolver's English words stay in the details");
            Label todo = (Label) ((ScrollPane) dialog.getDialogPane().getContent()).getContent();
            assertTrue(todo.getText().startsWith("Check the server URL"));
            assertFalse(dialog.getDialogPane().isExpanded(), "details are folded away");
            VBox details = (VBox) dialog.getDialogPane().getExpandableContent();
            assertNotNull(details);
            String trace = ((TextArea) details.getChildren().get(1)).getText();
            assertTrue(trace.contains("java.net.UnknownHostException") && trace.contains("    at "));
            assertTrue(dialog.isResizable());
        } finally {
            close(dialog);
        }
    }

    @Test
    void aMessageLongerThanTheScreenScrollsInsteadOfBeingCut() throws Exception {
        String todo = "Tun Sie dies und das, dann noch etwas anderes. ".repeat(200).strip();
        Dialog<ButtonType> dialog = show(Locale.GERMAN, new ErrorReport("Titel", "Kurz.", todo, ""));
        try {
            Label content = (Label) ((ScrollPane) dialog.getDialogPane().getContent()).getContent();
            assertEquals(todo, ((Text) content.lookup(".text")).getText());
            Stage window = (Stage) dialog.getDialogPane().getScene().getWindow();
            assertTrue(window.getHeight() <= javafx.stage.Screen.getPrimary().getVisualBounds().getHeight(),
                    "never taller than the screen");
        } finally {
            close(dialog);
        }
    }

    @Test
    void aLongMessageWrapsAndIsNeverCutAndTheDetailsLinkSpeaksGerman() throws Exception {
        String what = "Etwas ist passiert. ".repeat(8).strip();
        String todo = "Tun Sie dies und das, dann noch etwas anderes. ".repeat(8).strip();
        Dialog<ButtonType> dialog = show(Locale.GERMAN, new ErrorReport("Titel", what, todo, "java.io.IOException: x"));
        try {
            Label content = (Label) ((ScrollPane) dialog.getDialogPane().getContent()).getContent();
            Text shown = (Text) content.lookup(".text");
            assertEquals(todo, shown.getText(), "the label shows its whole text, no ellipsis");
            assertTrue(content.getHeight() + 0.5 >= content.prefHeight(content.getWidth()), "the label is as tall as its lines");
            Stage window = (Stage) dialog.getDialogPane().getScene().getWindow();
            double contentHeight = dialog.getDialogPane().prefHeight(window.getScene().getWidth());
            assertTrue(window.getScene().getHeight() + 0.5 >= contentHeight,
                    "the window holds its content: " + window.getScene().getHeight() + " < " + contentHeight);
            assertTrue(window.getMinHeight() > 0, "and cannot be made smaller than it");
            Hyperlink toggle = (Hyperlink) dialog.getDialogPane().lookup("#error-details-toggle");
            assertEquals("Details anzeigen", toggle.getText());
            assertEquals(List.of(), TextWalk.german().data("Titel", what, todo).foreignTexts(window));
        } finally {
            close(dialog);
        }
    }
}
