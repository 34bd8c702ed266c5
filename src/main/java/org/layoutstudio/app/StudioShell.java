package org.layoutstudio.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.layoutstudio.pretix.profiles.ConfigDirs;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.IconView;
import org.layoutstudio.ui.WindowPlacement;
import org.layoutstudio.ui.WindowSizing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: menu bar and toolbar (both from the {@link ActionsTable}), the two main areas as
 * tabs, and the status bar. Remembers its size and position, accepts dropped PDFs and layouts, and
 * starts the first connection (saved profile or demo server).
 */
public final class StudioShell {
    private static final Logger LOG = LoggerFactory.getLogger(StudioShell.class);

    private final Stage stage;
    private final ShellContext context;
    private final ConnectionManager connections;
    private final LayoutsArea layouts;
    private final CertificatesArea certificates;
    private final ActionsTable actions;
    private final TabPane tabs = new TabPane();
    private final Tab layoutsTab;
    private final Tab certificatesTab;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    private final RecentLayoutsMenu recent;

    public StudioShell(Stage stage, ShellContext context, Connector connector, AreaFactory areas, Consumer<String> openUri) {
        this.stage = stage;
        this.context = context;
        this.connections = new ConnectionManager(context, connector);
        this.layouts = areas.layouts(context);
        this.certificates = areas.certificates(context);
        this.actions = ShellActions.build(this, context, openUri);
        Theme.styleEveryWindow();
        for (StudioArea area : List.of(layouts, certificates)) {
            for (AppAction a : area.actions()) {
                if (a.menu().equals("file")) {
                    actions.addBefore("file.settings", a);
                } else {
                    actions.add(a);
                }
            }
        }
        this.layoutsTab = tab("layouts", "area.layouts", Icon.TICKET_OUTLINE.view(), layouts);
        this.certificatesTab = tab("certificates", "area.certificates", Icon.CERTIFICATE_OUTLINE.view(),
                certificates);
        this.statusBar = new StatusBar(context, connections.activeProperty(), context.tasks().runningProperty());
        this.recent = new RecentLayoutsMenu(context, actions.get("file.openRecent"), connections, layouts, this);
        connections.onMissingToken(p -> openConnectDialog(p));
        connections.activeProperty().addListener((o, old, now) -> {
            if (now != null) {
                layouts.connectionChanged(now);
                certificates.connectionChanged(now);
                actions.get("connection.switchEvent").enabledProperty().set(true);
                refreshProfilesMenu();
                recent.connectionChanged(now);
            }
        });
        context.onRecentChanged(this::refreshRecentMenu);
        build();
    }

    private Tab tab(String id, String key, IconView icon, StudioArea area) {
        Tab t = new Tab(context.text(key), area.view());
        t.setId("tab-" + id);
        t.setGraphic(icon);
        t.setClosable(false);
        return t;
    }

