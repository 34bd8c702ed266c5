package org.layoutstudio.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.actions.TextClipboard;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.compare.InkAgreement;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.TextLayoutEngine;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas drawn by the real renderer: what it looks like, and how close it is to the printed PDF. */
@ExtendWith(ApplicationExtension.class)
class RealCanvasFxTest {
    /** The ink agreement reached with a 1 px tolerance (1.0000 when measured); the test guards it. */
    static final double FIDELITY_FLOOR = 0.99;
    /** The same without tolerance, pixel for pixel (0.9683 when measured; anti-aliasing differs between JavaFX and PDFBox). */
    static final double STRICT_FLOOR = 0.96;

    private static final FontCatalog FONTS = FontCatalog.builtInOnly();
    private static final BackgroundRaster RASTER = new BackgroundRaster(1, 64L * 1024 * 1024);
    private final RendererCanvasRenderer renderer = new RendererCanvasRenderer(new TextLayoutEngine(FONTS), RASTER);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private EditorCanvas show(FxRobot robot, EditorDocument doc, double w, double h) {
        EditorCanvas[] c = new EditorCanvas[1];
        robot.interact(() -> {
            c[0] = new EditorCanvas(doc, renderer, TextClipboard.inMemory(), new BackgroundTasks(1));
            stage.setScene(org.layoutstudio.editor.testing.StyledScenes.of(c[0], w, h));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return c[0];
    }

    private static void waitForBackground(EditorCanvas canvas) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.backgroundReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where the screenshots go: target/screenshots in a normal run (a test must not rewrite tracked
     * files, and the README's pictures are taken on a real desktop), elsewhere with -Dscreenshots.dir=DIR.
     */
    private static Path screenshot(String name) {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name);
    }

    @Test
    void screenshotOfTheDefaultTicketOnItsBackground(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        EditorCanvas canvas = show(robot, doc, 1200, 780);
        waitForBackground(canvas);
        robot.interact(() -> {
            canvas.gridVisibleProperty().set(true);
            canvas.gridSpacingMmProperty().set(10);
            Element name = doc.layout().get(4); // attendee name
            doc.selection().select(name.id());
        });
        waitForBackground(canvas);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        FxSnapshots.savePng(shot[0], screenshot("canvas-snapshot.png"));
        assertEquals(1200, (int) shot[0].getWidth());
        assertTrue(canvas.backgroundImage() != null, "the background is drawn");
        System.err.println("background " + canvas.backgroundImage().getWidth() + "x" + canvas.backgroundImage().getHeight()
                + " argb(300,300)=" + Integer.toHexString(canvas.backgroundImage().getPixelReader().getArgb(300, 300)));
        assertTrue(canvas.nodeFor(doc.layout().get(0).id()) != null, "the QR code is drawn");
    }

    @Test
    void screenshotOfSmartGuidesWhileDragging(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        EditorCanvas canvas = show(robot, doc, 1200, 780);
        waitForBackground(canvas);
        robot.interact(() -> {
            canvas.fitWidth();
            canvas.setZoom(canvas.getZoom() * 0.9);
        });
        waitForBackground(canvas);
        // the "event begin" text box, dragged 5 px to the left: it snaps back onto the others' left and right edges
        javafx.geometry.Point2D from = canvas.screenPointOf(40, 244);
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(-2, 0).moveBy(-3, 0);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        int[] guides = new int[1];
        robot.interact(() -> {
            shot[0] = stage.getScene().snapshot(null);
            guides[0] = canvas.guideCount();
        });
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        FxSnapshots.savePng(shot[0], screenshot("canvas-guides-snapshot.png"));
        assertTrue(guides[0] >= 1, "a smart guide is shown while dragging");
        assertEquals("16.35", doc.layout().get(5).string("left", ""), "snapped to the other text boxes' left edge");
    }

    private static String drawnText(ElementNode node) {
        StringBuilder b = new StringBuilder();
        for (javafx.scene.Node n : node.lookupAll("Text")) {
            if (n instanceof javafx.scene.text.Text t) {
                b.append(t.getText()).append('|');
            }
        }
        return b.toString();
    }

    @Test
    void placeholdersShowSampleValuesOrARealAttendees(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), null);
        EditorCanvas canvas = show(robot, doc, 1200, 780);
        long name = doc.layout().get(4).id(); // attendee_name
        assertTrue(drawnText(canvas.nodeFor(name)).contains("John Doe"), drawnText(canvas.nodeFor(name)));
        robot.interact(() -> canvas.setTicketValues(TicketValues.of(java.util.Map.of("attendee_name", "Ada Lovelace"), "S3CR3T", "en")));
        assertTrue(drawnText(canvas.nodeFor(name)).contains("Ada Lovelace"), drawnText(canvas.nodeFor(name)));
        robot.interact(() -> canvas.setTicketValues(null));
        assertTrue(drawnText(canvas.nodeFor(name)).contains("John Doe"));
    }

