package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.testing.FxTesting;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tooltip is made when the pointer first comes over its control, once, and says what it was given. */
@ExtendWith(ApplicationExtension.class)
class TooltipsTest {
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("Save");
        Tooltips.set(button, "Save (Ctrl+S)");
        stage.setScene(new Scene(new StackPane(button), 200, 100));
        stage.show();
    }

    @Test
    void madeOnTheFirstVisitOnceAndKeptUpToDate() throws Exception {
        FxTesting.fx(() -> {
            assertNull(button.getTooltip(), "no tooltip window before the pointer comes");
            assertEquals("Save (Ctrl+S)", Tooltips.text(button));
            enter();
            Tooltip made = button.getTooltip();
            assertEquals("Save (Ctrl+S)", made.getText());
            enter();
            assertSame(made, button.getTooltip(), "made once");
            Tooltips.set(button, "Speichern (Strg+S)");
            assertSame(made, button.getTooltip());
            assertEquals("Speichern (Strg+S)", made.getText());
            assertEquals("Speichern (Strg+S)", Tooltips.text(button));
        });
    }

    @Test
    void aNewTextBeforeTheFirstVisitIsTheOneShown() throws Exception {
        FxTesting.fx(() -> {
            Tooltips.set(button, "first");
            Tooltips.set(button, "second");
            enter();
            assertEquals("second", button.getTooltip().getText());
        });
    }

    @Test
    void aFollowingTooltipSaysTheTextNowAndNoneWhileItIsEmpty() throws Exception {
        FxTesting.fx(() -> {
            StringProperty report = new SimpleStringProperty("");
            Label status = new Label();
            status.textProperty().bind(report);
            Tooltips.follow(status, report);
            report.set("Saved “Default layout”");
            assertNull(status.getTooltip(), "no tooltip window before the pointer comes");
            enter(status);
            assertEquals("Saved “Default layout”", status.getTooltip().getText());
            report.set("");
            assertNull(status.getTooltip(), "an empty report has no tooltip");
            report.set("Opened");
            assertEquals("Opened", status.getTooltip().getText());
        });
    }

    private void enter() {
        enter(button);
    }

    private static void enter(javafx.scene.Node target) {
        Event.fireEvent(target, new MouseEvent(MouseEvent.MOUSE_ENTERED, 10, 10, 10, 10, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }
}
