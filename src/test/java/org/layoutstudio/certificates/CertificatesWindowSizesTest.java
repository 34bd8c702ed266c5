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
import javafx.scene.layout.FlowPane;
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
 * screen and whole (no label shortened; the toolbar wraps), also after the window shrank; the batch window
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
    void closeWindows() {
        FxWait.closeView(view);
        FxWait.run(stage::close);
    }

    @org.junit.jupiter.api.AfterAll
    static void modena() {
        javafx.application.Application.setUserAgentStylesheet(null);
    }

    /** A window of its own: resizing TestFX's shared primary stage would leave later test classes a wrong size. */
    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        this.stage = stage;
        // The app's look (AtlantaFX and the shell's stylesheet): sizes depend on it.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new CertificatesView(directory, source, fakes.services(TestTexts.german()));
        Scene scene = new Scene(view, 1024, 700);
        scene.getStylesheets().add(CertificatesView.class.getResource("/org/layoutstudio/app/shell.css").toExternalForm());
        stage.setScene(scene);
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
    void at1280x800And1024x700EveryControlIsOnScreenAndWhole() {
        showACertificate();
        // As a window manager does it: first larger, then the user makes it smaller.
        resize(1280, 800);
        assertEquals(List.of(), FxWait.fx(this::unreachable), "at 1280 x 800");
        resize(1024, 700);
        assertEquals(List.of(), FxWait.fx(this::unreachable), "at 1024 x 700");
        // What the area gets in the smallest main window (720 x 480 less menus, toolbar and status bar).
        resize(720, 400);
        assertEquals(List.of(), FxWait.fx(this::unreachable), "at 720 x 400");
        resize(1024, 700);
        FlowPane bar = FxWait.fx(() -> (FlowPane) view.lookup("#certificateToolBar"));
        assertTrue(FxWait.fx(() -> bar.getChildren().stream().mapToDouble(Node::getLayoutY).distinct().count()) > 1,
                "at 1024 the bar wraps (German labels): the test sees a narrow window");
    }

    /** Controls the user cannot reach or read at the present size: cut off or shortened. */
    private List<String> unreachable() {
        List<String> out = new ArrayList<>();
        List<Node> controls = new ArrayList<>(view.lookupAll("#certificateToolBar .button"));
        controls.addAll(view.lookupAll("#certificateToolBar .toggle-button"));
        controls.addAll(view.lookupAll("#certificateToolBar .label"));
        controls.addAll(view.lookupAll("#certificateToolBar .text-field"));
        if (controls.size() < 12) {
            out.add("the walk found only " + controls.size() + " toolbar controls");
        }
        for (String id : List.of("#tool-certificates-fetch", "#tool-certificates-batchSelected",
                "#tool-certificates-batchShown", "#attendeeSearch", "#checkedInOnly", "#attendeeTable", "#pdfPages",
                "#fetchStatus", "#searchStatus")) {
            controls.add(view.lookup(id));
        }
        // Every column heading whole, or the table scrolls sideways to it.
        javafx.scene.control.TableView<?> table = view.picker().table();
        boolean sideways = table.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible());
        for (Node header : table.lookupAll(".column-header")) {
            if (!sideways && header.isVisible() && header.getParent() != null
                    && header.getStyleClass().contains("table-column") && !inside(header, table)) {
                out.add("column heading out of reach: " + header.lookup(".label"));
            }
            for (Node label : header.lookupAll(".label")) {
                if (label.isVisible() && truncated(label)) {
                    out.add("column heading shortened: " + ((javafx.scene.control.Label) label).getText());
                }
            }
        }
        for (Node n : controls) {
            if (n == null || !inside(n, view)) {
                out.add("not fully on screen: " + (n == null ? "?" : n.getId()));
            } else if (truncated(n)) {
                out.add("label shortened: " + n.getId() + " " + n.getLayoutBounds().getWidth() + "x" + n.getLayoutBounds().getHeight()
                        + (n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : ""));
            }
        }
        return out;
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
        assertTrue(FxWait.fx(() -> pane.getScene().getWidth()) >= prefWidth - 1, "opens as wide as its content: " + FxWait.fx(() -> pane.getScene().getWidth()) + " < " + prefWidth + " window " + FxWait.fx(window::getWidth) + " min " + FxWait.fx(window::getMinWidth));
        assertTrue(FxWait.fx(() -> pane.getScene().getHeight()) >= FxWait.fx(() -> pane.prefHeight(prefWidth)) - 1,
                "opens as high as its content");
        assertTrue(FxWait.fx(window::getMinWidth) >= FxWait.fx(() -> pane.minWidth(-1)), "the window keeps its content's width");
        javafx.scene.control.TableView<?> table = FxWait.fx(() -> (javafx.scene.control.TableView<?>) pane.lookup("#batchTable"));
        assertTrue(FxWait.fx(window::getMinHeight) > FxWait.fx(() -> table.minHeight(-1)), "and a height that shows rows");
        assertTrue(FxWait.fx(() -> pane.minWidth(-1)) >= 500, "the columns and buttons, not a sliver");

        // Whether the window manager honours the minimum is seen on the real desktop (headless windows
        // take any size); here: what the window opened with is whole.
        for (String id : List.of("#batchRetry", "#batchCancel", "#batchClose", "#batchSummary", "#batchHeading")) {
            Node n = FxWait.fx(() -> pane.lookup(id));
            // the last row's status updates the summary after the batch is done; the next layout pass lays it out
            FxWait.until(id + " whole", 5, () -> inside(n, pane) && !truncated(n),
                    () -> n.getLayoutBounds() + (n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : ""));
        }
    }

    /** Whether a button's label shows shortened ("Sav…") because the bar squeezed it. */
    static boolean truncated(Node n) {
        if (!(n instanceof javafx.scene.control.Labeled l) || l.getText() == null || l.getText().isEmpty()) {
            return false;
        }
        return l.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text)
                .map(t -> ((javafx.scene.text.Text) t).getText()).noneMatch(l.getText()::equals);
    }

    /** Whether {@code n} lies wholly inside {@code root}'s visible area. */
    private static boolean inside(Node n, Node root) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        Bounds r = root.localToScene(root.getLayoutBounds());
        return n.isVisible() && b.getMinX() >= r.getMinX() - 0.5 && b.getMaxX() <= r.getMaxX() + 0.5
                && b.getMinY() >= r.getMinY() - 0.5 && b.getMaxY() <= r.getMaxY() + 0.5 && b.getWidth() > 0;
    }
}
