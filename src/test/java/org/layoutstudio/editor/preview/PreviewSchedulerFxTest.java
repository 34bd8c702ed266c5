package org.layoutstudio.editor.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;
import static org.layoutstudio.editor.testing.FxTesting.waitUntil;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.testing.PdfBoxTestRenderer;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PreviewSchedulerFxTest {
    private final PdfBoxTestRenderer renderer = new PdfBoxTestRenderer();
    private EditorDocument doc;
    private PreviewScheduler scheduler;

    @Start
    void start(Stage stage) {
        doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        scheduler = new PreviewScheduler(renderer, BackgroundTasks.shared());
        scheduler.setDocument(doc);
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    private void nudge(double left) {
        doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(left)));
    }

    @Test
    void rendersAfterAnEditAndCoalescesEditsThatArriveWhileRendering() throws Exception {
        waitUntil("the first render is shown", () -> scheduler.rendersShownProperty().get() == 1);
        assertTrue(onFx(() -> scheduler.imageProperty().get() != null));

        // a burst of edits in one go renders once, with the last state
        fx(() -> {
            for (int i = 1; i <= 20; i++) {
                nudge(i);
            }
        });
        waitUntil("the burst is rendered", () -> scheduler.rendersShownProperty().get() == 2 && scheduler.isCurrent());
        assertEquals(2, renderer.renders.get(), "20 edits in a burst → one render");
        assertTrue(renderer.renderedLayouts.get(1).contains("\"left\":\"20.00\""));

        // edits while a render is running: the running one is dropped, one more render takes the newest
        CountDownLatch gate = new CountDownLatch(1);
        renderer.gate = gate;
        fx(() -> nudge(30));
        waitUntil("a render is running", () -> scheduler.rendersStartedProperty().get() == 3);
        for (int i = 31; i <= 35; i++) {
            double left = i;
            fx(() -> nudge(left));
        }
        renderer.gate = null;
        gate.countDown();
        waitUntil("the newest state is shown", scheduler::isCurrent);
        assertEquals(4, onFx(() -> scheduler.rendersStartedProperty().get()), "6 edits during/after a render → 2 renders");
        assertEquals(1, onFx(() -> scheduler.rendersDroppedProperty().get()), "the stale result was dropped");
        assertTrue(renderer.renderedLayouts.get(renderer.renderedLayouts.size() - 1).contains("\"left\":\"35.00\""));

        // an edit and its undo in one go: the state shown is still right, nothing is rendered
        int before = renderer.renders.get();
        fx(() -> {
            nudge(36);
            doc.history().undo();
        });
        waitUntil("the scheduler settled", () -> scheduler.isCurrent()
                && scheduler.statusProperty().get().state() == PreviewStatus.State.UP_TO_DATE);
        assertEquals(before, renderer.renders.get());
    }
}
