package org.layoutstudio.editor.compare;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.layoutstudio.render.compare.DiffPalette;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.IconView;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.Tooltips;

/**
 * What "Compare with pretix" shows: our live rendering and pretix's PDF side by side, overlaid (a
 * slider fades ours over pretix's), or as the difference picture with its legend; the ink agreement
 * figure; zoom (buttons, Ctrl+wheel, fit); the page; notes; and at the bottom the progress while
 * pretix prepares its PDF, with Cancel. Colours come from the stylesheet: the difference picture
 * is painted in the legend swatches' colours ({@link #palette()}).
 */
public final class CompareView extends BorderPane {
    /** How the two renderings are shown. */
    public enum Mode { SIDE_BY_SIDE, OVERLAY, DIFFERENCE }

    /** The figure from which on the two renderings count as the same ticket (the CLI's default threshold). */
    static final double GOOD_AGREEMENT = 0.99;
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 8;
    private static final double ZOOM_STEP = 1.25;
    private static final double GAP = 16;

    private final Texts texts;
    private final ToggleGroup modes = new ToggleGroup();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Slider mix = new Slider(0, 1, 0.5);
    private final Spinner<Integer> page = new Spinner<>(1, 1, 1);
    private final Label figure = new Label();
    private final Label zoomLabel = new Label();
    private final Region oursSwatch = swatch("compare-only-ours");
    private final Region theirsSwatch = swatch("compare-only-theirs");
    private final Region bothSwatch = swatch("compare-both");
    private final Region paperSwatch = swatch("compare-paper");
    private final VBox notes = new VBox(2);
    private final HBox pageBox = new HBox(4);
    private final StackPane canvas = new StackPane();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final VBox waiting = new VBox(12);
    private final Button cancel = new Button();
    private ComparisonImages shown;
    private boolean fitted;