    @Test
    void canvasAtHundredPercentAgreesWithThePrintedTicket(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), null);
        EditorCanvas canvas = show(robot, doc, 1200, 780);
        WritableImage[] shot = {CanvasVersusPrint.canvasAtHundredPercent(robot, canvas)};
        BufferedImage onCanvas = FxSnapshots.toAwt(shot[0]);
        BufferedImage printed = CanvasVersusPrint.printed(doc.layout(), FONTS, RASTER, canvas.pxPerPt());
        double iou = InkAgreement.iou(onCanvas, printed, 160);
        int h = Math.min(onCanvas.getHeight(), printed.getHeight()) * 3 / 4; // above the logo
        double iouAbove = InkAgreement.iou(onCanvas.getSubimage(0, 0, onCanvas.getWidth(), h), printed.getSubimage(0, 0, printed.getWidth(), h), 160);
        System.err.printf("ink IoU of text and QR code (top three quarters) = %.4f%n", iouAbove);
        assertTrue(iouAbove >= 0.99, "text and QR code agree: " + iouAbove);
        FxSnapshots.savePng(shot[0], Path.of("target/canvas-fidelity-canvas.png"));
        javax.imageio.ImageIO.write(printed, "png", Path.of("target/canvas-fidelity-pdf.png").toFile());
        System.err.printf("canvas %dx%d, pdf %dx%d, ink IoU (1 px tolerance) = %.4f%n", onCanvas.getWidth(), onCanvas.getHeight(),
                printed.getWidth(), printed.getHeight(), iou);
        assertTrue(Math.abs(onCanvas.getWidth() - printed.getWidth()) <= 1, "same scale");
        double strict = InkAgreement.iou(onCanvas, printed, 160, 0);
        System.err.printf("ink IoU pixel for pixel = %.4f%n", strict);
        assertTrue(iou >= FIDELITY_FLOOR, "ink agreement " + iou);
        assertTrue(strict >= STRICT_FLOOR, "strict ink agreement " + strict);
    }

    /**
     * Issue 11: a background whose A4 portrait page has /Rotate 90 prints as A4 landscape. The editor's
     * checks, the canvas and the renderer agree on that page: a QR code 250 mm from the left fits.
     */
    @Test
    void aRotatedBackgroundIsOnePageSizeForChecksCanvasAndRenderer(FxRobot robot) throws Exception {
        byte[] bg;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            page.setRotation(90);
            pdf.addPage(page);
            pdf.save(out);
            bg = out.toByteArray();
        }
        org.layoutstudio.layout.LayoutDocument layout = org.layoutstudio.layout.LayoutDocument.parse(
                "[{\"type\":\"barcodearea\",\"page\":1,\"left\":\"250.00\",\"bottom\":\"20.00\",\"size\":\"30.00\",\"content\":\"secret\",\"nowhitespace\":true}]");

        var findings = new org.layoutstudio.editor.save.PretixChecks().check(layout, bg);
        assertEquals(java.util.List.of(), findings, "the editor's checks see a landscape page");

        EditorDocument doc = new EditorDocument(layout, bg);
        EditorCanvas canvas = show(robot, doc, 1200, 780);
        waitForBackground(canvas);
        org.layoutstudio.layout.PageGeometry onCanvas = canvas.pageGeometryProperty().get();
        assertEquals(297, onCanvas.widthMm(), 0.1);
        assertEquals(210, onCanvas.heightMm(), 0.1);
        assertEquals(297.0 / 210, canvas.backgroundImage().getWidth() / canvas.backgroundImage().getHeight(), 0.01,
                "the background is drawn turned");
        assertTrue(!canvas.nodeFor(doc.layout().get(0).id()).isGhost());

        byte[] ticket = new TicketRenderer(FONTS).render(layout, TicketValues.sample(), bg);
        try (org.apache.pdfbox.pdmodel.PDDocument printed = org.apache.pdfbox.Loader.loadPDF(ticket)) {
            var box = printed.getPage(0).getMediaBox();
            assertEquals(onCanvas.widthPt(), box.getWidth(), 0.01);
            assertEquals(onCanvas.heightPt(), box.getHeight(), 0.01);
        }
    }

    /** Ink agreement of the canvas at 100 % with the printed ticket, for a layout on an empty A4 page. */
    private double canvasVersusPrint(FxRobot robot, String json) throws Exception {
        org.layoutstudio.layout.LayoutDocument layout = org.layoutstudio.layout.LayoutDocument.parse(json);
        EditorCanvas canvas = show(robot, new EditorDocument(layout, null), 1200, 780);
        WritableImage shot = CanvasVersusPrint.canvasAtHundredPercent(robot, canvas);
        BufferedImage printed = CanvasVersusPrint.printed(layout, FONTS, RASTER, canvas.pxPerPt());
        return InkAgreement.iou(FxSnapshots.toAwt(shot), printed, 160);
    }

    /**
     * Negative sizes pretix prints (a QR code turned upside down, an image's grey box on the other
     * side) agree with the print on the canvas as well as the same elements with positive sizes.
     */
    @Test
    void negativeSizesLookOnTheCanvasAsTheyPrint(FxRobot robot) throws Exception {
        String qr = "{\"type\":\"barcodearea\",\"left\":\"%s\",\"bottom\":\"%s\",\"size\":\"%s\",\"content\":\"secret\",\"nowhitespace\":true}";
        String image = "{\"type\":\"imagearea\",\"left\":\"%s\",\"bottom\":\"%s\",\"width\":\"%s\",\"height\":\"%s\",\"content\":\"\"}";
        double positive = canvasVersusPrint(robot, "[" + String.format(qr, "40.00", "160.00", "40.00") + ","
                + String.format(image, "110.00", "80.00", "40.00", "20.00") + "]");
        double negative = canvasVersusPrint(robot, "[" + String.format(qr, "80.00", "200.00", "-40.00") + ","
                + String.format(image, "150.00", "100.00", "-40.00", "-20.00") + "]");
        System.err.printf("ink IoU (1 px tolerance): positive sizes %.4f, negative sizes %.4f%n", positive, negative);
        assertTrue(positive >= 0.98, "positive " + positive);
        assertEquals(positive, negative, 0.002, "the turned QR code agrees with the print as well as the upright one");
    }
}
