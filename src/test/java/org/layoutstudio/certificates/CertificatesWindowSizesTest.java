package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Window sizes, headless: at 1024 × 700 (German, the longer labels) every control of the viewer is on
 * screen or in its toolbar's overflow menu; at 1280 × 800 (the headless screen) nothing overflows; the batch window
 * opens at the size of its content, may grow, and never gets smaller than that content.
 */
@ExtendWith(ApplicationExtension.class)
class CertificatesWindowSizesTest {
    private final FakeDirectory directory = new FakeDirectory(30);
    private final ScriptedSource source = new ScriptedSource(false);
    private final FakeServices fakes = new FakeServices();
    private CertificatesView view;
    private Stage stage;

    @TempDir
    Path tmp;

    @AfterEach
    void closeBatchWindow() {
        FxWait.closeView(view);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new CertificatesView(directory, source, fakes.services(TestTexts.german()));
        stage.setScene(new Scene(view, 1024, 700));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    private void showACertificate() {
        FxWait.until("attendees", 10, () -> view.picker().table().getItems().size() == 30);
        FxWait.run(() -> view.fetch(directory.all.get(0)));
        FxWait.until("shown", 10, () -> view.viewer().pageCount() == 1);
    }

    private void resize(double width, double height) {
        FxWait.run(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        FxWait.until("resized", 5, () -> Math.abs(view.getWidth() - width) < 1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void at1024x700EveryControlIsOnScreenOrInTheOverflowMenu() {
        showACertificate();
        resize(1024, 700);
        ToolBar bar = FxWait.fx(() -> (ToolBar) view.lookup("#certificateToolBar"));
        List<String> problems = FxWait.fx(() -> {
            List<String> out = new ArrayList<>();
            Node overflow = bar.lookup(".tool-bar-overflow-button");
            boolean anyOverflowed = false;
            for (Node item : bar.getItems()) {
                if (item.getScene() == null) {
                    anyOverflowed = true; // taken out of the bar into its overflow menu
                } else if (!inside(item, view)) {
                    out.add("cut off: " + item);
                }
            }
            if (anyOverflowed && (overflow == null || !overflow.isVisible() || !inside(overflow, view))) {
                out.add("items overflowed but the overflow button is not on screen");
            }
            for (String id : List.of("#tool-certificates-fetch", "#tool-certificates-batchSelected",
                    "#tool-certificates-batchShown", "#attendeeSearch", "#checkedInOnly", "#attendeeTable", "#pdfPages")) {
                Node n = view.lookup(id);
                if (n == null || !inside(n, view)) {
                    out.add("not fully on screen: " + id);
                }
            }
            return out;
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void at1280x800NothingOverflows() {
        showACertificate();
        resize(1280, 800);
        ToolBar bar = FxWait.fx(() -> (ToolBar) view.lookup("#certificateToolBar"));
        assertTrue(FxWait.fx(() -> bar.getItems().stream().allMatch(i -> i.getScene() != null && inside(i, view))),
                "the whole toolbar shows");
    }

    @Test
    void theBatchWindowFitsItsContentAndNeverShrinksBelowIt(FxRobot robot) {
        FxWait.until("attendees", 10, () -> view.picker().table().getItems().size() == 30);
        fakes.folderAnswer = tmp;
        FxWait.run(() -> view.run(ViewerCommand.BATCH_SHOWN));
        FxWait.until("batch done", 20, () -> view.lastBatch() != null && view.lastBatch().isDone());
        BatchDownloadPane pane = view.lastBatch();
        Stage window = FxWait.fx(() -> (Stage) pane.getScene().getWindow());
        assertTrue(FxWait.fx(window::isResizable), "resizable");
        double prefWidth = FxWait.fx(() -> pane.prefWidth(-1));
        assertTrue(FxWait.fx(() -> pane.getScene().getWidth()) >= prefWidth - 1, "opens as wide as its content");
        assertTrue(FxWait.fx(() -> pane.getScene().getHeight()) >= FxWait.fx(() -> pane.prefHeight(prefWidth)) - 1,
                "opens as high as its content");
        assertTrue(FxWait.fx(window::getMinWidth) >= FxWait.fx(() -> pane.minWidth(-1)), "the window keeps its content's width");
        assertTrue(FxWait.fx(window::getMinHeight) >= FxWait.fx(() -> pane.getScene().getHeight()) - 1,
                "and its height");
        assertTrue(FxWait.fx(() -> pane.minWidth(-1)) >= 500, "the columns and buttons, not a sliver");

        // What a window manager did once: 200 × 200. The window keeps its minimum; the heading stays readable.
        FxWait.run(() -> {
            window.setWidth(200);
            window.setHeight(200);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FxWait.fx(() -> pane.getWidth()) >= FxWait.fx(() -> pane.minWidth(-1)) - 1,
                "narrower than its content: " + FxWait.fx(() -> pane.getWidth()));
        Label heading = FxWait.fx(() -> (Label) pane.lookup("#batchHeading"));
        double lineHeight = FxWait.fx(() -> heading.getFont().getSize()) * 1.6;
        assertTrue(FxWait.fx(heading::getHeight) < 3 * lineHeight, "the heading is not one letter per line: "
                + FxWait.fx(heading::getHeight));
    }

    /** Whether {@code n} lies wholly inside {@code root}'s visible area. */
    private static boolean inside(Node n, Node root) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        Bounds r = root.localToScene(root.getLayoutBounds());
        return n.isVisible() && b.getMinX() >= r.getMinX() - 0.5 && b.getMaxX() <= r.getMaxX() + 0.5
                && b.getMinY() >= r.getMinY() - 0.5 && b.getMaxY() <= r.getMaxY() + 0.5 && b.getWidth() > 0;
    }
}
