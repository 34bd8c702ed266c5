package org.layoutstudio.certificates;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.FxImages;

/**
 * Shows a PDF's pages in a scrolling list, with zoom, fit width, fit page and the current page. The
 * list is virtual: only the pages on screen have cells, each cell asks for its page image when it
 * appears, and rendered images live in a bounded least-recently-used cache, so a 200-page document
 * costs no more memory than a few pages. Rendering runs on a single background thread of its own
 * (PDF libraries draw one page of a document at a time); stale requests for pages that scrolled away
 * are dropped before they are drawn. The buttons that steer it are the host's (the viewer's actions).
 */
public final class PdfViewer extends BorderPane {
    /** Pixels per point at 100 %: 96 dpi on screen. */
    static final double SCREEN_SCALE = 96.0 / 72.0;
    static final double[] ZOOM_STEPS = {0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};
    private static final double PAGE_GAP = 12;

    /** How the zoom follows the window: not at all, the page width, or the whole page. */
    public enum Fit { NONE, WIDTH, PAGE }

    private final Texts texts;
    private final BackgroundTasks renderThread;
    private final PageImageCache cache;
    private final Map<Integer, PendingRender> pending = new HashMap<>();
    private final ListView<Integer> list = new ListView<>();
    private final Label placeholder = new Label();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyIntegerWrapper currentPage = new ReadOnlyIntegerWrapper(this, "currentPage", 0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final ReadOnlyIntegerWrapper renderedPages = new ReadOnlyIntegerWrapper(this, "renderedPages", 0);
    private final ReadOnlyObjectWrapper<Fit> fit = new ReadOnlyObjectWrapper<>(this, "fit", Fit.PAGE);
    private PdfPages document;
    private String fileName = "";
    // Bumped (FX thread) on every new document or zoom; read by the render thread to drop stale work.
    private volatile int generation;
    // Told about every page image made (tests count how many stay alive).
    private Consumer<Image> imageMade = image -> { };

    public PdfViewer(ResourceBundle texts) {
        this(texts, 24);
    }

    /** @param cachedPages how many rendered pages to keep at most */
    public PdfViewer(ResourceBundle texts, int cachedPages) {
        this.texts = new Texts(texts);
        this.cache = new PageImageCache(cachedPages);
        this.renderThread = new BackgroundTasks(1);
        getStyleClass().add("pdf-viewer");
        list.setId("pdfPages");
        list.getStyleClass().add("pdf-pages");
        list.setCellFactory(v -> new PageCell());
        list.setFocusTraversable(true);
        placeholder.setId("pdfPlaceholder");
        placeholder.getStyleClass().add("pdf-placeholder");
        placeholder.setWrapText(true);
        placeholder.setText(this.texts.get("certificates.viewer.empty"));
        list.setPlaceholder(placeholder);
        setCenter(list);
        list.widthProperty().addListener((o, a, b) -> applyFit());
        list.heightProperty().addListener((o, a, b) -> applyFit());
        list.skinProperty().addListener((o, a, skin) -> trackScrolling());
    }

    /** Shows an open document (the viewer closes it when another one is shown). */
    public void show(PdfPages pages, String fileName) {
        closeDocument();
        this.document = pages;
        this.fileName = fileName == null ? "" : fileName;
        list.setItems(FXCollections.observableArrayList(IntStream.range(0, pages.pageCount()).boxed().toList()));
        currentPage.set(1);
        pageCount.set(pages.pageCount());
        applyFit();
        list.scrollTo(0);
    }

    /** Shows nothing (and frees the document). */
    public void clear() {
        clear(texts.get("certificates.viewer.empty"));
    }

    /** Shows nothing and says {@code why} where the pages were. */
    public void clear(String why) {
        closeDocument();
        fileName = "";
        list.getItems().clear();
        currentPage.set(0);
        pageCount.set(0);
        placeholder.setText(why);
    }

    /** What the empty viewer says. */
    public String placeholderText() {
        return placeholder.getText();
    }

    private void closeDocument() {
        generation++;
        pending.clear();
        cache.clear();
        if (document != null) {
            PdfPages old = document;
            document = null;
            // Close after queued renders of the old document have finished (same single thread).
            renderThread.run("Close PDF", () -> {
                old.close();
                return null;
            }, null, null);
        }
    }

    /** The document shown, or null. */
    public PdfPages document() {
        return document;
    }

    public String fileName() {
        return fileName;
    }

    public int pageCount() {
        return pageCount.get();
    }

    /** Pages of the document shown (0 when nothing is shown). */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** How the zoom follows the window. */
    public ReadOnlyObjectProperty<Fit> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** The page at the top of the view, 1-based (0 when nothing is shown). */
    public ReadOnlyIntegerProperty currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    /** 1.0 = 100 % (96 dpi). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** How many page images have been drawn so far, all zooms together. */
    public ReadOnlyIntegerProperty renderedPagesProperty() {
        return renderedPages.getReadOnlyProperty();
    }

    /** Page images held in the cache now. */
    public int cachedPages() {
        return cache.size();
    }

    /** The most page images the cache will hold. */
    public int cacheCapacity() {
        return cache.capacity();
    }

    /** True when page {@code index} (0-based) is drawn at the current zoom and cached. */
    public boolean isPageDrawn(int index) {
        return cache.get(index) != null;
    }

    /** Page images dropped from the cache so far to keep it bounded. */
    public int evictedPages() {
        return cache.evictions();
    }

    /** For tests: hears every page image made. */
    void setOnImageMade(Consumer<Image> listener) {
        this.imageMade = listener == null ? image -> { } : listener;
    }

    /** Pixel bytes held in the cache now. */
    public long cachedPixelBytes() {
        return cache.pixelBytes();
    }

    /** Scrolls so that page {@code page} (1-based) is at the top. */
    public void goToPage(int page) {
        if (document == null) {
            return;
        }
        int p = Math.max(1, Math.min(document.pageCount(), page));
        list.scrollTo(p - 1);
        currentPage.set(p);
    }

    public void previousPage() {
        goToPage(currentPage.get() - 1);
    }

    public void nextPage() {
        goToPage(currentPage.get() + 1);
    }

    public void zoomIn() {
        stepZoom(+1);
    }

    public void zoomOut() {
        stepZoom(-1);
    }

    /** Sets the zoom (clamped to 10 %…800 %) and leaves fit mode. */
    public void setZoom(double value) {
        setFit(Fit.NONE);
        applyZoom(value);
    }

    public void fitWidth() {
        setFit(Fit.WIDTH);
    }

    public void fitPage() {
        setFit(Fit.PAGE);
    }

    /** Fit {@code f}, or no fit if it is on already (the toggle buttons' way). */
    public void toggleFit(Fit f) {
        setFit(fit.get() == f ? Fit.NONE : f);
    }

    private void setFit(Fit f) {
        fit.set(f);
        applyFit();
    }

    private void stepZoom(int direction) {
        double z = zoom.get();
        double target = z;
        if (direction > 0) {
            for (double s : ZOOM_STEPS) {
                if (s > z + 0.001) {
                    target = s;
                    break;
                }
            }
        } else {
            for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
                if (ZOOM_STEPS[i] < z - 0.001) {
                    target = ZOOM_STEPS[i];
                    break;
                }
            }
        }
        setZoom(target);
    }

