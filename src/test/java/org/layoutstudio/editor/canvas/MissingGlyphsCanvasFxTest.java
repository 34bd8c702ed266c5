package org.layoutstudio.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.actions.TextClipboard;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.compare.InkAgreement;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.text.TextLayoutEngine;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Characters Open Sans lacks are boxes on the canvas, as on pretix's ticket: never glyphs of another font. */
@ExtendWith(ApplicationExtension.class)
class MissingGlyphsCanvasFxTest {
    private static final FontCatalog FONTS = FontCatalog.builtInOnly();
    private static final BackgroundRaster RASTER = new BackgroundRaster(1, 64L * 1024 * 1024);
    private static final String LAYOUT = "[{\"type\":\"textcontainer\",\"left\":\"10.00\",\"bottom\":\"250.00\",\"width\":\"120.00\","
            + "\"height\":\"20.00\",\"content\":\"other\",\"text\":\"Shalom \u05e9\u05dc\u05d5\u05dd \u2013 \u6f22\u5b57\",\"fontsize\":\"20.0\","
            + "\"lineheight\":\"1\",\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"align\":\"left\","
            + "\"verticalalign\":\"top\",\"color\":[0,0,0,1],\"autoresize\":false,\"splitlongwords\":true}]";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private EditorCanvas show(FxRobot robot, EditorDocument doc, FontCatalog fonts) {
        EditorCanvas[] c = new EditorCanvas[1];
        robot.interact(() -> {
            c[0] = new EditorCanvas(doc, new RendererCanvasRenderer(new TextLayoutEngine(fonts), RASTER),
                    TextClipboard.inMemory(), new BackgroundTasks(1));
            stage.setScene(org.layoutstudio.editor.testing.StyledScenes.of(c[0], 1000, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return c[0];
    }

    /** The canvas's ink against the printed PDF's, at the canvas's 100 % zoom. */
    private double agreement(FxRobot robot, EditorCanvas canvas, EditorDocument doc, FontCatalog fonts) throws Exception {
        BufferedImage onCanvas = FxSnapshots.toAwt(CanvasVersusPrint.canvasAtHundredPercent(robot, canvas));
        return InkAgreement.iou(onCanvas, CanvasVersusPrint.printed(doc.layout(), fonts, RASTER, canvas.pxPerPt()), 160);
    }

    @Test
    void rightToLeftTextIsNotReorderedTwice(FxRobot robot) throws Exception {
        java.nio.file.Path dejavu = java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(dejavu), "DejaVu is installed");
        FontCatalog fonts = FontCatalog.builtInOnly();
        fonts.add(dejavu);
        fonts.offer(java.util.Set.of("DejaVu Sans"));
        EditorDocument doc = new EditorDocument(LayoutDocument.parse(LAYOUT.replace("Open Sans", "DejaVu Sans")
                .replace(" \u2013 \u6f22\u5b57", " (\u05e9\u05dc\u05d5\u05dd) \u0633\u0644\u0627\u0645")), null);
        EditorCanvas canvas = show(robot, doc, fonts);
        ElementNode node = canvas.nodeFor(doc.layout().get(0).id());
        for (Node n : node.lookupAll("Text")) {
            if (n instanceof Text t) {
                long rtl = t.getText().codePoints().filter(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC).count();
                assertTrue(rtl <= 1, "JavaFX must not reorder the visual-order text again: " + t.getText());
            }
        }
        double iou = agreement(robot, canvas, doc, fonts);
        assertTrue(iou >= 0.99, "Hebrew and Arabic on the canvas agree with the PDF: " + iou);
    }

    @Test
    void missingGlyphsAreBoxesThatAgreeWithThePrintedTicket(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(LayoutDocument.parse(LAYOUT), null);
        EditorCanvas canvas = show(robot, doc, FONTS);
        ElementNode node = canvas.nodeFor(doc.layout().get(0).id());

        long boxes = node.lookupAll(".missing-glyph").stream().filter(n -> n instanceof SVGPath).count();
        assertEquals(6, boxes, "four Hebrew letters and two CJK characters");
        StringBuilder text = new StringBuilder();
        for (Node n : node.lookupAll("Text")) {
            if (n instanceof Text t) {
                text.append(t.getText());
            }
        }
        assertTrue(text.toString().contains("Shalom"), text.toString());
        assertFalse(text.codePoints().anyMatch(cp -> cp >= 0x0590 && cp <= 0x05ff || cp >= 0x4e00 && cp <= 0x9fff),
                "no Text node draws a character Open Sans lacks (JavaFX would take it from another font): " + text);

        double iou = agreement(robot, canvas, doc, FONTS);
        assertTrue(iou >= 0.99, "the canvas's boxes and text agree with the PDF's: " + iou);
    }
}