    CompareView(Texts texts) {
        this.texts = texts;
        getStyleClass().add("compare-view");
        ToggleButton side = mode(Mode.SIDE_BY_SIDE, "compare-mode-side", "mode.sideBySide");
        ToggleButton overlay = mode(Mode.OVERLAY, "compare-mode-overlay", "mode.overlay");
        ToggleButton difference = mode(Mode.DIFFERENCE, "compare-mode-difference", "mode.difference");
        modes.selectToggle(difference);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                modes.selectToggle(a); // one view is always chosen
            } else {
                refresh();
            }
        });
        notes.setId("compare-notes");
        VBox top = new VBox(6, tools(new HBox(0, side, overlay, difference)), options(overlay, difference), notes);
        top.getStyleClass().add("compare-top");
        setTop(top);
        setCenter(centre());
        setBottom(bottomBar());
        showFigure(null);
    }

    /** The figure, the three views, the zoom. */
    private FlowPane tools(HBox modeButtons) {
        Button zoomOut = iconButton("compare-zoom-out", Icon.MAGNIFY_MINUS_OUTLINE.view(), "zoomOut");
        zoomOut.setOnAction(e -> setZoom(zoom.get() / ZOOM_STEP));
        Button zoomIn = iconButton("compare-zoom-in", Icon.MAGNIFY_PLUS_OUTLINE.view(), "zoomIn");
        zoomIn.setOnAction(e -> setZoom(zoom.get() * ZOOM_STEP));
        Button fit = iconButton("compare-zoom-fit", Icon.FIT_TO_PAGE_OUTLINE.view(), "zoomFit");
        fit.setOnAction(e -> fitWidth());
        zoomLabel.setId("compare-zoom");
        zoomLabel.getStyleClass().add("compare-zoom-level");
        zoomLabel.setText(texts.get("editor.compare.zoomLevel", 100));
        zoom.addListener((o, a, b) -> {
            zoomLabel.setText(texts.get("editor.compare.zoomLevel", b.doubleValue() * 100));
            refresh();
        });
        figure.setId("compare-figure");
        figure.getStyleClass().add("compare-figure");
        Tooltips.set(figure, texts.get("editor.compare.figure.tooltip"));
        HBox zoomBox = new HBox(4, zoomOut, zoomLabel, zoomIn, fit);
        zoomBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane tools = new FlowPane(12, 6, figure, modeButtons, zoomBox);
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    /** What goes with a view: the legend of the difference picture, the overlay's slider, the page. */
    private FlowPane options(ToggleButton overlay, ToggleButton difference) {
        HBox legend = new HBox(6, oursSwatch, new Label(texts.get("editor.compare.legend.ours")), theirsSwatch,
                new Label(texts.get("editor.compare.legend.theirs")), bothSwatch, new Label(texts.get("editor.compare.legend.both")), paperSwatch);
        legend.setId("compare-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.visibleProperty().bind(difference.selectedProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        paperSwatch.setVisible(false); // only carries the paper colour for the picture
        paperSwatch.setManaged(false);

        mix.setId("compare-mix");
        mix.setPrefWidth(160);
        mix.valueProperty().addListener((o, a, b) -> refresh());
        HBox mixBox = new HBox(6, new Label(texts.get("editor.compare.mix.theirs")), mix, new Label(texts.get("editor.compare.mix.ours")));
        mixBox.setAlignment(Pos.CENTER_LEFT);
        mixBox.visibleProperty().bind(overlay.selectedProperty());
        mixBox.managedProperty().bind(mixBox.visibleProperty());

        page.setId("compare-page");
        page.setPrefWidth(70);
        page.valueProperty().addListener((o, a, b) -> refresh());
        pageBox.getChildren().addAll(new Label(texts.get("editor.compare.page")), page);
        pageBox.setAlignment(Pos.CENTER_LEFT);
        pageBox.setVisible(false); // until a comparison has more than one page
        pageBox.managedProperty().bind(pageBox.visibleProperty());

        FlowPane options = new FlowPane(16, 6, legend, mixBox, pageBox);
        options.setAlignment(Pos.CENTER_LEFT);
        return options;
    }

    /** The pages, zoomable (Ctrl+wheel) and pannable; until the first comparison, what is happening, in large. */
    private ScrollPane centre() {
        canvas.getStyleClass().add("compare-canvas");
        canvas.setAlignment(Pos.TOP_CENTER);
        // the paper-grey area fills the window even before there is a page to show
        canvas.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        canvas.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.setId("compare-scroll");
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                setZoom(e.getDeltaY() > 0 ? zoom.get() * ZOOM_STEP : zoom.get() / ZOOM_STEP);
                e.consume();
            }
        });
        ProgressIndicator large = new ProgressIndicator();
        large.visibleProperty().bind(cancel.visibleProperty());
        Label waitingText = new Label();
        waitingText.textProperty().bind(status.textProperty());
        waitingText.setWrapText(true);
        waitingText.getStyleClass().add("compare-waiting");
        waiting.getChildren().addAll(large, waitingText);
        waiting.setAlignment(Pos.CENTER);
        waiting.setId("compare-waiting");
        StackPane.setAlignment(waiting, Pos.CENTER);
        canvas.getChildren().setAll(waiting);
        return scroll;
    }

    /** Progress, status and Cancel while pretix prepares its PDF; the status afterwards. */
    private HBox bottomBar() {
        progress.setMaxSize(18, 18);
        progress.visibleProperty().bind(cancel.visibleProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("compare-status");
        status.getStyleClass().add("compare-status");
        cancel.setId("compare-cancel");
        cancel.setText(texts.get("editor.compare.cancel"));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(8, progress, status, grow, cancel);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("compare-bottom");
        return bottom;
    }

    /** Follows a session: its status, progress and Cancel, its results and the notes about them. */
    void follow(CompareSession session) {
        status.textProperty().bind(session.statusProperty());
        cancel.visibleProperty().bind(session.fetchingProperty());
        cancel.setOnAction(e -> session.cancel());
        session.fetchedProperty().addListener((o, a, f) -> setNotes(session, null));
        session.resultProperty().addListener((o, a, r) -> {
            show(r);
            setNotes(session, r);
        });
    }

    private void setNotes(CompareSession session, ComparisonImages r) {
        List<String> lines = new java.util.ArrayList<>();
        CompareSession.Fetched f = session.fetchedProperty().get();
        if (f != null && f.layout() != null) {
            var layout = f.layout().layout();
            lines.add(switch (f.layout().source()) {
                case PRODUCT -> texts.get("editor.compare.note.layout", layout.name(), String.valueOf(layout.id()));
                case EVENT_DEFAULT -> texts.get("editor.compare.note.defaultLayout", layout.name(), String.valueOf(layout.id()));
                case BUILT_IN -> texts.get("editor.compare.note.builtInLayout");
            });
        }
        if (session.document().isModified()) {
            lines.add(texts.get("editor.compare.note.unsaved"));
        }
        if (r != null && r.oursPages() != r.theirsPages()) {
            lines.add(texts.get("editor.compare.note.pages", r.oursPages(), r.theirsPages()));
        }
        if (r != null) {
            for (ComparisonImages.Page p : r.pages()) {
                if (p.ours() != null && p.theirs() != null && !p.sameSize()) {
                    lines.add(texts.get("editor.compare.note.size", p.oursSizeMm()[0], p.oursSizeMm()[1],
                            p.theirsSizeMm()[0], p.theirsSizeMm()[1]));
                    break;
                }
            }
        }
        notes.getChildren().setAll(lines.stream().map(s -> {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("compare-note");
            return (Node) l;
        }).toList());
    }

    /** Shows a comparison (FX thread); the first one is fitted to the width. */
    void show(ComparisonImages r) {
        shown = r;
        SpinnerValueFactory.IntegerSpinnerValueFactory f = (SpinnerValueFactory.IntegerSpinnerValueFactory) page.getValueFactory();
        f.setMax(Math.max(1, r.pages().size()));
        pageBox.setVisible(r.pages().size() > 1);
        showFigure(r.agreement());
        if (!fitted) {
            fitted = true;
            fitWidth();
        }
        refresh();
    }

    private void showFigure(Double agreement) {
        figure.getStyleClass().removeAll("compare-figure-good", "compare-figure-poor");
        if (agreement == null) {
            figure.setText(texts.get("editor.compare.figure.none"));
            return;
        }
        // floored: a figure below the mark never shows as the mark itself
        figure.setText(texts.get("editor.compare.figure", Math.floor(agreement * 10_000) / 100));
        figure.getStyleClass().add(agreement >= GOOD_AGREEMENT ? "compare-figure-good" : "compare-figure-poor");
    }

    /** Builds the center for the current mode, page and zoom. */
    private void refresh() {
        if (shown == null || shown.pages().isEmpty()) {
            canvas.getChildren().setAll(waiting);
            return;
        }
        ComparisonImages.Page p = shown.pages().get(Math.min(page.getValue(), shown.pages().size()) - 1);
        Node content = switch (mode()) {
            case SIDE_BY_SIDE -> new HBox(GAP, column("ours", p.ours(), "compare-ours-image"),
                    column("theirs", p.theirs(), "compare-theirs-image"));
            case OVERLAY -> overlay(p);
            case DIFFERENCE -> view(p.difference(), "compare-diff-image");
        };
        canvas.getChildren().setAll(content);
    }

    private Node overlay(ComparisonImages.Page p) {
        StackPane stack = new StackPane();
        stack.setAlignment(Pos.TOP_LEFT);
        if (p.theirs() != null) {
            stack.getChildren().add(view(p.theirs(), "compare-theirs-image"));
        }
        if (p.ours() != null) {
            ImageView ours = view(p.ours(), "compare-ours-image");
            ours.setOpacity(mix.getValue());
            stack.getChildren().add(ours);
        }
        return stack;
    }

    private VBox column(String caption, Image image, String id) {
        Label l = new Label(texts.get(caption));
        l.getStyleClass().add("compare-caption");
        Node content = image != null ? view(image, id) : new Label(texts.get("editor.compare.noPage"));
        return new VBox(4, l, content);
    }

    private ImageView view(Image image, String id) {
        ImageView v = new ImageView(image);
        v.setId(id);
        v.setPreserveRatio(true);
        v.setSmooth(true);
        v.setFitWidth(image.getWidth() * zoom.get());
        return v;
    }

    /** Zoom so that the page (or both pages side by side) fills the visible width. */
    void fitWidth() {
        if (shown == null || shown.pages().isEmpty()) {
            return;
        }
        ComparisonImages.Page p = shown.pages().get(0);
        double w = p.difference().getWidth() * (mode() == Mode.SIDE_BY_SIDE ? 2 : 1) + (mode() == Mode.SIDE_BY_SIDE ? GAP : 0);
        // the canvas' padding, and room for the vertical scroll bar the page will need
        double available = scroll.getViewportBounds().getWidth() - 24 - 20;
        if (available > 0 && w > 0) {
            setZoom(available / w);
        }
    }

    /** The zoom: 1 shows the 150 dpi pixels one to one; clamped to 10 %…800 %. */
    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    public double zoom() {
        return zoom.get();
    }

    public Mode mode() {
        Object m = modes.getSelectedToggle() == null ? null : modes.getSelectedToggle().getUserData();
        return m instanceof Mode mode ? mode : Mode.DIFFERENCE;
    }

    public void setMode(Mode m) {
        modes.getToggles().stream().filter(t -> t.getUserData() == m).findFirst().ifPresent(modes::selectToggle);
    }

    /** The difference picture's colours, as the stylesheet gives them to the legend (the defaults without one). */
    DiffPalette palette() {
        applyCss();
        DiffPalette d = DiffPalette.DEFAULT;
        return new DiffPalette(argb(oursSwatch, d.onlyOurs()), argb(theirsSwatch, d.onlyTheirs()),
                argb(bothSwatch, d.both()), argb(paperSwatch, d.paper()));
    }

    private static int argb(Region swatch, int fallback) {
        if (swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty()
                || !(swatch.getBackground().getFills().get(0).getFill() instanceof Color c)) {
            return fallback;
        }
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private ToggleButton mode(Mode m, String id, String key) {
        ToggleButton b = new ToggleButton(texts.get(key));
        b.setId(id);
        b.setUserData(m);
        b.setToggleGroup(modes);
        return b;
    }

    private Button iconButton(String id, IconView icon, String tooltipKey) {
        Button b = new Button();
        b.setGraphic(icon);
        b.setId(id);
        Tooltips.set(b, texts.get(tooltipKey));
        b.setAccessibleText(texts.get(tooltipKey));
        return b;
    }

    private static Region swatch(String kind) {
        Region r = new Region();
        r.getStyleClass().addAll("compare-swatch", kind);
        return r;
    }

    /** The agreement figure as shown (tests). */
    Label figureLabel() {
        return figure;
    }
}
