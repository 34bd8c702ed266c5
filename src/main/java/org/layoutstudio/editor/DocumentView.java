package org.layoutstudio.editor;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.layoutstudio.editor.inspector.InspectorPane;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.preview.PreviewPane;

/**
 * One tab of the workspace: the canvas, the inspector and the live preview of one document. The
 * canvas is the main area: it takes the room the others leave, also when the window grows. The
 * inspector is as wide as its fields need (it scrolls vertically, it never cuts a field); the preview
 * keeps the width the user gave it, or leaves the tab (collapsed, or in its own window). Widths the
 * user drags are kept in the workspace's {@link EditorPanes}.
 */
public final class DocumentView extends SplitPane {
    /** The inspector never asks for more than this (px), however long a label: longer ones wrap. */
    static final double INSPECTOR_MAX_WIDTH = 480;
    /** Room kept for the inspector's vertical scroll bar (px), so that it never covers a field. */
    static final double SCROLL_BAR_ROOM = 16;

    private final EditorDocument document;
    private final Node canvas;
    private final InspectorPane inspector;
    private final PreviewPane preview;
    private final EditorPanes panes;
    private double placedForWidth = -1;
    private boolean draggingDivider;

    DocumentView(EditorDocument document, Node canvas, InspectorPane inspector, PreviewPane preview, EditorPanes panes) {
        super(canvas, inspector);
        this.document = document;
        this.canvas = canvas;
        this.inspector = inspector;
        this.preview = preview;
        this.panes = panes;
        getStyleClass().add("document-view");
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane.setResizableWithParent(preview, false);
        preview.setMinWidth(EditorPanes.PREVIEW_MIN_WIDTH);
        if (canvas instanceof Region r) {
            r.setMinWidth(Math.max(r.getMinWidth(), CANVAS_MIN_WIDTH));
        }
        // What the user dragged is what is remembered (not what a small window squeezed the panes to).
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> draggingDivider = onDivider(e.getTarget()));
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (draggingDivider) {
                draggingDivider = false;
                rememberWidths();
            }
        });
        panes.inspectorWidthProperty().addListener(o -> placeAgain());
        panes.previewWidthProperty().addListener(o -> placeAgain());
        showPreview(panes.previewInTab());
    }

    /** The canvas pane keeps at least this much width (px) in a small window. */
    static final double CANVAS_MIN_WIDTH = 240;

    /** Puts the preview into the tab (or takes it out: collapsed, or in its own window). */
    void showPreview(boolean inTab) {
        if (inTab == getItems().contains(preview)) {
            return;
        }
        if (inTab) {
            getItems().add(preview);
        } else {
            getItems().remove(preview);
        }
        placeAgain();
    }

    private void placeAgain() {
        placedForWidth = -1;
        requestLayout();
    }

    /** Whether a mouse press hit one of this split pane's dividers (not a divider inside the panes). */
    private boolean onDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != this; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider") && n.getParent() == this) {
                return true;
            }
        }
        return false;
    }

    private void rememberWidths() {
        if (placedForWidth < 0 || inspector.getWidth() <= 0) {
            return;
        }
        panes.inspectorWidthProperty().set(Math.rint(inspector.getWidth()));
        if (getItems().contains(preview) && preview.getWidth() > 0) {
            panes.previewWidthProperty().set(Math.rint(preview.getWidth()));
        }
        placedForWidth = getWidth(); // the dividers are where the user left them
    }

    @Override
    protected void layoutChildren() {
        inspector.setMinWidth(inspectorNeeds());
        double width = getWidth();
        if (width > 0 && width != placedForWidth) {
            placedForWidth = width;
            placeDividers(width);
        }
        super.layoutChildren();
    }

    /** The inspector's fields' width plus its scroll bar, at most {@link #INSPECTOR_MAX_WIDTH}. */
    private double inspectorNeeds() {
        Node content = inspector.getContent();
        Insets in = inspector.getInsets();
        double fields = content == null ? 0 : content.prefWidth(-1);
        return Math.min(INSPECTOR_MAX_WIDTH, Math.ceil(fields + SCROLL_BAR_ROOM + in.getLeft() + in.getRight()));
    }

    /** Divider positions for the remembered pixel widths: the canvas gets the rest. */
    private void placeDividers(double width) {
        double inspectorWidth = Double.isNaN(panes.inspectorWidthProperty().get()) ? inspectorNeeds()
                : Math.max(inspectorNeeds(), panes.inspectorWidthProperty().get());
        if (getItems().contains(preview)) {
            double previewWidth = Double.isNaN(panes.previewWidthProperty().get())
                    ? Math.max(EditorPanes.PREVIEW_MIN_WIDTH, Math.min(EditorPanes.DEFAULT_PREVIEW_MAX_WIDTH,
                            width * EditorPanes.DEFAULT_PREVIEW_SHARE))
                    : panes.previewWidthProperty().get();
            double previewAt = 1 - previewWidth / width;
            setDividerPositions(previewAt - inspectorWidth / width, previewAt);
        } else {
            setDividerPositions(1 - inspectorWidth / width);
        }
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