    private void applyFit() {
        if (document == null || fit.get() == Fit.NONE || list.getWidth() <= 0) {
            return;
        }
        PdfPages.PageSize size = document.pageSize(Math.max(0, currentPage.get() - 1));
        // Leave room for the vertical scroll bar and the gaps around the page.
        double availableWidth = list.getWidth() - 2 * PAGE_GAP - 18;
        double availableHeight = list.getHeight() - 2 * PAGE_GAP - 4;
        double byWidth = availableWidth / (size.width() * SCREEN_SCALE);
        double byHeight = availableHeight / (size.height() * SCREEN_SCALE);
        applyZoom(fit.get() == Fit.WIDTH ? byWidth : Math.min(byWidth, byHeight));
    }

    private void applyZoom(double value) {
        // Rounded to whole percent so that a window resize by a pixel does not redraw every page.
        double z = Math.round(Math.max(0.1, Math.min(8.0, value)) * 100) / 100.0;
        if (Math.abs(z - zoom.get()) < 1e-9) {
            return;
        }
        zoom.set(z);
        generation++;
        pending.clear();
        cache.clear();
        int keep = currentPage.get();
        list.refresh();
        if (keep > 0) {
            list.scrollTo(keep - 1);
        }
    }

    private void trackScrolling() {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.positionProperty().addListener((o, a, b) -> updateCurrentPage());
        }
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    private void updateCurrentPage() {
        VirtualFlow<?> flow = flow();
        if (flow == null || document == null) {
            return;
        }
        var first = flow.getFirstVisibleCell();
        if (first == null || first.getIndex() < 0) {
            return;
        }
        int index = first.getIndex();
        // The page that fills the upper half of the view is the current one.
        if (first.getLayoutY() + first.getHeight() < flow.getHeight() * 0.5 && index + 1 < document.pageCount()) {
            index++;
        }
        if (currentPage.get() != index + 1) {
            currentPage.set(index + 1);
        }
    }

