package org.layoutstudio.editor.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Screen;
import org.layoutstudio.editor.actions.EditContext;
import org.layoutstudio.editor.actions.EditorActions;
import org.layoutstudio.editor.actions.SystemTextClipboard;
import org.layoutstudio.editor.actions.TextClipboard;
import org.layoutstudio.editor.gestures.Gesture;
import org.layoutstudio.editor.gestures.GestureHost;
import org.layoutstudio.editor.gestures.Handle;
import org.layoutstudio.editor.gestures.SnapEngine;
import org.layoutstudio.editor.gestures.Gestures;
import org.layoutstudio.editor.gestures.NudgeGesture;
import org.layoutstudio.editor.gestures.PanGesture;
import org.layoutstudio.editor.gestures.ZoomGesture;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.LayoutListener;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.Texts;

/**
 * The editing canvas of one document: the background PDF page, one node per element drawn with the
 * renderer's own text layout, fonts and QR codes, and an overlay for selection, handles, guides and
 * the marquee; rulers in mm, an optional grid, page tabs for multi-page backgrounds. Zoom and pan are
 * one transform; {@link #zoomProperty() zoom} 1.0 is the true physical size on this screen. Every
 * change goes through the document's undo history. Its looks (paper, grid, rulers, selection) are
 * the stylesheet's ({@code .editor-canvas} in shell.css); its own keys are those that are no menu
 * shortcut: arrows nudge, Tab and Shift+Tab select the next and previous element, Escape cancels a
 * drag or clears the selection, Space held pans.
 */
public final class EditorCanvas extends Region implements GestureHost, EditContext {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 16;
    /** The background is never rasterised finer than this (px per pt); beyond it the image is scaled. */
    static final double MAX_RASTER_PX_PER_PT = 6;
    private static final double FIT_MARGIN = 24;
    private static final double TABS_HEIGHT = 30;

    private final EditorDocument document;
    private final CanvasRenderer renderer;
    private final BackgroundTasks tasks;
    private final NodeContext ctx;
    private final TextHeights textHeights;
    private final ElementGeometry geometry;
    private final EditorActions actions;
    private final Texts texts;
    private final double screenDpi;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty gridVisible = new SimpleBooleanProperty(this, "gridVisible", false);
    private final DoubleProperty gridSpacingMm = new SimpleDoubleProperty(this, "gridSpacingMm", 5);
    private final BooleanProperty snapEnabled = new SimpleBooleanProperty(this, "snapEnabled", true);
    private final BooleanProperty rulersVisible = new SimpleBooleanProperty(this, "rulersVisible", true);
    private final BooleanProperty pageTabsVisible = new SimpleBooleanProperty(this, "pageTabsVisible", true);
    private final ObjectProperty<ContentValues> values = new SimpleObjectProperty<>(this, "values");
    private final ReadOnlyObjectWrapper<PageGeometry> pageGeometry = new ReadOnlyObjectWrapper<>(this, "pageGeometry", PageGeometry.A4_PORTRAIT);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyBooleanWrapper backgroundReady = new ReadOnlyBooleanWrapper(this, "backgroundReady", true);
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    private final HBox pageTabs = new HBox(4);
    private final Ruler topRuler = new Ruler(true);
    private final Ruler leftRuler = new Ruler(false);
    private final Region corner = new Region();
    private final Pane viewport = new Pane();
    private final Rectangle viewportClip = new Rectangle();
    private final Group world = new Group();
    private final Translate worldPan = new Translate();
    private final Scale worldScale = new Scale();
    private final Rectangle paper = new Rectangle();
    private final BackgroundLayer background;
    private final Path grid = new Path();
    private final Group elementsLayer = new Group();
    private final CanvasOverlay overlay;

    private final Map<Long, ElementNode> nodes = new HashMap<>();
    private final Set<Long> translated = new HashSet<>();
    private final LayoutListener layoutListener = d -> onLayoutChanged();
    private final Runnable selectionListener = this::refreshOverlay;
    private final javafx.beans.value.ChangeListener<Number> pageListener = (o, a, b) -> onPageChanged();
    private final javafx.beans.value.ChangeListener<byte[]> backgroundListener = (o, a, b) -> loadPages();

