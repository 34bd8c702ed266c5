package org.layoutstudio.editor;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.layoutstudio.editor.inspector.InspectorPane;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.preview.PreviewPane;

/** One tab of the workspace: the canvas, the inspector and the live preview of one document. */
public final class DocumentView extends SplitPane {
    private final EditorDocument document;
    private final Node canvas;
    private final InspectorPane inspector;
    private final PreviewPane preview;

    DocumentView(EditorDocument document, Node canvas, InspectorPane inspector, PreviewPane preview) {
        super(canvas, inspector, preview);
        this.document = document;
        this.canvas = canvas;
        this.inspector = inspector;
        this.preview = preview;
        setDividerPositions(0.48, 0.72);
        SplitPane.setResizableWithParent(inspector, false);
        inspector.setMinWidth(260);
        preview.setMinWidth(220);
    }

    public EditorDocument document() {
        return document;
    }

    public Node canvas() {
        return canvas;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public PreviewPane preview() {
        return preview;
    }
}
