package org.layoutstudio.editor.compare;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layoutstudio.editor.DocumentView;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.document.AttendeeData;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorDialog;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.Tooltips;

/**
 * "Compare with pretix" for the editor: enabled when the current document's preview shows a real
 * attendee of the connected event; opens a window per document with pretix's own ticket PDF of
 * that attendee next to the live preview ({@link CompareView}). The shell declares the command in
 * its actions table and calls {@link #attach}; the preview pane gets a button that fires it.
 */
public final class CompareWithPretix {
    /** The window's size at most; smaller screens get 90 % of theirs. */
    static final double WIDTH = 1200;
    static final double HEIGHT = 900;

    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ErrorDialog errors;
    private final Map<DocumentView, Stage> windows = new WeakHashMap<>();

    /** {@code texts}: the application's texts ({@code editor.compare.*}). */
    public CompareWithPretix(BackgroundTasks tasks, Texts texts, ErrorDialog errors) {
        this.tasks = tasks;
        this.texts = texts;
        this.errors = errors;
    }

    /**
     * Keeps {@code action} enabled exactly when a comparison is possible, and puts a button firing it
     * into the preview pane of every document the workspace opens.
     */
    public void attach(EditorWorkspace ws, AppAction action) {
        BooleanProperty possible = new SimpleBooleanProperty();
        InvalidationListener update = o -> possible.set(canCompare(ws));
        ws.currentViewProperty().addListener((o, old, view) -> {
            if (old != null) {
                watched(old).forEach(p -> p.removeListener(update));
            }
            if (view != null) {
                watched(view).forEach(p -> p.addListener(update));
            }
            update.invalidated(null);
        });
        if (ws.currentViewProperty().get() != null) {
            watched(ws.currentViewProperty().get()).forEach(p -> p.addListener(update));
        }
        ws.repositoryProperty().addListener(update);
        update.invalidated(null);
        action.enabledProperty().unbind();
        action.enabledProperty().bind(possible);
        ws.tabPane().getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(t -> addButton(t, action));
                change.getRemoved().forEach(this::closeWindowOf);
            }
        });
        ws.tabPane().getTabs().forEach(t -> addButton(t, action));
    }

    private void addButton(Tab tab, AppAction action) {
        if (tab.getContent() instanceof DocumentView view) {
            Button b = new Button(texts.get("editor.compare.button"), Icon.COMPARE.view());
            b.getStyleClass().add("compare-button");
            b.setId("preview-compare");
            Tooltips.set(b, texts.get("editor.compare.button.tooltip"));
            b.disableProperty().bind(action.enabledProperty().not());
            b.setOnAction(e -> action.fire());
            view.preview().addTool(b);
        }
    }

    /** A closed document's comparison closes with it. */
    private void closeWindowOf(Tab tab) {
        if (tab.getContent() instanceof DocumentView view) {
            Stage s = windows.remove(view);
            if (s != null) {
                s.close();
            }
        }
    }

    /** What of a view's preview decides whether it can be compared: the chosen entry, and whether its values are shown. */
    private static List<Observable> watched(DocumentView view) {
        return List.of(view.preview().dataChoice().valueProperty(), view.preview().choiceShownProperty());
    }

    private static boolean canCompare(EditorWorkspace ws) {
        DocumentView view = ws.currentViewProperty().get();
        // not while the attendee's order language is asked: pretix prints in it, and so must the comparison
        return view != null && client(ws) != null && CompareSession.ticketOf(view.preview().dataChoice().getValue()) != null
                && view.preview().choiceShownProperty().get();
    }

    /**
     * The client of the current document's event (where its preview's attendees come from, and where
     * pretix prints its tickets), or null without a connection.
     */
    private static PretixClient client(EditorWorkspace ws) {
        DocumentView view = ws.currentViewProperty().get();
        var repo = ws.connections().forDocument(view == null ? null : view.document());
        return repo == null ? null : repo.client();
    }

    /** Compares the workspace's current document with pretix's PDF of the attendee its preview shows. */
    public void open(EditorWorkspace ws) {
        DocumentView view = ws.currentViewProperty().get();
        PretixClient c = client(ws);
        if (view != null && c != null) {
            open(view, c);
        }
    }

    /** Opens (or opens anew) the comparison window of {@code view}; returns its view, or null when no attendee is chosen. */
    CompareView open(DocumentView view, PretixClient c) {
        AttendeeData attendee = view.preview().shownAttendee(); // in the order's language, as the preview shows it
        if (CompareSession.ticketOf(attendee) == null) {
            return null;
        }
        Stage old = windows.remove(view);
        if (old != null) {
            old.close();
        }
        CompareView compareView = new CompareView(texts);
        Stage stage = new Stage();
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        Scene scene = new Scene(compareView, WIDTH, HEIGHT);
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                    .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            stage.setWidth(Math.min(WIDTH, screen.getWidth() * 0.9));
            stage.setHeight(Math.min(HEIGHT, screen.getHeight() * 0.9));
        }
        stage.setScene(scene);
        stage.setTitle(texts.get("editor.compare.title", attendee.label()));
        CompareSession session = new CompareSession(view.document(), attendee, view.preview().scheduler().renderer(), c,
                tasks, texts, errors.messages(), e -> errors.show(stage, e));
        compareView.follow(session);
        stage.setOnHidden(e -> {
            session.close();
            windows.remove(view, stage);
        });
        windows.put(view, stage);
        stage.show();
        session.start(compareView.palette());
        return compareView;
    }
}
