package org.layoutstudio.editor;

import javafx.scene.Node;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.preview.PreviewRenderer;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;

/**
 * What the workspace is built from: the message bundle, the background-task helper, the preview
 * renderer, the checks run before saving, the font families, the crash journal (null = none) and the
 * canvas for a document (null = a plain list of the elements).
 */
public record WorkspaceServices(Texts texts, BackgroundTasks tasks, PreviewRenderer renderer, LayoutChecks checks,
                                FontChoices fonts, CrashJournal journal, CanvasFactory canvasFactory) {

    /** Makes the canvas of a document; its tool strip offers the workspace's {@code actions}. */
    @FunctionalInterface
    public interface CanvasFactory {
        Node canvas(EditorDocument document, WorkspaceActions actions);
    }

    /**
     * The real parts: the shared background tasks, the ticket renderer with its fonts as pretix
     * resolves them, pretix's schema and the preflight, the canvas ({@link CanvasPane}) and the given
     * journal (null = none). Reading the font index takes a moment: call it off the FX thread.
     */
    public static WorkspaceServices standard(Texts texts, CrashJournal journal) {
        // one font catalogue for canvas, preview and preflight: all see the fonts as pretix resolves them
        org.layoutstudio.render.text.FontCatalog fonts = org.layoutstudio.editor.canvas.RendererCanvasRenderer.shared().engine().fonts();
        fonts.installedFamilies(); // reads the font index now, off the FX thread
        return new WorkspaceServices(texts, BackgroundTasks.shared(),
                new org.layoutstudio.editor.preview.TicketPreviewRenderer(new org.layoutstudio.render.TicketRenderer(fonts)),
                new org.layoutstudio.editor.save.PretixChecks(new org.layoutstudio.layout.Preflight(fonts,
                        org.layoutstudio.render.RenderedGeometry.of(() -> org.layoutstudio.editor.canvas.RendererCanvasRenderer.shared().engine(),
                                org.layoutstudio.render.TicketValues.sample()))),
                new FontChoices(fonts, texts.bundle()), journal, CanvasPane::new);
    }

    public WorkspaceServices withJournal(CrashJournal j) {
        return new WorkspaceServices(texts, tasks, renderer, checks, fonts, j, canvasFactory);
    }

    public WorkspaceServices withCanvas(CanvasFactory factory) {
        return new WorkspaceServices(texts, tasks, renderer, checks, fonts, journal, factory);
    }

    public WorkspaceServices withRenderer(PreviewRenderer r) {
        return new WorkspaceServices(texts, tasks, r, checks, fonts, journal, canvasFactory);
    }

    public WorkspaceServices withChecks(LayoutChecks c) {
        return new WorkspaceServices(texts, tasks, renderer, c, fonts, journal, canvasFactory);
    }
}
