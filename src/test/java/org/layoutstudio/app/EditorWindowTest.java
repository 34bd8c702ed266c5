package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.DocumentView;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor in the main window: at 1024×700 every one of its controls can be reached (on screen,
 * or in a pane that scrolls to it); the panes are as the user left them after a restart.
 */
class EditorWindowTest extends FxRobot {
    @TempDir
    Path dir;

    private static EditorWorkspace editorOf(ShellHarness h) throws Exception {
        EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
        ShellHarness.waitUntil(() -> editor.workspace() != null && editor.workspace().currentDocument() != null);
        return editor.workspace();
    }

    /** The shown controls under {@code root} (not the insides of controls). */
    private static void controls(Node root, List<Control> out) {
        if (!root.isVisible()) {
            return;
        }
        if (root instanceof Control c) {
            out.add(c);
            if (!(root instanceof ScrollPane) && !(root instanceof TabPane) && !(root instanceof javafx.scene.control.SplitPane)) {
                return;
            }
        }
        if (root instanceof ScrollPane sp && sp.getContent() != null) {
            controls(sp.getContent(), out);
        } else if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> controls(n, out));
        }
    }

    /**
     * Where {@code c} cannot be reached, or its words are cut ("…"): outside the window and in no pane
     * that scrolls to it, or narrower than its text; null when fine.
     */
    private static String unreachable(Control c, double width, double height) {
        if (c instanceof javafx.scene.control.Labeled l && !l.isWrapText() && l.getWidth() < l.prefWidth(-1)) {
            return c + " is cut: " + l.getWidth() + " < " + l.prefWidth(-1);
        }
        if (c instanceof javafx.scene.control.ComboBox<?> box && box.getButtonCell() != null && box.getButtonCell().isWrapText()) {
            javafx.scene.control.ListCell<?> cell = box.getButtonCell();
            if (cell.getHeight() < cell.prefHeight(cell.getWidth()) - 0.5) {
                return c.getId() + " cuts the lines of its choice: " + cell.getHeight() + " < " + cell.prefHeight(cell.getWidth());
            }
        } else if (c instanceof javafx.scene.control.ComboBox<?> box && box.lookup(".list-cell") instanceof javafx.scene.control.ListCell<?> cell) {
            String chosen = choiceText(box);
            javafx.scene.text.Text text = new javafx.scene.text.Text(chosen);
            text.setFont(cell.getFont());
            // the button cell's room: the box less its insets, its arrow and the cell's padding
            Node arrow = box.lookup(".arrow-button");
            double room = box.getWidth() - box.snappedLeftInset() - box.snappedRightInset()
                    - (arrow == null ? 0 : arrow.getLayoutBounds().getWidth()) - cell.snappedLeftInset() - cell.snappedRightInset();
            if (text.getLayoutBounds().getWidth() > room + 0.5) {
                return c.getId() + " shows its choice cut: '" + chosen + "' needs " + text.getLayoutBounds().getWidth() + " of " + room;
            }
        }
        for (Node n = c.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return null; // its scroll pane brings it into view
            }
        }
        Bounds b = c.localToScene(c.getLayoutBounds());
        if (b.getWidth() < 1 || b.getHeight() < 1 || b.getMinX() < -0.5 || b.getMinY() < -0.5
                || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
            return c + " at " + b;
        }
        return null;
    }

    /** The chosen entry of a combo box as its converter words it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String choiceText(javafx.scene.control.ComboBox box) {
        Object value = box.getValue();
        if (box.getButtonCell() != null && box.getButtonCell().getText() != null) {
            return box.getButtonCell().getText();
        }
        if (value == null) {
            return box.getPromptText() == null ? "" : box.getPromptText();
        }
        return box.getConverter() == null ? value.toString() : box.getConverter().toString(value);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "de"})
    void at1024x700EveryControlOfTheEditorCanBeReached(String language) throws Exception {
        PretixConnector connector = new PretixConnector(Locale.forLanguageTag(language));
        try (ShellHarness h = ShellHarness.open(dir, connector, AreaFactory.standard())) {
            EditorWorkspace ws = editorOf(h);
            h.fx(() -> {
                h.stage.setWidth(1024);
                h.stage.setHeight(700);
            });
            EditorDocument doc = ws.currentDocument();
            List<Long> selections = new ArrayList<>();
            selections.add(null);
            doc.layout().elements().stream().map(Element::id).forEach(selections::add);
            for (Long id : selections) {
                h.fx(() -> {
                    if (id == null) {
                        doc.selection().clear();
                    } else {
                        doc.selection().select(id);
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> out = new ArrayList<>();
                List<Control> shown = new ArrayList<>();
                h.fx(() -> {
                    controls(ws, shown);
                    double width = h.stage.getScene().getWidth();
                    double height = h.stage.getScene().getHeight();
                    for (Control c : shown) {
                        String where = unreachable(c, width, height);
                        if (where != null) {
                            out.add(where);
                        }
                    }
                });
                assertEquals(List.of(), out, "out of reach with " + id + " selected");
                assertTrue(shown.stream().anyMatch(c -> "tool-view-snap".equals(c.getId()))
                        && shown.stream().anyMatch(c -> "preview-export".equals(c.getId())) && shown.size() > 30, "all were looked at");
            }
            DocumentView v = ws.currentViewProperty().get();
            assertTrue(v.canvas().getLayoutBounds().getWidth() >= 240, "the canvas keeps room to work in");
        }
        connector.close();
    }

    @Test
    void thePanesAreAsTheUserLeftThemAfterARestart() throws Exception {
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        double previewWidth;
        try (ShellHarness h = ShellHarness.open(dir, connector, AreaFactory.standard())) {
            EditorWorkspace ws = editorOf(h);
            DocumentView v = ws.currentViewProperty().get();
            // what a drag of the divider leaves (the drag itself: EditorPanesFxTest)
            previewWidth = Math.rint(v.preview().getWidth() + 60);
            h.fx(() -> ws.panes().previewWidthProperty().set(previewWidth));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(previewWidth, v.preview().getWidth(), 2);
            h.fx(() -> ((javafx.scene.control.CheckMenuItem) lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                    .getMenus().stream().filter(m -> m.getId().equals("menu-view")).findFirst().orElseThrow().getItems().stream()
                    .filter(i -> "menuitem-view-preview".equals(i.getId())).findFirst().orElseThrow()).setSelected(false));
            assertFalse(v.getItems().contains(v.preview()), "View → Show preview unchecked: collapsed");
        }
        Settings saved = new SettingsStore(dir).load();
        assertFalse(saved.editorPreviewShown);
        assertEquals(previewWidth, saved.editorPreviewWidth, 0.5);
        try (ShellHarness h = ShellHarness.open(dir, connector, AreaFactory.standard())) {
            EditorWorkspace ws = editorOf(h);
            DocumentView v = ws.currentViewProperty().get();
            assertFalse(v.getItems().contains(v.preview()), "still collapsed");
            assertFalse(h.shell.actions().get("view.preview").selectedProperty().get(), "and the menu says so");
            h.fx(() -> h.shell.actions().get("view.preview").selectedProperty().set(true));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(previewWidth, v.preview().getWidth(), 2, "as wide as it was");
        }
        connector.close();
    }
}
