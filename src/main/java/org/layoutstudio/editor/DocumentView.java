package org.layoutstudio.editor;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
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
 * inspector is as wide as its fields need (it scrolls vertically, it never cuts a field: when one
 * gets less than it asks for, the inspector grows by that much); the preview keeps the width the user
 * gave it, or leaves the tab (collapsed, or in its own window). Widths the user drags are kept in
 * the workspace's {@link EditorPanes}.
 */
public final class DocumentView extends SplitPane {
    /** The inspector is at least this wide (px), and grows up to {@link #INSPECTOR_MAX_WIDTH} for its fields. */
    static final double INSPECTOR_MIN_WIDTH = 280;
    static final double INSPECTOR_MAX_WIDTH = 520;
    /** The canvas pane keeps at least this much width (px) in a small window. */
    static final double CANVAS_MIN_WIDTH = 240;

    private final EditorDocument document;
    private final Node canvas;
    private final InspectorPane inspector;
    private final PreviewPane preview;
    private final EditorPanes panes;
    private double placedForWidth = -1;
    private boolean draggingDivider;
    private double inspectorNeeds = INSPECTOR_MIN_WIDTH;
    private final InvalidationListener placeAgain = o -> placeAgain();

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
        // the panes outlive the tab: they hold it weakly
        panes.inspectorWidthProperty().addListener(new WeakInvalidationListener(placeAgain));
        panes.previewWidthProperty().addListener(new WeakInvalidationListener(placeAgain));
        // other fields, other needs: measured anew after the inspector shows another selection
        document.selection().addListener(() -> {
            inspectorNeeds = INSPECTOR_MIN_WIDTH;
            requestLayout();
        });
        showPreview(panes.previewInTab());
    }

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
        double width = getWidth();
        if (width > 0 && width != placedForWidth) {
            placedForWidth = width;
            placeDividers(width);
        }
        // Lays out, looks whether the inspector cuts something at this width, and if so lays out again
        // with the inspector wider by that much (a layout requested from here would be lost).
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            inspector.setMinWidth(inspectorNeeds);
            super.layoutChildren();
            inspector.layout();
            double shortBy = InspectorWidth.shortBy(inspector);
            double needs = Math.min(INSPECTOR_MAX_WIDTH, Math.ceil(inspector.getWidth() + shortBy));
            if (shortBy <= 0 || needs <= inspectorNeeds) { // a label short by a tenth of a pixel ends in "…" too
                return;
            }
            inspectorNeeds = needs;
        }
    }

    /** Layout passes at most for the inspector to find its width (one or two are the rule). */
    private static final int MAX_PASSES = 4;

    /** Divider positions for the remembered pixel widths: the canvas gets the rest. */
    private void placeDividers(double width) {
        double divider = dividerWidth();
        double inspectorWidth = (Double.isNaN(panes.inspectorWidthProperty().get()) ? inspectorNeeds
                : Math.max(inspectorNeeds, panes.inspectorWidthProperty().get())) + divider;
        if (getItems().contains(preview)) {
            double previewWidth = (Double.isNaN(panes.previewWidthProperty().get())
                    ? Math.max(EditorPanes.PREVIEW_MIN_WIDTH, Math.min(EditorPanes.DEFAULT_PREVIEW_MAX_WIDTH,
                            width * EditorPanes.DEFAULT_PREVIEW_SHARE))
                    : panes.previewWidthProperty().get()) + divider / 2;
            double previewAt = 1 - previewWidth / width;
            setDividerPositions(previewAt - inspectorWidth / width, previewAt);
        } else {
            setDividerPositions(1 - (inspectorWidth - divider / 2) / width);
        }
    }

    /** The width of this split pane's dividers (the stylesheet's), 0 before they exist. */
    private double dividerWidth() {
        for (Node n : getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return n.prefWidth(-1);
            }
        }
        return 0;
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