    /** The background's pages, null while unknown; without a background pretix prints on its default A4 page. */
    private PageGeometry backgroundPages;
    private double panX;
    private double panY;
    private boolean fitted;
    private Gesture gesture;
    private boolean spaceDown;
    private Element previewed;

    /** A canvas for the document drawn by the ticket renderer, with the system clipboard and the shared background pool. */
    public EditorCanvas(EditorDocument document, Texts texts) {
        this(document, RendererCanvasRenderer.shared(), new SystemTextClipboard(), BackgroundTasks.shared(), texts);
    }

    /** With the texts of the default locale's bundle (tests and benchmarks; the editor hands its own in). */
    public EditorCanvas(EditorDocument document, CanvasRenderer renderer, TextClipboard clipboard, BackgroundTasks tasks) {
        this(document, renderer, clipboard, tasks, new Texts(java.util.ResourceBundle.getBundle(Texts.BUNDLE)));
    }

    public EditorCanvas(EditorDocument document, CanvasRenderer renderer, TextClipboard clipboard, BackgroundTasks tasks,
                        Texts texts) {
        this.document = document;
        this.texts = texts;
        this.renderer = renderer;
        this.tasks = tasks;
        this.ctx = new NodeContext(renderer, texts);
        this.textHeights = new TextHeights(ctx::text);
        this.geometry = ElementGeometry.measuring(textHeights);
        ctx.geometry = geometry;
        this.actions = new EditorActions(document, this, clipboard, texts);
        this.screenDpi = screenDpi();
        ctx.setPage(pageGeometry.get());
        this.background = new BackgroundLayer(renderer, tasks, backgroundReady::set, problem::set);
        this.overlay = new CanvasOverlay(new CanvasOverlay.View() {
            @Override
            public double[] toViewport(double xMm, double yMm) {
                return EditorCanvas.this.toViewport(xMm, yMm);
            }

            @Override
            public double pxPerMm() {
                return EditorCanvas.this.pxPerMm();
            }

            @Override
            public ElementGeometry geometry() {
                return geometry;
            }
        });
        actions.setProblemHandler(problem::set);
        getStyleClass().add("editor-canvas");
        buildSceneGraph();
        installHandlers();

        document.layout().addListener(layoutListener);
        document.selection().addListener(selectionListener);
        document.pageProperty().addListener(pageListener);
        document.backgroundPdfProperty().addListener(backgroundListener);
        zoom.addListener((o, a, b) -> applyTransform());
        values.addListener((o, a, b) -> {
            ctx.values = b == null ? renderer.sampleValues() : b;
            redrawAll();
        });
        gridVisible.addListener((o, a, b) -> rebuildGrid());
        gridSpacingMm.addListener((o, a, b) -> rebuildGrid());
        rulersVisible.addListener((o, a, b) -> requestLayout());
        pageTabsVisible.addListener((o, a, b) -> updateTabs());
        syncNodes();
        loadPages();
    }

    private static double screenDpi() {
        try {
            double dpi = Screen.getPrimary().getDpi();
            return dpi > 0 ? dpi : 96;
        } catch (RuntimeException e) {
            return 96;
        }
    }

    // ------------------------------------------------------------------ scene graph

    private void buildSceneGraph() {
        viewport.getStyleClass().add("canvas-surround");
        viewport.setClip(viewportClip);
        viewport.setFocusTraversable(false);
        world.setManaged(false);
        world.getStyleClass().add("ticket-canvas"); // the ticket as it prints: pretix's data, not our words
        world.getTransforms().setAll(worldPan, worldScale);
        paper.setFill(null); // the stylesheet's paper colour, never a shape's default black
        paper.getStyleClass().add("canvas-paper");
        grid.getStyleClass().add("canvas-grid");
        grid.strokeWidthProperty().bind(ctx.hairline);
        grid.visibleProperty().bind(gridVisible);
        grid.setMouseTransparent(true);
        elementsLayer.setMouseTransparent(true);
        world.getChildren().addAll(paper, background, grid, elementsLayer);

        viewport.getChildren().addAll(world, overlay);

        corner.getStyleClass().add("ruler-corner");
        pageTabs.getStyleClass().add("page-tabs");
        pageTabs.setVisible(false);
        getChildren().addAll(pageTabs, corner, topRuler, leftRuler, viewport);
        setFocusTraversable(true);
        setMinSize(120, 120);
        setPrefSize(800, 900);
    }

