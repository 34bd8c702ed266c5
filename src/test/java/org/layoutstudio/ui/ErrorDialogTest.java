package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ErrorDialogTest {
    @Test
    void theDialogShowsWhatHappenedAndWhatToDoWithDetailsFolded() throws Exception {
        FxToolkit.registerPrimaryStage();
        ErrorDialog dialog = new ErrorDialog(ResourceBundle.getBundle(ErrorMessages.BUNDLE, Locale.ENGLISH));
        AtomicReference<Alert> shown = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> shown.set(dialog.show(null, new UnknownHostException("pretix.example"))))
                .get(10, TimeUnit.SECONDS);
        Alert alert = shown.get();
        try {
            assertEquals("Server not found", alert.getTitle());
            assertEquals("The server name pretix.example could not be found.", alert.getHeaderText());
            Label todo = (Label) alert.getDialogPane().getContent();
            assertTrue(todo.getText().startsWith("Check the server URL"));
            assertFalse(alert.getDialogPane().isExpanded(), "details are folded away");
            VBox details = (VBox) alert.getDialogPane().getExpandableContent();
            assertNotNull(details);
            String trace = ((TextArea) details.getChildren().get(1)).getText();
            assertTrue(trace.contains("java.net.UnknownHostException") && trace.contains("    at "));
        } finally {
            WaitForAsyncUtils.asyncFx(alert::close).get(10, TimeUnit.SECONDS);
        }
    }
}
