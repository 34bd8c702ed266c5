package org.layoutstudio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.ErrorReport;

/**
 * File → Open recent: layout files and layouts opened from pretix. A file opens at once; a pretix
 * layout first switches to its saved connection (or the demo server) and event, then opens there.
 */
final class RecentLayoutsMenu {
    private final ShellContext context;
    private final AppAction menu;
    private final ConnectionManager connections;
    private final LayoutsArea layouts;
    private final StudioShell shell;
    /** A pretix layout waiting for its connection and event to become active. */
    private RecentLayout.ServerLayout waiting;

    RecentLayoutsMenu(ShellContext context, AppAction menu, ConnectionManager connections, LayoutsArea layouts,
            StudioShell shell) {
        this.context = context;
        this.menu = menu;
        this.connections = connections;
        this.layouts = layouts;
        this.shell = shell;
    }

    /** Fills the submenu from the settings. */
    void refresh() {
        List<AppAction.DynamicItem> items = new ArrayList<>();
        for (String saved : context.settings().recentLayouts) {
            RecentLayout.decode(saved).ifPresent(r -> items.add(new AppAction.DynamicItem(text(r), () -> open(r), false)));
        }
        if (items.isEmpty()) {
            items.add(new AppAction.DynamicItem(context.text("action.recent.empty"), null, false));
        } else {
            items.add(new AppAction.DynamicItem(context.text("action.recent.clear"), () -> {
                context.settings().recentLayouts.clear();
                context.saveSettings();
                refresh();
            }, false));
        }
        menu.items().setAll(items);
    }

    private String text(RecentLayout r) {
        if (r instanceof RecentLayout.ServerLayout l) {
            return l.profile() == null ? context.text("recent.serverDemo", l.name(), l.organizer(), l.event())
                    : context.text("recent.server", l.name(), l.organizer(), l.event(), l.profile());
        }
        Path path = ((RecentLayout.LayoutFile) r).path();
        return path.getParent() == null ? String.valueOf(path.getFileName())
                : context.text("recent.file", path.getFileName(), path.getParent());
    }

    void open(RecentLayout recent) {
        if (recent instanceof RecentLayout.LayoutFile f) {
            shell.openLayout(f.path());
            return;
        }
        RecentLayout.ServerLayout l = (RecentLayout.ServerLayout) recent;
        shell.showLayouts();
        ActiveConnection c = connections.active();
        if (c != null && l.isOn(c)) {
            layouts.openServerLayout(l.layoutId());
        } else if (l.profile() == null) {
            waiting = l;
            if (c != null && c.demo()) {
                connections.switchEvent(l.event());
            } else {
                connections.useDemo();
            }
        } else if (context.profiles().find(l.profile()).isEmpty()) {
            context.errors().show(context.window(), new ErrorReport(context.text("recent.gone.title"),
                    context.text("recent.gone.what", l.profile()), context.text("recent.gone.todo"), ""));
        } else {
            waiting = l;
            connections.useProfile(context.profiles().find(l.profile()).get().withEvent(l.event()));
        }
    }

    /** The connection changed: open the waiting layout once its connection and event are there. */
    void connectionChanged(ActiveConnection now) {
        RecentLayout.ServerLayout l = waiting;
        if (l == null) {
            return;
        }
        if (l.isOn(now)) {
            waiting = null;
            layouts.openServerLayout(l.layoutId());
        } else if (l.profile() == null && now.demo()) {
            connections.switchEvent(l.event()); // the demo server is up; now its event
        } else {
            waiting = null; // the user went elsewhere
        }
    }
}
