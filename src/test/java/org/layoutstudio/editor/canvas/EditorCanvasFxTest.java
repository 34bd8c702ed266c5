package org.layoutstudio.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.actions.SystemTextClipboard;
import org.layoutstudio.editor.testing.StyledScenes;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EditorCanvasFxTest {
    private static final String LAYOUT = "["
            + "{\"type\":\"imagearea\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"20.00\",\"height\":\"40.00\",\"width\":\"40.00\",\"content\":\"\"},"
            + "{\"type\":\"barcodearea\",\"page\":1,\"left\":\"100.00\",\"bottom\":\"20.00\",\"size\":\"30.00\",\"content\":\"secret\",\"nowhitespace\":true},"
            + "{\"type\":\"textcontainer\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"100.00\",\"fontsize\":\"13.0\",\"width\":\"60.00\",\"height\":\"10.00\","
            + "\"content\":\"event_name\",\"text\":\"Sample event\",\"align\":\"left\",\"verticalalign\":\"middle\"},"
            + "{\"type\":\"poweredby\",\"page\":2,\"left\":\"150.00\",\"bottom\":\"250.00\",\"size\":\"20.00\",\"content\":\"dark\"}"
            + "]";

    private EditorDocument doc;
    private EditorCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        doc = new EditorDocument(LayoutDocument.parse(LAYOUT), null);
        canvas = new EditorCanvas(doc, new FakeCanvasRenderer(), new SystemTextClipboard(), new BackgroundTasks(1));
        stage.setScene(StyledScenes.of(canvas, 1200, 780));
        stage.show();
        canvas.requestFocus();
    }

    /** 2 px per mm: 10 mm are exactly 20 px, and the A4 page fits the window. */
    private void twoPxPerMm(FxRobot robot) {
        robot.interact(() -> {
            canvas.fitPage();
            canvas.setZoom(2 / (canvas.pxPerMm() / canvas.getZoom()));
        });
        assertEquals(2, canvas.pxPerMm(), 1e-9);
    }

    private Element el(int i) {
        return doc.layout().get(i);
    }

    private void drag(FxRobot robot, Point2D from, double dxPx, double dyPx) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX() + dxPx / 2, from.getY() + dyPx / 2));
        robot.moveTo(new Point2D(from.getX() + dxPx, from.getY() + dyPx));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragMovesOneUndoStepThenUndoRedo(FxRobot robot) {
        twoPxPerMm(robot);
        robot.interact(() -> canvas.snapEnabledProperty().set(false));
        String before = doc.layout().toCompactJson();
        drag(robot, canvas.screenPointOf(40, 40), 20, 10); // 10 mm right, 5 mm down
        assertEquals("30.00", el(0).string("left", ""));
        assertEquals("15.00", el(0).string("bottom", ""));
        assertEquals("Move element", doc.history().undoDescription());
        assertEquals(0, canvas.nodeFor(el(0).id()).getTranslateX(), 1e-9, "the preview translate is gone");
        robot.interact(() -> doc.history().undo());
        assertEquals(before, doc.layout().toCompactJson());
        robot.interact(() -> doc.history().redo());
        assertEquals("30.00", el(0).string("left", ""));
        assertEquals("15.00", el(0).string("bottom", ""));
    }

    @Test
    void snappingPullsToThePageCentreAndAltSuspendsIt(FxRobot robot) {
        twoPxPerMm(robot);
        // image centre at 40 mm; page centre 105 mm: a drag by 64.5 mm is 0.5 mm short → snaps
        drag(robot, canvas.screenPointOf(40, 40), 129, 0);
        assertEquals("85.00", el(0).string("left", ""), "centre 105.00 = page centre");
        robot.interact(() -> doc.history().undo());
        robot.press(KeyCode.ALT);
        try {
            drag(robot, canvas.screenPointOf(40, 40), 129, 0);
        } finally {
            robot.release(KeyCode.ALT);
        }
        assertEquals("84.50", el(0).string("left", ""), "Alt: exactly where the mouse went");
    }

    @Test
    void marqueeSelectsWhatItTouches(FxRobot robot) {
        twoPxPerMm(robot);
        Point2D a = canvas.screenPointOf(10, 70);
        Point2D b = canvas.screenPointOf(110, 5);
        drag(robot, a, b.getX() - a.getX(), b.getY() - a.getY());
        assertEquals(java.util.Set.of(el(0).id(), el(1).id()), doc.selection().ids());
        // a click on empty page clears it
        robot.clickOn(canvas.screenPointOf(180, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(doc.selection().isEmpty());
        // Shift+click adds
        robot.clickOn(canvas.screenPointOf(40, 40));
        robot.press(KeyCode.SHIFT);
        try {
            robot.clickOn(canvas.screenPointOf(115, 35));
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, doc.selection().size());
    }

    @Test
    void resizingAQrCodeKeepsItSquare(FxRobot robot) {
        twoPxPerMm(robot);
        robot.interact(() -> canvas.snapEnabledProperty().set(false));
        robot.clickOn(canvas.screenPointOf(115, 35));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(el(1).id()), doc.selection().ids());
        // drag the top-right corner (130, 50) by +10 mm x and +2 mm y (up on screen)
        drag(robot, canvas.screenPointOf(130, 50), 20, -4);
        Element qr = el(1);
        assertEquals("40.00", qr.string("size", ""), "the larger change wins, the square stays square");
        assertEquals("100.00", qr.string("left", ""));
        assertEquals("20.00", qr.string("bottom", ""), "the opposite corner stays");
        assertFalse(qr.has("width"));
        assertEquals("Resize QR code", doc.history().undoDescription());
    }

    @Test
    void textRotatesAboutItsTopLeftCornerWithShiftSnapping(FxRobot robot) {
        twoPxPerMm(robot);
        robot.clickOn(canvas.screenPointOf(50, 105)); // the text box (20..80 × 100..110)
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(el(2).id()), doc.selection().ids());
        // the rotate knob sits 26 px = 13 mm above the top edge's middle (50, 110)
        Point2D knob = canvas.screenPointOf(50, 123);
        Point2D to = canvas.screenPointOf(60, 100);
        robot.press(KeyCode.SHIFT);
        try {
            drag(robot, knob, to.getX() - knob.getX(), to.getY() - knob.getY());
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        // from -23.4° to +14.0° around (20, 110): 37.5° turned, snapped to 30°
        assertEquals(30, el(2).rotation(), 1e-9);
        assertEquals("20.00", el(2).string("left", ""), "the rotation origin stays");
        assertEquals("Rotate text box", doc.history().undoDescription());
    }

    @Test
    void duplicateAndArrowKeysNudge(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf(40, 40));
        robot.interact(() -> canvas.actions().duplicate());
        assertEquals(5, doc.layout().size());
        Element copy = doc.layout().get(4);
        assertEquals("25.00", copy.string("left", ""));
        assertEquals("15.00", copy.string("bottom", ""));
        assertEquals(java.util.Set.of(copy.id()), doc.selection().ids());
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("26.00", doc.layout().get(4).string("left", ""));
        assertEquals("25.00", doc.layout().get(4).string("bottom", ""));
        assertEquals("Nudge", doc.history().undoDescription());
    }

    @Test
    void copyAndPasteThroughTheSystemClipboard(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf(115, 35));
        robot.interact(() -> canvas.actions().copy());
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("[{\"type\":\"barcodearea\",\"page\":1,\"left\":\"100.00\",\"bottom\":\"20.00\",\"size\":\"30.00\",\"content\":\"secret\",\"nowhitespace\":true}]",
                text[0]);
        robot.interact(() -> {
            var c = new javafx.scene.input.ClipboardContent();
            c.putString("{\"type\":\"imagearea\",\"left\":\"1.50\",\"bottom\":\"2.50\",\"width\":\"10.00\",\"height\":\"10.00\",\"content\":\"\"}");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.interact(() -> canvas.actions().paste());
        assertEquals(5, doc.layout().size());
        Element pasted = doc.layout().get(4);
        assertEquals("1.50", pasted.string("left", ""));
        assertEquals(1, pasted.page());
        assertNotNull(canvas.nodeFor(pasted.id()), "drawn on the page");
    }

    @Test
    void everyToolboxElementGetsItsNodeAtTheVisibleCentre(FxRobot robot) {
        java.util.Map<org.layoutstudio.editor.actions.ElementTemplates, Class<?>> expected = new java.util.EnumMap<>(
                org.layoutstudio.editor.actions.ElementTemplates.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.TEXT_BOX, TextElementNode.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.LEGACY_TEXT, TextElementNode.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.QR_CHECK_IN, QrElementNode.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.QR_LEAD_SCANNING, QrElementNode.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.QR_OTHER, QrElementNode.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.IMAGE, ImageElementNode.class);
        expected.put(org.layoutstudio.editor.actions.ElementTemplates.PRETIX_LOGO, LogoElementNode.class);
        for (var t : expected.entrySet()) {
            Element[] added = new Element[1];
            robot.interact(() -> added[0] = canvas.actions().add(t.getKey()));
            assertEquals(t.getValue(), canvas.nodeFor(added[0].id()).getClass(), t.getKey().name());
            MmBox box = canvas.geometry().boxOf(added[0]);
            double[] c = canvas.visibleCenterMm();
            assertEquals(c[0], box.centerX(), 0.6, t.getKey().name());
        }
        assertEquals(4 + expected.size(), doc.layout().size());
    }

    @Test
    void middleButtonPansAndCtrlWheelZoomsAroundThePointer(FxRobot robot) {
        Point2D origin = canvas.screenPointOf(0, 0);
        Point2D from = canvas.screenPointOf(150, 150);
        robot.moveTo(from).press(MouseButton.MIDDLE).moveBy(20, 10).moveBy(20, 10).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D moved = canvas.screenPointOf(0, 0);
        assertEquals(origin.getX() + 40, moved.getX(), 1e-6);
        assertEquals(origin.getY() + 20, moved.getY(), 1e-6);
        Point2D pointer = canvas.screenPointOf(100, 100);
        double z = canvas.getZoom();
        robot.moveTo(pointer);
        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.getZoom() != z, "zoomed");
        Point2D after = canvas.screenPointOf(100, 100);
        assertEquals(pointer.getX(), after.getX(), 1.0, "the point under the pointer stays");
        assertEquals(pointer.getY(), after.getY(), 1.0);
    }

    @Test
    void pageTabsForAMultiPageBackground(FxRobot robot) throws Exception {
        robot.interact(() -> doc.replaceBackground(new byte[] {1}, "Two pages"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.pageCountProperty().get() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, canvas.pageCountProperty().get());
        robot.clickOn("Page 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, doc.pageProperty().get());
        assertNotNull(canvas.nodeFor(el(3).id()));
        assertFalse(canvas.nodeFor(el(3).id()).isGhost(), "the background has a page 2");
    }

    @Test
    void onlyTheShownPageIsDrawnAndZoomStepsWork(FxRobot robot) {
        long logo = el(3).id();
        assertTrue(canvas.nodeFor(logo).isGhost(), "without a background pretix prints one page: the page-2 logo is a ghost on it");
        assertFalse(canvas.nodeFor(el(0).id()).isGhost());
        robot.interact(() -> doc.pageProperty().set(2));
        assertNotNull(canvas.nodeFor(logo));
        assertEquals(null, canvas.nodeFor(el(0).id()));
        double z = canvas.getZoom();
        robot.interact(() -> canvas.zoomIn());
        assertEquals(z * 1.25, canvas.getZoom(), 1e-9);
        robot.interact(() -> canvas.actualSize());
        assertEquals(1, canvas.getZoom(), 1e-9);
        assertNotEquals(z, canvas.getZoom());
    }

    private Element add(FxRobot robot, String json) {
        Element[] e = new Element[1];
        robot.interact(() -> {
            try {
                e[0] = Element.parse(json);
            } catch (org.layoutstudio.layout.LayoutFormatException ex) {
                throw new IllegalArgumentException(ex);
            }
            doc.run(new org.layoutstudio.editor.model.InsertElementsCommand("Add", List.of(e[0]), doc.layout().size()));
            doc.markSaved(); // the state to compare with: no edit may follow
        });
        return e[0];
    }

    private void pressAndRelease(FxRobot robot, Point2D at) {
        robot.moveTo(at);
        robot.press(MouseButton.PRIMARY);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Issue 11: a click on the bottom handle with grid and snapping on moved y 251.30 → 250.00 and made height 7.83 → 9.13. */
    @Test
    void aClickOnAHandleIsNoEdit(FxRobot robot) {
        twoPxPerMm(robot);
        robot.interact(() -> {
            canvas.gridVisibleProperty().set(true);
            canvas.gridSpacingMmProperty().set(5);
            canvas.snapEnabledProperty().set(true);
        });
        Element box = add(robot, "{\"type\":\"textcontainer\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"251.30\",\"fontsize\":\"13.0\","
                + "\"width\":\"60.00\",\"height\":\"7.83\",\"content\":\"event_name\",\"rotation\":0}");
        String before = box.compactJson();
        robot.clickOn(canvas.screenPointOf(50, 255));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(box.id()), doc.selection().ids());
        pressAndRelease(robot, canvas.screenPointOf(50, 251.30)); // the S handle
        assertEquals(before, doc.layout().find(box.id()).compactJson(), "the element is unchanged");
        assertFalse(doc.isModified(), "no command in the history");

        // a real drag on the handle still resizes, snapped to the grid
        drag(robot, canvas.screenPointOf(50, 251.30), 0, 4); // 2 mm down → 249.30, snapped to 250.00
        assertEquals("250.00", doc.layout().find(box.id()).string("bottom", ""));
        assertEquals("9.13", doc.layout().find(box.id()).string("height", ""));
        assertEquals("Resize text box", doc.history().undoDescription());
        robot.interact(() -> doc.history().undo());

        // the rotate knob (13 mm above the top edge's middle at 2 px per mm): rounding the angle is no edit either
        robot.interact(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Turn", List.of(doc.layout().find(box.id())),
                e -> e.withRotation(12.345))));
        robot.interact(doc::markSaved);
        String turned = doc.layout().find(box.id()).compactJson();
        MmBox b = canvas.geometry().boxOf(doc.layout().find(box.id()));
        double[] knob = b.toPage(b.width() / 2, -13);
        pressAndRelease(robot, canvas.screenPointOf(knob[0], knob[1]));
        assertEquals(turned, doc.layout().find(box.id()).compactJson());
        assertFalse(doc.isModified());

        // a press on the element with a jiggle below the drag slop is a click, not a move
        Point2D inside = canvas.screenPointOf(40, 40);
        String image = el(0).compactJson();
        robot.moveTo(inside).press(MouseButton.PRIMARY).moveBy(1, 1).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(image, el(0).compactJson());
        assertFalse(doc.isModified());

    }

    @Test
    void elementsPretixWouldNotPrintAreSelectableGhosts(FxRobot robot) throws Exception {
        Element zero = add(robot, "{\"type\":\"barcodearea\",\"page\":1,\"left\":\"150.00\",\"bottom\":\"150.00\",\"size\":\"0\",\"content\":\"secret\"}");
        Element turned = add(robot, "{\"type\":\"barcodearea\",\"page\":1,\"left\":\"180.00\",\"bottom\":\"100.00\",\"size\":\"-30.00\",\"content\":\"secret\"}");
        Element lost = add(robot, "{\"type\":\"imagearea\",\"page\":7,\"left\":\"150.00\",\"bottom\":\"200.00\",\"width\":\"20.00\",\"height\":\"20.00\",\"content\":\"\"}");
        Element logo = add(robot, "{\"type\":\"poweredby\",\"page\":1,\"left\":\"20.00\",\"bottom\":\"200.00\",\"size\":\"-10\",\"content\":\"dark\"}");
        assertTrue(canvas.nodeFor(zero.id()).isGhost(), "a QR code of size 0 prints nothing");
        assertFalse(canvas.nodeFor(turned.id()).isGhost(), "a negative QR code is printed (turned), so it is drawn");
        assertTrue(canvas.nodeFor(lost.id()).isGhost(), "page 7 of a one-page background: a ghost on the last page");
        assertTrue(canvas.nodeFor(logo.id()).isGhost(), "a logo of size -10 breaks pretix's ticket");
        assertFalse(canvas.nodeFor(el(1).id()).isGhost());
        assertTrue(canvas.nodeFor(zero.id()).getStyleClass().contains(ElementNode.GHOST));

        // still selectable where it would be, so that it can be fixed (one of size 0 too)
        twoPxPerMm(robot);
        robot.clickOn(canvas.screenPointOf(151.5, 151.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(zero.id()), doc.selection().ids());
        robot.clickOn(canvas.screenPointOf(160, 210));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(lost.id()), doc.selection().ids());
        robot.clickOn(canvas.screenPointOf(165, 85)); // inside the turned QR code's square (150..180 × 70..100)
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(turned.id()), doc.selection().ids());
        // fixing it brings it back
        robot.interact(() -> doc.run(org.layoutstudio.editor.model.ReplaceElementsCommand.of("Fix", List.of(doc.layout().find(zero.id())),
                e -> e.withMm("size", 20))));
        assertFalse(canvas.nodeFor(zero.id()).isGhost());

        String css;
        try (var in = EditorCanvasFxTest.class.getResourceAsStream("/org/layoutstudio/app/shell.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(css.contains("." + ElementNode.GHOST + " {") && css.contains("." + ElementNode.GHOST_FRAME + " {"),
                "the ghost's look is in the stylesheet");
    }

    @Test
    void tabSelectsTheElementsInReadingOrderEscapeClearsAndTheFocusIsSeen(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf(180, 200)); // empty paper: focus, nothing selected
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.isFocused());
        assertTrue(doc.selection().isEmpty());
        javafx.scene.layout.Border ring = canvas.getBorder();
        assertTrue(ring != null && !ring.getStrokes().isEmpty()
                && !javafx.scene.paint.Color.TRANSPARENT.equals(ring.getStrokes().get(0).getTopStroke()), "a focus ring shows");
        // page 1 from the top: the page-2 logo drawn here as a ghost (top 270 mm), the text (110), the image (60), the QR code (50)
        robot.type(KeyCode.TAB);
        assertEquals(java.util.Set.of(el(3).id()), doc.selection().ids());
        robot.type(KeyCode.TAB);
        assertEquals(java.util.Set.of(el(2).id()), doc.selection().ids());
        robot.type(KeyCode.TAB);
        assertEquals(java.util.Set.of(el(0).id()), doc.selection().ids());
        robot.type(KeyCode.TAB);
        assertEquals(java.util.Set.of(el(1).id()), doc.selection().ids());
        assertNotNull(canvas.nodeFor(el(1).id()), "the one selected is on the page shown");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals(java.util.Set.of(el(0).id()), doc.selection().ids());
        robot.type(KeyCode.ESCAPE);
        assertTrue(doc.selection().isEmpty(), "Escape clears the selection");
        assertTrue(canvas.isFocused(), "and the canvas keeps the focus");
        assertFalse(doc.history().canUndo(), "selecting is no edit");
    }
}