    private void build() {
        MenuBar menuBar = MenuBarFactory.build(actions);
        ToolBar toolBar = ToolBarFactory.build(actions);
        tabs.getTabs().addAll(layoutsTab, certificatesTab);
        tabs.setId("main-tabs");
        tabs.getSelectionModel().select("certificates".equals(context.settings().lastArea) ? certificatesTab : layoutsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            context.settings().lastArea = b == certificatesTab ? "certificates" : "layouts";
            tellShown();
        });
        tellShown();
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(tabs);
        root.setBottom(statusBar);
        root.setId("studio-root");
        refreshRecentMenu();
        refreshProfilesMenu();
        actions.get("view.darkMode").selectedProperty().set(context.settings().dark());
    }

    /** Tells the areas which of them is shown: their commands act only then. */
    private void tellShown() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        layouts.shownChanged(shown == layoutsTab);
        certificates.shownChanged(shown == certificatesTab);
    }

    /** Shows the window (first start: fitted to the screen; afterwards as it was) and starts the first connection. */
    public void show() {
        Settings s = context.settings();
        Rectangle2D bounds = initialBounds(s);
        Scene scene = new Scene(root);
        Theme.style(scene);
        installDrop(scene);
        installMoreShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle(context.text("app.title"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        AppIcons.install(stage, context.tasks());
        stage.setOnCloseRequest(e -> {
            if (!closeApproved) {
                e.consume();
                quit();
            }
        });
        stage.setOnHidden(e -> close());
        context.setWindow(stage);
        stage.show();
        WindowSizing.placeShown(stage, bounds, () -> {
            if (s.windowMaximized) {
                stage.setMaximized(true);
            }
            // One more turn, so that the areas see the final size (maximising is asynchronous too).
            Platform.runLater(this::announceSized);
        });
        // Slow start-up work (demo server, editor fonts) begins once the window is on screen.
        Platform.runLater(() -> {
            layouts.windowShown();
            certificates.windowShown();
            connections.startUp();
        });
    }

    /** The main window is never smaller than this (unless the screen is). */
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;

    /** The saved bounds kept on a screen, or on the first start a size that fits the primary screen. */
    static Rectangle2D initialBounds(Settings s) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        if (!(s.windowWidth > 0 && s.windowHeight > 0)) {
            return WindowPlacement.firstStart(primary);
        }
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(primary);
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(primary)).forEach(screens::add);
        double x = Double.isNaN(s.windowX) ? primary.getMinX() + (primary.getWidth() - s.windowWidth) / 2 : s.windowX;
        double y = Double.isNaN(s.windowY) ? primary.getMinY() + (primary.getHeight() - s.windowHeight) / 2 : s.windowY;
        return WindowPlacement.onScreen(new Rectangle2D(x, y, s.windowWidth, s.windowHeight), screens);
    }

    private boolean sizedAnnounced;

    /** Settings → Fonts was applied: the areas draw again what they drew with the earlier fonts. */
    void fontsChanged() {
        layouts.fontsChanged();
        certificates.fontsChanged();
    }

    /** Tells the areas, once, that the window has reached its first size (the editor fits the page then). */
    private void announceSized() {
        if (!sizedAnnounced) {
            sizedAnnounced = true;
            layouts.windowSized();
            certificates.windowSized();
        }
    }

    /** The window answers to the actions' further shortcuts too (the menus show only the first). */
    private void installMoreShortcuts(Scene scene) {
        for (AppAction a : actions.all()) {
            for (KeyCombination k : a.shortcuts()) {
                if (!k.equals(a.shortcut())) {
                    scene.getAccelerators().put(k, a::fire);
                }
            }
        }
    }

    private boolean closeApproved;

    private boolean closed;

    /** Saves the window state and stops what the shell started (the demo server). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        saveWindow();
        layouts.dispose();
        certificates.dispose();
        connections.close();
    }

    /** Closes the window if the areas agree (File → Quit, the window's close button). */
    void quit() {
        layouts.requestClose(layoutsOk -> {
            if (layoutsOk) {
                certificates.requestClose(certificatesOk -> {
                    if (certificatesOk) {
                        closeApproved = true;
                        stage.close();
                    }
                });
            }
        });
    }

    /** Remembers the window's bounds (not while maximised: those stay the ones to return to) and its maximised state. */
    private void saveWindow() {
        Settings s = context.settings();
        s.windowMaximized = stage.isMaximized();
        if (!stage.isMaximized() && stage.getScene() != null) {
            s.windowX = stage.getX();
            s.windowY = stage.getY();
            s.windowWidth = stage.getWidth();
            s.windowHeight = stage.getHeight();
        }
        context.saveSettings();
    }

    private void installDrop(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> kindOf(f.toPath()) != null)) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, e -> root.getStyleClass().remove("drop-target"));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            root.getStyleClass().remove("drop-target");
            if (e.getDragboard().hasFiles()) {
                List<Path> files = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) {
                    files.add(f.toPath());
                }
                e.setDropCompleted(openDropped(files));
                e.consume();
            }
        });
    }

    /** What a dropped file is: "pdf" (a background), "layout" (a layout JSON) or null. */
    static String kindOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "pdf";
        }
        if (n.endsWith(".json")) {
            return "layout";
        }
        return null;
    }

    /** Routes dropped files to the layout editor: a PDF becomes the background, a JSON is opened. */
    boolean openDropped(List<Path> files) {
        boolean any = false;
        for (Path f : files) {
            String kind = kindOf(f);
            if (kind == null || !Files.isRegularFile(f)) {
                continue;
            }
            showLayouts();
            if (kind.equals("pdf")) {
                layouts.setBackgroundPdf(f);
            } else {
                layouts.openLayoutFile(f);
            }
            any = true;
        }
        return any;
    }

    void openLayout(Path file) {
        showLayouts();
        context.settings().lastOpenFolder = file.toAbsolutePath().getParent().toString();
        layouts.openLayoutFile(file);
    }

    void setBackground(Path pdf) {
        showLayouts();
        context.settings().lastOpenFolder = pdf.toAbsolutePath().getParent().toString();
        layouts.setBackgroundPdf(pdf);
    }

    void showLayouts() {
        tabs.getSelectionModel().select(layoutsTab);
    }

    void showCertificates() {
        tabs.getSelectionModel().select(certificatesTab);
    }

    void openConnectDialog(org.layoutstudio.pretix.profiles.ConnectionProfile start) {
        new ConnectDialog(context, connections.connector(), start).show(r -> connections.saveAndUse(r.profile(), r.token()));
    }

    void openSwitchEvent() {
        ActiveConnection c = connections.active();
        if (c != null) {
            SwitchEventDialog.open(context, connections.connector(), c, connections::switchEvent);
        }
    }

    void refreshRecentMenu() {
        recent.refresh();
    }

    void refreshProfilesMenu() {
        ActiveConnection c = connections.active();
        List<AppAction.DynamicItem> items = new ArrayList<>();
        items.add(new AppAction.DynamicItem(context.text("action.demo"), connections::useDemo, c != null && c.demo()));
        for (var p : context.profiles().profiles()) {
            boolean current = c != null && !c.demo() && p.name().equals(c.profileName());
            items.add(new AppAction.DynamicItem(context.text("action.profileItem", p.name(), p.organizer(), p.event()),
                    () -> connections.useProfile(p), current));
        }
        actions.get("connection.profiles").items().setAll(items);
    }

    void applyTheme(boolean dark) {
        context.settings().theme = dark ? "dark" : "light";
        context.saveSettings();
        (dark ? Theme.DARK : Theme.LIGHT).apply();
    }

    Path logFile() {
        return ConfigDirs.logFile();
    }

    // For tests and for the lead's wiring.

    public ActionsTable actions() {
        return actions;
    }

    public LayoutsArea layouts() {
        return layouts;
    }

    public CertificatesArea certificates() {
        return certificates;
    }

    public ActiveConnection activeConnection() {
        return connections.active();
    }

    ConnectionManager connections() {
        return connections;
    }

    Stage stage() {
        return stage;
    }

    /** Used by the toolbar/menus for the application icon in dialogs. */
    static Image icon() {
        return AppIcons.largest();
    }
}
