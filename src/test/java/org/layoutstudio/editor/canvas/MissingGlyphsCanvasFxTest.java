package org.layoutstudio.editor.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.actions.TextClipboard;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
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

    @Test
    void missingGlyphsAreBoxesThatAgreeWithThePrintedTicket(FxRobot robot) throws Exception {
        EditorDocument doc = new EditorDocument(LayoutDocument.parse(LAYOUT), null);
        EditorCanvas[] c = new EditorCanvas[1];
        robot.interact(() -> {
            c[0] = new EditorCanvas(doc, new RendererCanvasRenderer(new TextLayoutEngine(FONTS), RASTER),
                    TextClipboard.inMemory(), new BackgroundTasks(1));
            stage.setScene(new Scene(c[0], 1000, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        EditorCanvas canvas = c[0];
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

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            canvas.framesVisibleProperty().set(false);
            canvas.setZoom(1);
            shot[0] = canvas.snapshotPage();
        });
        BufferedImage onCanvas = FxSnapshots.toAwt(shot[0]);
        byte[] emptyA4;
        try (InputStream in = MissingGlyphsCanvasFxTest.class.getResourceAsStream("/backgrounds/libpretixprint-bg-a4-empty.pdf")) {
            emptyA4 = in.readAllBytes();
        }
        byte[] pdf = new TicketRenderer(FONTS).render(doc.layout(), TicketValues.sample(), emptyA4);
        BufferedImage printed = RASTER.render(pdf, 0, canvas.pxPerPt());
        double iou = InkAgreement.iou(onCanvas, printed, 160);
        assertTrue(iou >= 0.99, "the canvas's boxes and text agree with the PDF's: " + iou);
    }
}