    /** Lays out inside the insets: the stylesheet's padding holds the keyboard focus ring. */
    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double w = Math.max(0, getWidth() - x0 - snappedRightInset());
        double h = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        double y0 = snappedTopInset();
        if (pageTabs.isVisible()) {
            pageTabs.resizeRelocate(x0, y0, w, TABS_HEIGHT);
            y0 += TABS_HEIGHT;
            h = Math.max(0, h - TABS_HEIGHT);
        }
        double r = rulersVisible.get() ? Ruler.THICKNESS : 0;
        topRuler.setVisible(r > 0);
        leftRuler.setVisible(r > 0);
        corner.setVisible(r > 0);
        corner.resizeRelocate(x0, y0, r, r);
        topRuler.resizeRelocate(x0 + r, y0, Math.max(0, w - r), r);
        leftRuler.resizeRelocate(x0, y0 + r, r, Math.max(0, h - r));
        double vw = Math.max(0, w - r);
        double vh = Math.max(0, h - r);
        viewport.resizeRelocate(x0 + r, y0 + r, vw, vh);
        viewportClip.setWidth(vw);
        viewportClip.setHeight(vh);
        overlay.resize(vw, vh);
        if (!fitted && vw > 0 && vh > 0) {
            fitted = true;
            fitPage();
        } else {
            drawRulers();
        }
    }

    // ------------------------------------------------------------------ public API

    /** 1.0 = 100 % = the page at its true physical size on this screen. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double z) {
        zoomAt(clampZoom(z) / zoom.get(), viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public BooleanProperty gridVisibleProperty() {
        return gridVisible;
    }

    public DoubleProperty gridSpacingMmProperty() {
        return gridSpacingMm;
    }

    public BooleanProperty snapEnabledProperty() {
        return snapEnabled;
    }

    public BooleanProperty rulersVisibleProperty() {
        return rulersVisible;
    }

    /** The canvas's own page tabs for multi-page backgrounds (on by default; off when the host shows pages itself). */
    public BooleanProperty pageTabsVisibleProperty() {
        return pageTabsVisible;
    }

    /** The outlines of text and image boxes (on by default; off shows exactly what prints). */
    public BooleanProperty framesVisibleProperty() {
        return ctx.frames;
    }

    /** Values for placeholders: null = pretix's sample values; set a real attendee's to see their ticket. */
    public ObjectProperty<ContentValues> valuesProperty() {
        return values;
    }

    /** Shows a real attendee's ticket ({@code TicketValues.fromPdfData(...)}); null for sample values. */
    public void setTicketValues(org.layoutstudio.render.TicketValues ticket) {
        values.set(ticket == null ? null : ContentValues.of(ticket));
    }

    /** The page as pretix prints it (the background's, or pretix's default A4 page). */
    public ReadOnlyObjectProperty<PageGeometry> pageGeometryProperty() {
        return pageGeometry.getReadOnlyProperty();
    }

    /** Pages of the background PDF (1 without a background). */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** False while the background page is being rasterised for the current zoom. */
    public ReadOnlyBooleanProperty backgroundReadyProperty() {
        return backgroundReady.getReadOnlyProperty();
    }

    /** The last sentence about something that could not be done (a paste without layout JSON, an unreadable PDF). */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public EditorDocument document() {
        return document;
    }

    /** The editing actions on this canvas's document (toolbox, menus). */
    public EditorActions actions() {
        return actions;
    }

    /** The texts of the bundle the canvas speaks (page tabs, placeholders, undo steps). */
    @Override
    public Texts texts() {
        return texts;
    }

    public void fitPage() {
        double vw = viewport.getWidth();
        double vh = viewport.getHeight();
        PageGeometry p = pageGeometry.get();
        if (vw <= 0 || vh <= 0) {
            fitted = false;
            return;
        }
        double s = Math.max(1e-3, Math.min((vw - 2 * FIT_MARGIN) / p.widthPt(), (vh - 2 * FIT_MARGIN) / p.heightPt()));
        panX = (vw - p.widthPt() * s) / 2;
        panY = (vh - p.heightPt() * s) / 2;
        setScale(s);
    }

    public void fitWidth() {
        double vw = viewport.getWidth();
        PageGeometry p = pageGeometry.get();
        if (vw <= 0) {
            return;
        }
        double s = Math.max(1e-3, (vw - 2 * FIT_MARGIN) / p.widthPt());
        panX = FIT_MARGIN;
        panY = FIT_MARGIN;
        setScale(s);
    }

    /** 100 %: true physical size. */
    public void actualSize() {
        setZoom(1);
    }

    public void zoomIn() {
        zoomAt(1.25, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Screen pixels per PDF point. */
    public double pxPerPt() {
        return zoom.get() * screenDpi / 72.0;
    }

    /** Where a page point (mm, y up) is on the screen (for tests and tooltips). */
    public Point2D screenPointOf(double xMm, double yMm) {
        double[] v = toViewport(xMm, yMm);
        return viewport.localToScreen(v[0], v[1]);
    }

    /** The node drawing an element, or null when it is not on the shown page. */
    public ElementNode nodeFor(long id) {
        return nodes.get(id);
    }

    /** The page as drawn (background and elements, no selection or guides) at the current zoom. */
    public WritableImage snapshotPage() {
        PageGeometry p = pageGeometry.get();
        double s = pxPerPt();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(paper.getFill()); // the paper's colour, from the stylesheet
        params.setViewport(new Rectangle2D(0, 0, Math.floor(p.widthPt() * s), Math.floor(p.heightPt() * s)));
        boolean grids = gridVisible.get();
        javafx.scene.effect.Effect fx = paper.getEffect();
        gridVisible.set(false);
        paper.setEffect(null);
        worldPan.setX(0); // the page's corner on a whole pixel
        worldPan.setY(0);
        try {
            return world.snapshot(params, null);
        } finally {
            worldPan.setX(panX);
            worldPan.setY(panY);
            paper.setEffect(fx);
            gridVisible.set(grids);
        }
    }

    /** Stops listening to the document (the canvas is closed). */
    public void dispose() {
        document.layout().removeListener(layoutListener);
        document.selection().removeListener(selectionListener);
        document.pageProperty().removeListener(pageListener);
        document.backgroundPdfProperty().removeListener(backgroundListener);
        background.cancel();
    }

    // ------------------------------------------------------------------ EditContext

    @Override
    public ElementGeometry geometry() {
        return geometry;
    }

    @Override
    public PageGeometry pageGeometry() {
        return pageGeometry.get();
    }

    @Override
    public int page() {
        return document.pageProperty().get();
    }

    @Override
    public double[] visibleCenterMm() {
        double[] c = toMm(viewport.getWidth() / 2, viewport.getHeight() / 2);
        PageGeometry p = pageGeometry.get();
        return new double[] {clamp(c[0], 0, p.widthMm()), clamp(c[1], 0, p.heightMm())};
    }

    // ------------------------------------------------------------------ GestureHost

    @Override
    public double pxPerMm() {
        return pxPerPt() * Units.PT_PER_MM;
    }

    @Override
    public double[] toMm(double sx, double sy) {
        double s = pxPerPt();
        double xPt = (sx - panX) / s;
        double yPt = pageGeometry.get().heightPt() - (sy - panY) / s;
        return new double[] {Units.ptToMm(xPt), Units.ptToMm(yPt)};
    }

    /** A page point (mm, y up) in viewport pixels. */
    double[] toViewport(double xMm, double yMm) {
        double s = pxPerPt();
        return new double[] {panX + s * Units.mmToPt(xMm), panY + s * (pageGeometry.get().heightPt() - Units.mmToPt(yMm))};
    }

    @Override
    public Element elementAt(double xMm, double yMm) {
        double tol = 2 / pxPerMm();
        List<Element> all = elementsOnPage();
        for (int i = all.size() - 1; i >= 0; i--) {
            MmBox b = ElementNode.findable(geometry.boxOf(all.get(i)));
            double[] l = b.toLocal(xMm, yMm);
            if (l[0] >= -tol && l[0] <= b.width() + tol && l[1] >= -tol && l[1] <= b.height() + tol) {
                return all.get(i);
            }
        }
        return null;
    }

    @Override
    public Handle handleAt(double sx, double sy) {
        Element e = singleSelected();
        if (e == null) {
            return null;
        }
        return overlay.handleAt(e, sx, sy);
    }

    @Override
    public List<Element> elementsOnPage() {
        List<Element> out = new ArrayList<>();
        for (Element e : document.layout().elements()) {
            if (isShown(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * True when the element is drawn on the page shown: those of this page, and on the last page, as
     * ghosts, those on pages the background lacks (on the first, those on no page at all), so that
     * they can be found and fixed.
     */
    @Override
    public boolean isShown(Element e) {
        int page = page();
        int on = e.page();
        if (on == page) {
            return true;
        }
        int last = pageCount.get();
        return page == last && on > last || page == 1 && on < 1;
    }

    @Override
    public boolean snapping() {
        return snapEnabled.get();
    }

    @Override
    public SnapEngine snapEngine(Set<Long> excluding) {
        List<MmBox> others = new ArrayList<>();
        for (Element e : elementsOnPage()) {
            if (!excluding.contains(e.id())) {
                others.add(geometry.boxOf(e));
            }
        }
        return SnapEngine.of(pageGeometry.get(), others, gridVisible.get() ? gridSpacingMm.get() : 0);
    }

    @Override
    public void previewTranslate(Collection<Long> ids, double dxMm, double dyMm) {
        double tx = Units.mmToPt(dxMm);
        double ty = -Units.mmToPt(dyMm);
        for (Long id : ids) {
            ElementNode n = nodes.get(id);
            if (n != null) {
                n.setTranslateX(tx);
                n.setTranslateY(ty);
                translated.add(id);
            }
        }
        double k = pxPerMm();
        overlay.translateSelection(dxMm * k, -dyMm * k);
    }

    @Override
    public void previewElement(Element changed) {
        ElementNode n = nodes.get(changed.id());
        if (n != null) {
            n.show(changed);
        }
        previewed = changed;
        refreshOverlay();
    }

    @Override
    public void endPreview() {
        for (Long id : translated) {
            ElementNode n = nodes.get(id);
            if (n != null) {
                n.setTranslateX(0);
                n.setTranslateY(0);
            }
        }
        translated.clear();
        overlay.translateSelection(0, 0);
        if (previewed != null) {
            ElementNode n = nodes.get(previewed.id());
            Element now = document.layout().find(previewed.id());
            previewed = null;
            if (n != null && now != null) {
                n.show(now);
            }
        }
        refreshOverlay();
    }

    @Override
    public void showGuides(List<SnapEngine.Guide> guides) {
        overlay.showGuides(guides);
    }

    /** The guides shown now (for tests). */
    public int guideCount() {
        return overlay.guideCount();
    }

    @Override
    public void showMarquee(double[] box) {
        overlay.showMarquee(box);
    }

    @Override
    public void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        applyTransform();
    }

    @Override
    public void zoomAt(double factor, double sx, double sy) {
        double old = pxPerPt();
        double z = clampZoom(zoom.get() * factor);
        double s = z * screenDpi / 72.0;
        double px = (sx - panX) / old;
        double py = (sy - panY) / old;
        panX = sx - px * s;
        panY = sy - py * s;
        if (z == zoom.get()) {
            applyTransform();
        } else {
            zoom.set(z);
        }
    }

    private void setScale(double pxPerPt) {
        double z = clampZoom(pxPerPt * 72.0 / screenDpi);
        if (z == zoom.get()) {
            applyTransform();
        } else {
            zoom.set(z);
        }
    }

    private static double clampZoom(double z) {
        return clamp(z, MIN_ZOOM, MAX_ZOOM);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ------------------------------------------------------------------ events

    private void installHandlers() {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (gesture != null) {
                gesture.cancel();
            }
            gesture = Gestures.start(this, e, spaceDown);
            e.consume();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (gesture != null) {
                gesture.drag(e);
            }
            e.consume();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (gesture != null) {
                Gesture g = gesture;
                gesture = null;
                g.release(e);
            }
            e.consume();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, e -> viewport.setCursor(cursorAt(e.getX(), e.getY())));
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!ZoomGesture.scroll(this, e)) {
                PanGesture.scroll(this, e);
            }
        });
        viewport.addEventHandler(ZoomEvent.ZOOM, e -> ZoomGesture.pinch(this, e));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                viewport.setCursor(Cursor.DEFAULT);
                e.consume();
            }
        });
        focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                spaceDown = false;
            }
        });
    }

    /**
     * The canvas's own keys, those that are no menu shortcut (the actions table has the others):
     * Space held pans, Escape cancels a drag or clears the selection, Tab and Shift+Tab select the
     * next and previous element (at the end of the page the focus moves on), arrows nudge.
     */
    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            viewport.setCursor(Cursor.OPEN_HAND);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (gesture != null) {
                gesture.cancel();
                gesture = null;
                e.consume();
            } else if (!document.selection().isEmpty()) {
                actions.selectNone();
                e.consume();
            }
        } else if (e.getCode() == KeyCode.TAB) {
            if (!e.isShortcutDown() && !e.isAltDown() && actions.selectNext(e.isShiftDown())) {
                e.consume();
            }
        } else {
            double[] step = NudgeGesture.step(e);
            if (step != null) {
                actions.nudge(step[0], step[1]);
                e.consume();
            }
        }
    }

    private Cursor cursorAt(double sx, double sy) {
        if (spaceDown) {
            return Cursor.OPEN_HAND;
        }
        Handle h = handleAt(sx, sy);
        if (h != null) {
            return switch (h) {
                case NW, SE -> Cursor.NW_RESIZE;
                case NE, SW -> Cursor.NE_RESIZE;
                case N, S -> Cursor.V_RESIZE;
                case E, W -> Cursor.H_RESIZE;
                case ROTATE -> Cursor.CROSSHAIR;
            };
        }
        double[] p = toMm(sx, sy);
        return elementAt(p[0], p[1]) != null ? Cursor.MOVE : Cursor.DEFAULT;
    }

    // ------------------------------------------------------------------ drawing

    private void onLayoutChanged() {
        syncNodes();
        refreshOverlay();
    }

    private void onPageChanged() {
        updatePageSize();
        syncNodes();
        document.selection().clear();
        refreshOverlay();
        requestBackground();
        updateTabs();
    }

    /** One node per element of the shown page, in z-order; unchanged elements keep their node. */
    private void syncNodes() {
        int page = page();
        List<Node> order = new ArrayList<>();
        Set<Long> alive = new HashSet<>();
        for (Element e : document.layout().elements()) {
            if (!isShown(e)) {
                continue;
            }
            ElementNode n = nodes.get(e.id());
            if (n == null || n.element().type() != e.type()) {
                n = ElementNode.create(ctx, e);
                nodes.put(e.id(), n);
            } else if (n.element() != e && !n.element().sameContent(e)) {
                n.show(e);
            }
            order.add(n);
            alive.add(e.id());
        }
        nodes.keySet().retainAll(alive);
        if (!order.equals(elementsLayer.getChildren())) {
            elementsLayer.getChildren().setAll(order);
        }
    }

    /** The fonts the renderer knows changed: every element is laid out and drawn again. */
    public void fontsChanged() {
        redrawAll();
    }

    private void redrawAll() {
        nodes.clear();
        elementsLayer.getChildren().clear();
        textHeights.clear();
        syncNodes();
        refreshOverlay();
    }

    private void applyTransform() {
        double s = pxPerPt();
        worldScale.setX(s);
        worldScale.setY(s);
        worldPan.setX(panX);
        worldPan.setY(panY);
        ctx.hairline.set(1 / s);
        drawRulers();
        refreshOverlay();
        requestBackground();
    }

    private void drawRulers() {
        if (!rulersVisible.get()) {
            return;
        }
        PageGeometry p = pageGeometry.get();
        double k = pxPerMm();
        topRuler.draw(panX, k, p.widthMm());
        leftRuler.draw(panY + p.heightPt() * pxPerPt(), k, p.heightMm());
    }

    private void rebuildGrid() {
        grid.getElements().clear();
        double step = gridSpacingMm.get();
        if (!gridVisible.get() || step <= 0) {
            return;
        }
        PageGeometry p = pageGeometry.get();
        for (double x = step; x < p.widthMm() - 1e-6; x += step) {
            double xp = Units.mmToPt(x);
            grid.getElements().addAll(new MoveTo(xp, 0), new LineTo(xp, p.heightPt()));
        }
        for (double y = step; y < p.heightMm() - 1e-6; y += step) {
            double yp = p.heightPt() - Units.mmToPt(y);
            grid.getElements().addAll(new MoveTo(0, yp), new LineTo(p.widthPt(), yp));
        }
    }

    private Element singleSelected() {
        if (document.selection().size() != 1) {
            return null;
        }
        Element e = document.selection().elements().get(0);
        if (!isShown(e)) {
            return null;
        }
        return previewed != null && previewed.id() == e.id() ? previewed : e;
    }

    /** Outlines of the selected elements; handles when one element is selected. */
    private void refreshOverlay() {
        List<Element> sel = new ArrayList<>();
        for (Element e : document.selection().elements()) {
            if (isShown(e)) {
                sel.add(previewed != null && previewed.id() == e.id() ? previewed : e);
            }
        }
        overlay.drawSelection(sel);
    }

    // ------------------------------------------------------------------ background and pages

    private void loadPages() {
        byte[] pdf = document.backgroundPdfProperty().get();
        if (pdf == null) {
            backgroundPages = null;
            pageCount.set(1);
            updatePageSize();
            requestBackground();
            updateTabs();
            return;
        }
        backgroundReady.set(false);
        tasks.run(texts.get("editor.task.readBackground"), () -> renderer.pages(pdf), pages -> {
            if (document.backgroundPdfProperty().get() != pdf) {
                return;
            }
            backgroundPages = pages;
            pageCount.set(pages.pageCount());
            updatePageSize();
            updateTabs();
            requestBackground();
        }, err -> {
            problem.set(texts.get("editor.canvas.backgroundUnreadable", new ErrorMessages(texts.bundle()).explain(err).whatHappened()));
            backgroundReady.set(true);
        });
    }

    /** pretix sizes every page like the first one (PRETIX.md §5.1): one page geometry for all. */
    private void updatePageSize() {
        PageGeometry p = backgroundPages == null ? PageGeometry.A4_PORTRAIT : backgroundPages;
        paper.setWidth(p.widthPt());
        paper.setHeight(p.heightPt());
        if (!p.equals(pageGeometry.get())) {
            boolean wasFitted = fitted;
            pageGeometry.set(p);
            ctx.setPage(p);
            redrawAll();
            rebuildGrid();
            if (wasFitted) {
                fitPage();
            }
        }
        applyTransform();
    }

    private void updateTabs() {
        int n = pageCount.get();
        pageTabs.getChildren().clear();
        ToggleGroup group = new ToggleGroup();
        for (int i = 1; i <= n; i++) {
            int page = i;
            ToggleButton b = new ToggleButton(texts.get("editor.canvas.page", i));
            b.setToggleGroup(group);
            b.setSelected(i == page());
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                document.pageProperty().set(page);
                b.setSelected(true);
            });
            pageTabs.getChildren().add(b);
        }
        boolean show = n > 1 && pageTabsVisible.get();
        if (pageTabs.isVisible() != show) {
            pageTabs.setVisible(show);
            requestLayout();
        }
    }

    /** Rasterises the background page for the current zoom, off the FX thread, once per zoom level. */
    private void requestBackground() {
        byte[] pdf = document.backgroundPdfProperty().get();
        int index = page() - 1;
        if (pdf == null || backgroundPages == null || index >= backgroundPages.pageCount()) {
            background.clear();
            backgroundReady.set(pdf == null || backgroundPages != null);
            return;
        }
        double outputScale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        // quarter steps of px per pt: small zoom changes reuse the image, scaled
        double scale = Math.min(MAX_RASTER_PX_PER_PT, Math.ceil(pxPerPt() * outputScale * 4) / 4);
        background.show(pdf, index, pageGeometry.get(), scale);
    }

    /** The background image shown now, or null. */
    Image backgroundImage() {
        return background.getImage();
    }

    /** Forgets rasterised backgrounds (benchmarks: the uncached zoom). */
    void clearBackgroundCache() {
        background.clearCache();
    }
}