    /** Asks for page {@code page}'s image at the current zoom; {@code whenReady} runs on the FX thread. */
    private PendingRender request(int page, Consumer<Image> whenReady) {
        Image cached = cache.get(page);
        if (cached != null) {
            whenReady.accept(cached);
            return null;
        }
        PendingRender render = pending.get(page);
        if (render == null) {
            render = new PendingRender(page, generation);
            pending.put(page, render);
            startRender(render);
        }
        render.interest++;
        render.waiting.add(whenReady);
        return render;
    }

    private void startRender(PendingRender render) {
        PdfPages doc = document;
        // Sharp on HiDPI screens: as many pixels as the screen shows, displayed at the logical size.
        double pixelsPerPoint = zoom.get() * SCREEN_SCALE * outputScale();
        renderThread.run("Render page " + (render.page + 1), () -> {
            // Dropped if every cell that wanted it has moved on, or the zoom/document changed.
            if (render.abandoned()) {
                return null;
            }
            BufferedImage img = doc.render(render.page, pixelsPerPoint);
            return FxImages.toFx(img);
        }, image -> finish(render, image), error -> {
            pending.remove(render.page, render);
            if (render.generation == generation) {
                // The cells say so instead of waiting for ever; null means "could not be drawn".
                render.waiting.forEach(c -> c.accept(null));
            }
        });
    }

    private void finish(PendingRender render, Image image) {
        if (render.generation != generation) {
            pending.remove(render.page, render);
            return;
        }
        if (image == null) {
            // Skipped as abandoned, but a cell may have asked again in the meantime.
            if (render.interest > 0) {
                startRender(render);
            } else {
                pending.remove(render.page, render);
            }
            return;
        }
        pending.remove(render.page, render);
        renderedPages.set(renderedPages.get() + 1);
        imageMade.accept(image);
        cache.put(render.page, image);
        for (Consumer<Image> c : render.waiting) {
            c.accept(image);
        }
    }

    private double outputScale() {
        var window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1.0 : Math.max(1.0, Math.min(3.0, window.getOutputScaleX()));
    }

    /** One page being drawn, and the cells that want it. */
    private final class PendingRender {
        final int page;
        final int generation;
        final List<Consumer<Image>> waiting = new ArrayList<>();
        volatile int interest;

        PendingRender(int page, int generation) {
            this.page = page;
            this.generation = generation;
        }

        boolean abandoned() {
            return interest <= 0 || generation != PdfViewer.this.generation;
        }
    }

    /** A page: a white sheet of the page's size at the current zoom, the image once it is drawn. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView view = new ImageView();
        private final StackPane sheet = new StackPane(view);
        private final Label loading = new Label();
        private PendingRender waitingFor;

        PageCell() {
            getStyleClass().add("pdf-page-cell");
            sheet.getStyleClass().add("pdf-sheet");
            sheet.getChildren().add(loading);
            loading.getStyleClass().add("pdf-page-loading");
            setPadding(new Insets(PAGE_GAP / 2, PAGE_GAP, PAGE_GAP / 2, PAGE_GAP));
            setAlignment(Pos.CENTER);
            setGraphic(null);
            setText(null);
        }

        @Override
        protected void updateItem(Integer page, boolean empty) {
            Integer before = getItem();
            super.updateItem(page, empty);
            if (waitingFor != null && (empty || page == null || !page.equals(before) || waitingFor.generation != generation)) {
                waitingFor.interest--;
                waitingFor = null;
            }
            if (empty || page == null || document == null) {
                view.setImage(null);
                setGraphic(null);
                return;
            }
            PdfPages.PageSize size = document.pageSize(page);
            double w = Math.round(size.width() * zoom.get() * SCREEN_SCALE);
            double h = Math.round(size.height() * zoom.get() * SCREEN_SCALE);
            view.setFitWidth(w);
            view.setFitHeight(h);
            sheet.setMinSize(w, h);
            sheet.setPrefSize(w, h);
            sheet.setMaxSize(w, h);
            setGraphic(sheet);
            Image current = view.getImage();
            if (current != null && page.equals(before) && current == cache.get(page)) {
                return;
            }
            view.setImage(null);
            loading.setText(texts.format("certificates.viewer.pageLoading", page + 1));
            loading.setVisible(true);
            int gen = generation;
            if (waitingFor != null) {
                return;
            }
            waitingFor = request(page, image -> {
                if (gen == generation && page.equals(getItem())) {
                    waitingFor = null;
                    if (image == null) {
                        loading.setText(texts.format("certificates.viewer.pageFailed", page + 1));
                        return;
                    }
                    view.setImage(image);
                    loading.setVisible(false);
                }
            });
        }
    }
}
