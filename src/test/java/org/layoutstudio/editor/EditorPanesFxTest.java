package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.testing.StyledScenes;
import org.layoutstudio.layout.Element;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the panes of a tab share the window: the inspector never cuts a field, the preview can be
 * collapsed, dragged wider, or moved into a window of its own and back, and what the user dragged
 * is what the next tab gets.
 */
@ExtendWith(ApplicationExtension.class)
class EditorPanesFxTest {
    private EditorWorkspace ws;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ws = new EditorWorkspace(WorkspaceFxTest.services(null).withCanvas(CanvasPane::new));
        stage.setScene(StyledScenes.of(ws, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        fx(ws::dispose);
    }

    private DocumentView openTicket() throws Exception {
        fx(ws::newDefaultTicket);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> ws.views().get(ws.views().size() - 1));
    }

    private static double width(Node n) throws Exception {
        return onFx(() -> n.getLayoutBounds().getWidth());
    }

    @Test
    void changedFontsRedrawTheCanvasAndThePreviewWithoutAnEdit() throws Exception {
        DocumentView v = openTicket();
        var preview = v.preview().scheduler();
        waitUntil("the picture for the laid-out pane", () -> preview.rendersShownProperty().get() > 0 && preview.isCurrent());
        int shown = onFx(() -> preview.rendersShownProperty().get());
        long text = onFx(() -> v.document().layout().elements().stream().filter(e -> e.type().isText()).findFirst().orElseThrow().id());
        var canvas = ((CanvasPane) v.canvas()).canvas();
        Object drawn = onFx(() -> canvas.nodeFor(text));
        fx(ws::fontsChanged);
        waitUntil("the preview drew again", () -> preview.rendersShownProperty().get() > shown && preview.isCurrent());
        assertTrue(onFx(() -> canvas.nodeFor(text) != drawn && canvas.nodeFor(text) != null), "the text was laid out anew");
        assertFalse(v.document().isModified(), "no edit was made");
    }

    @Test
    void theInspectorNeverCutsAFieldWhateverIsSelected() throws Exception {
        DocumentView v = openTicket();
        EditorDocument doc = v.document();
        List<Long> selections = new ArrayList<>();
        selections.add(null); // the page section
        for (Element e : doc.layout().elements()) {
            selections.add(e.id());
        }
        for (Long id : selections) {
            fx(() -> {
                if (id == null) {
                    doc.selection().clear();
                } else {
                    doc.selection().select(id);
                }
            });
            try {
                waitUntil("nothing is cut", () -> InspectorWidth.shortBy(v.inspector()) == 0);
            } catch (AssertionError e) {
                throw new AssertionError("cut with " + id + " selected: " + onFx(() -> cutOne(v.inspector().getContent())), e);
            }
        }
        assertTrue(width(v.canvas()) > width(v.inspector()) && width(v.canvas()) > width(v.preview()),
                "the canvas has the most room");
    }

    /** The text that is cut, for the message. */
    private static String cutOne(Node n) {
        if (n instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                String s = cutOne(child);
                if (s != null) {
                    return s;
                }
            }
        }
        return n instanceof javafx.scene.control.Labeled l && InspectorWidth.shortBy(l) > 0
                ? l + " " + l.getWidth() + " < " + l.prefWidth(-1) : null;
    }

    @Test
    void thePreviewCollapsesMovesIntoItsOwnWindowAndComesBack() throws Exception {
        DocumentView v = openTicket();
        double canvasBefore = width(v.canvas());
        fx(() -> ws.actions().get("view.preview").selectedProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> v.getItems().contains(v.preview())), "collapsed");
        assertTrue(width(v.canvas()) > canvasBefore + 100, "the canvas gets the room");

        fx(() -> {
            ws.actions().get("view.preview").selectedProperty().set(true);
            ws.actions().get("view.previewWindow").selectedProperty().set(true);
        });
        waitUntil("the preview's window shows", () -> ws.previewWindow() != null && ws.previewWindow().isShowing());
        Stage window = onFx(ws::previewWindow);
        assertSame(window.getScene().getRoot(), onFx(() -> v.preview().getParent()), "the preview is in its window");
        assertFalse(onFx(() -> v.getItems().contains(v.preview())));
        assertTrue(window.getTitle().contains(v.document().nameProperty().get()), window.getTitle());

        DocumentView second = openTicket();
        waitUntil("the window shows the current tab's preview", () -> second.preview().getParent() == window.getScene().getRoot());
        assertNull(onFx(() -> v.preview().getParent()), "the other tab's preview is nowhere");

        fx(() -> {
            window.setX(window.getX() - 30);
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        waitUntil("closing the window puts the preview back", () -> !window.isShowing() && second.getItems().contains(second.preview()));
        assertEquals(window.getX(), ws.panes().previewWindowBoundsProperty().get().getMinX(), 0.5, "where it was is remembered");
        assertFalse(ws.panes().previewWindowedProperty().get());
        assertFalse(onFx(() -> ws.actions().get("view.previewWindow").selectedProperty().get()), "the menu's check follows");
        assertTrue(onFx(() -> v.getItems().contains(v.preview())), "every tab has its preview back");
    }

    /** Drags divider {@code index} (0: canvas | inspector, 1: inspector | preview) by {@code dx} px. */
    private static void drag(FxRobot robot, DocumentView v, int index, double dx) throws Exception {
        Node divider = onFx(() -> v.lookupAll(".split-pane-divider").stream().filter(d -> d.getParent() == v)
                .sorted(java.util.Comparator.comparingDouble(d -> d.localToScene(d.getBoundsInLocal()).getMinX()))
                .toList().get(index));
        Bounds b = onFx(() -> divider.localToScreen(divider.getBoundsInLocal()));
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY())).press(javafx.scene.input.MouseButton.PRIMARY);
        for (int i = 0; i < 3; i++) {
            robot.moveBy(dx / 3, 0);
        }
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDraggedPreviewKeepsItsWidthAndTheNextTabGetsIt(FxRobot robot) throws Exception {
        DocumentView v = openTicket();
        double before = width(v.preview());
        double inspector = width(v.inspector());
        drag(robot, v, 0, -120); // the inspector wider, at the canvas's cost
        assertEquals(inspector + 120, width(v.inspector()), 3);
        assertEquals(width(v.inspector()), ws.panes().inspectorWidthProperty().get(), 1, "remembered");
        drag(robot, v, 1, -120); // the preview wider, at the inspector's cost
        double after = width(v.preview());
        assertEquals(before + 120, after, 3, "dragged 120 px wider");
        assertEquals(after, ws.panes().previewWidthProperty().get(), 1, "remembered");

        double canvas = width(v.canvas());
        fx(() -> stage.setWidth(stage.getWidth() - 150)); // (wider would leave the headless screen)
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, width(v.preview()), 2, "a narrower window takes the room from the canvas, not from the preview");
        assertEquals(canvas - 150, width(v.canvas()), 3);

        DocumentView next = openTicket();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, width(next.preview()), 2, "the next tab's preview is as wide");
    }
}
