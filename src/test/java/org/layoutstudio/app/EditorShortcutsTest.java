package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.CanvasPane;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's shortcuts are the menus' accelerators in the real main window: they work wherever the
 * focus is in the editor; a text field keeps the keys it uses itself (Ctrl+C copies its text, Delete
 * deletes a character) except undo and redo, which act on the document; and they do nothing while the
 * certificate viewer is shown. A save is confirmed in the status bar.
 */
class EditorShortcutsTest extends FxRobot {
    @TempDir
    Path dir;

    private void keys(KeyCode... codes) {
        press(codes);
        java.util.List<KeyCode> up = new java.util.ArrayList<>(java.util.List.of(codes));
        java.util.Collections.reverse(up);
        release(up.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shortcutsReachTheDocumentFromEveryFieldButLeaveTextFieldsTheirKeys() throws Exception {
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir, connector, AreaFactory.standard())) {
            EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> editor.workspace() != null && editor.workspace().currentDocument() != null);
            EditorWorkspace ws = editor.workspace();
            EditorDocument doc = ws.currentDocument();
            int elements = doc.layout().size();
            Element qr = doc.layout().elements().stream().filter(e -> e.typeName().equals("barcodearea")).findFirst().orElseThrow();
            h.fx(() -> doc.selection().select(qr.id()));

            // An inspector field: Enter applies, Ctrl+Z and Ctrl+Y / Ctrl+Shift+Z go to the document's history.
            TextField x = lookup("#inspector-x").queryAs(TextField.class);
            clickOn(x);
            keys(KeyCode.CONTROL, KeyCode.A);
            write("12.5");
            keys(KeyCode.ENTER);
            ShellHarness.waitUntil(() -> "12.50".equals(doc.layout().find(qr.id()).string("left", "")));
            assertTrue(x.isFocused());
            keys(KeyCode.CONTROL, KeyCode.Z);
            assertEquals("130.40", doc.layout().find(qr.id()).string("left", ""), "Ctrl+Z in the field undid the document");
            assertEquals("130.40", x.getText());
            keys(KeyCode.CONTROL, KeyCode.Y);
            assertEquals("12.50", doc.layout().find(qr.id()).string("left", ""), "Ctrl+Y redid it");
            keys(KeyCode.CONTROL, KeyCode.Z);
            keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            assertEquals("12.50", doc.layout().find(qr.id()).string("left", ""), "and so did Ctrl+Shift+Z");

            // The field keeps its own keys: Ctrl+C copies its text, Delete deletes in the text.
            h.fx(() -> x.selectAll());
            keys(KeyCode.CONTROL, KeyCode.C);
            String[] copied = new String[1];
            h.fx(() -> copied[0] = Clipboard.getSystemClipboard().getString());
            assertEquals("12.50", copied[0], "the field's text, not the element's JSON");
            keys(KeyCode.DELETE);
            assertEquals(elements, doc.layout().size(), "Delete in a field deletes no element");
            assertEquals("", x.getText());
            keys(KeyCode.ESCAPE);

            // Elsewhere in the editor the menus' shortcuts act: on the canvas, and on a strip button.
            EditorCanvas canvas = ((CanvasPane) ws.currentViewProperty().get().canvas()).canvas();
            h.fx(() -> {
                canvas.requestFocus();
                doc.selection().select(qr.id());
            });
            keys(KeyCode.CONTROL, KeyCode.D);
            assertEquals(elements + 1, doc.layout().size(), "Ctrl+D duplicated");
            h.fx(() -> lookup("#tool-view-fitPage").query().requestFocus());
            keys(KeyCode.DELETE);
            assertEquals(elements, doc.layout().size(), "Delete with the focus on a strip button deleted the copy");
            assertEquals("Undo Delete element", h.shell.actions().get("edit.undo").dynamicLabel().getValue());

            // Ctrl+S saves where the layout came from, and says so.
            keys(KeyCode.CONTROL, KeyCode.S);
            ShellHarness.waitUntil(() -> !doc.isModified());
            Label status = lookup("#status-message").queryAs(Label.class);
            assertTrue(status.getText().startsWith("Saved “Default layout”"), status.getText());
            // On a narrow window the report takes a second line rather than ending in "…", and shows whole as a tooltip.
            double wide = h.stage.getWidth();
            h.fx(() -> h.stage.setWidth(800));
            javafx.scene.text.Text shown = (javafx.scene.text.Text) status.lookup(".text");
            assertEquals(status.getText(), shown.getText(), "the status report is whole");
            moveTo(status); // the tooltip is made on the pointer's first visit (TooltipsTest)
            ShellHarness.waitUntil(() -> status.getTooltip() != null);
            assertEquals(status.getText(), status.getTooltip().getText());
            h.fx(() -> h.stage.setWidth(wide));

            // The certificate viewer shown: the editor's commands rest.
            h.fx(h.shell::showCertificates);
            h.fx(() -> doc.selection().select(qr.id()));
            assertFalse(h.shell.actions().get("edit.delete").enabledProperty().get());
            assertFalse(h.shell.actions().get("edit.undo").enabledProperty().get());
            h.fx(() -> h.stage.getScene().getRoot().requestFocus());
            keys(KeyCode.DELETE);
            keys(KeyCode.CONTROL, KeyCode.Z);
            assertEquals(elements, doc.layout().size());
            assertEquals("12.50", doc.layout().find(qr.id()).string("left", ""));
            h.fx(h.shell::showLayouts);
            assertTrue(h.shell.actions().get("edit.delete").enabledProperty().get());
        }
        connector.close();
    }
}
