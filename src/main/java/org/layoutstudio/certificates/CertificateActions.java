package org.layoutstudio.certificates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import org.layoutstudio.ui.AppAction;

/**
 * The viewer's commands as actions of the shell's one actions table: menu "Certificates", shortcuts,
 * the F1 sheet, and the viewer's own buttons are all made from these. Declared once per window; they
 * act on the view {@link #attach attached} now (a new connection brings a new view), and only while
 * the viewer is on screen, so that a shortcut never acts on a hidden tab.
 */
public final class CertificateActions {
    /** The menu of the actions table they go in. */
    public static final String MENU = "certificates";

    private final Map<ViewerCommand, AppAction> actions = new EnumMap<>(ViewerCommand.class);
    private final BooleanProperty onScreen = new SimpleBooleanProperty(this, "onScreen", true);
    private CertificatesView view;
    private ChangeListener<PdfViewer.Fit> fitFollower;

    public CertificateActions() {
        for (ViewerCommand c : ViewerCommand.values()) {
            AppAction a = c.toggle ? AppAction.toggle(c.actionId(), MENU, c.labelKey())
                    : AppAction.command(c.actionId(), MENU, c.labelKey());
            a.icon(c.icon).shortcut(c.shortcut).onAction(() -> {
                if (view != null) {
                    view.run(c);
                }
            });
            if (c.separated) {
                a.separated();
            }
            a.enabledProperty().set(false);
            actions.put(c, a);
        }
    }

    /** Every action, in menu order. */
    public List<AppAction> all() {
        return List.copyOf(actions.values());
    }

    public AppAction get(ViewerCommand command) {
        return actions.get(command);
    }

    /** Whether the viewer is on screen (the area keeps it up to date); the actions are off while not. */
    public BooleanProperty onScreenProperty() {
        return onScreen;
    }

    /** Makes the actions act on {@code v} and follow its state. */
    void attach(CertificatesView v) {
        if (view != null && fitFollower != null) {
            view.viewer().fitProperty().removeListener(fitFollower);
        }
        view = v;
        for (ViewerCommand c : ViewerCommand.values()) {
            AppAction a = actions.get(c);
            a.enabledProperty().unbind();
            a.enabledProperty().bind(onScreen.and(v.available(c)));
        }
        fitFollower = (o, before, fit) -> showFit(fit);
        v.viewer().fitProperty().addListener(fitFollower);
        showFit(v.viewer().fitProperty().get());
    }

    private void showFit(PdfViewer.Fit fit) {
        actions.get(ViewerCommand.FIT_WIDTH).selectedProperty().set(fit == PdfViewer.Fit.WIDTH);
        actions.get(ViewerCommand.FIT_PAGE).selectedProperty().set(fit == PdfViewer.Fit.PAGE);
    }
}
