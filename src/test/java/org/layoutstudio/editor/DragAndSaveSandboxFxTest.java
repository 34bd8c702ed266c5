package org.layoutstudio.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.canvas.EditorCanvas;
import org.layoutstudio.editor.document.LayoutSummary;
import org.layoutstudio.editor.document.PretixLayoutRepository;
import org.layoutstudio.editor.document.ServerOrigin;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.preview.TicketPreviewRenderer;
import org.layoutstudio.editor.save.PretixChecks;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's main path end to end over real HTTP: open the event's layout from the sandbox → drag
 * the QR code on the real canvas → undo → redo → save → the sandbox holds the new position, written
 * as pretix's editor writes it (a string with two decimals).
 */
@ExtendWith(ApplicationExtension.class)
class DragAndSaveSandboxFxTest {
    private SandboxServer server;
    private PretixClient client;
    private EditorWorkspace ws;

    @Start
    void start(Stage stage) throws Exception {
        server = SandboxServer.start();
        client = new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(), server.event(), server.token()));
        ws = new EditorWorkspace(new WorkspaceServices(BackgroundTasks.shared(),
                new TicketPreviewRenderer(new TicketRenderer(FontCatalog.builtInOnly())), new PretixChecks(),
                new FontChoices(List.of()), null, null).withCanvas(CanvasPane::new));
        ws.repositoryProperty().set(new PretixLayoutRepository(client, "en"));
        stage.setScene(new Scene(ws, 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void dragUndoRedoSaveStoresTheNewPositionWithTwoDecimals(FxRobot robot) throws Exception {
        LayoutSummary first = ws.repositoryProperty().get().list().get(0);
        fx(() -> ws.openFromServer(first.id(), v -> { }));
        waitUntil("the layout is open", () -> ws.views().size() == 1);
        EditorDocument doc = onFx(ws::currentDocument);
        EditorCanvas canvas = robot.lookup(n -> n instanceof EditorCanvas).queryAs(EditorCanvas.class);
        waitUntil("the background is drawn", () -> canvas.backgroundReadyProperty().get());
        robot.interact(() -> canvas.snapEnabledProperty().set(false));

        String original = doc.layout().toCompactJson();
        double left = doc.layout().get(0).left(); // the QR code: 130.40 × 204.50, 64 mm
        double bottom = doc.layout().get(0).bottom();
        double pxPerMm = onFx(canvas::pxPerMm);
        Point2D from = onFx(() -> canvas.screenPointOf(left + 32, bottom + 32));
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX() - 5 * pxPerMm, from.getY()));
        robot.moveTo(new Point2D(from.getX() - 10 * pxPerMm, from.getY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        String moved = doc.layout().get(0).string("left", "");
        assertTrue(moved.matches("\\d+\\.\\d\\d"), "written with two decimals: " + moved);
        assertEquals(left - 10, Double.parseDouble(moved), 1.0, "dragged about 10 mm to the left");
        assertEquals("Move element", doc.history().undoDescription());
        fx(ws::undo);
        assertEquals(original, doc.layout().toCompactJson(), "undo restores the layout byte for byte");
        fx(ws::redo);
        assertEquals(moved, doc.layout().get(0).string("left", ""));

        fx(ws::save);
        waitUntil("saved or asked", () -> !doc.isModified() || robot.lookup("#findings-dialog").tryQuery().isPresent());
        if (robot.lookup("#findings-dialog").tryQuery().isPresent()) {
            robot.clickOn("Save anyway");
        }
        waitUntil("saved", () -> !doc.isModified());
        long id = ((ServerOrigin) doc.serverOriginProperty().get()).layoutId();
        LayoutDocument stored = LayoutDocument.parse(server.state().layoutJson((int) id).orElseThrow());
        assertEquals(moved, stored.get(0).string("left", ""), "the sandbox holds the dragged position");
        assertEquals("204.50", stored.get(0).string("bottom", ""), "untouched values keep their literal");
        assertTrue(server.requests().count(r -> r.method().equals("PATCH")) == 1, "saved with one PATCH");
    }
}
