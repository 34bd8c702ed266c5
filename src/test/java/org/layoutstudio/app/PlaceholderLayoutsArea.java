package org.layoutstudio.app;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.IconView;

/** Stands in for the layout editor until it is wired in: shows what the shell routes to it. */
final class PlaceholderLayoutsArea implements LayoutsArea {
    private final ShellContext context;
    private final Label event = new Label();
    private final Label opened = new Label();
    private final Label background = new Label();
    private final VBox view;

    PlaceholderLayoutsArea(ShellContext context) {
        this.context = context;
        IconView icon = Icon.TICKET_OUTLINE.view();
        icon.getStyleClass().add("placeholder-icon");
        Label hint = new Label(context.text("area.layouts.placeholder"));
        hint.setWrapText(true);
        event.setId("layouts-event");
        opened.setId("layouts-opened");
        background.setId("layouts-background");
        view = new VBox(12, icon, hint, event, opened, background);
        view.setAlignment(Pos.CENTER);
        view.setId("layouts-area");
        view.getStyleClass().add("placeholder-area");
    }

    /** How often the shell said that the fonts changed. */
    int fontsChanged;

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void fontsChanged() {
        fontsChanged++;
    }

    @Override
    public void connectionChanged(ActiveConnection connection) {
        event.setText(context.text("area.placeholder.event", connection.organizer(), connection.event()));
    }

    @Override
    public void openLayoutFile(Path file) {
        opened.setText(context.text("area.placeholder.opened", file.getFileName().toString()));
        context.rememberRecentLayout(file);
    }

    @Override
    public void openServerLayout(long layoutId) {
        opened.setText(context.text("area.placeholder.serverLayout", layoutId));
    }

    /** How often the shell said the window reached its size (once, after it was shown). */
    int windowSizedCalls;

    @Override
    public void windowSized() {
        windowSizedCalls++;
    }

    @Override
    public void setBackgroundPdf(Path pdf) {
        background.setText(context.text("area.placeholder.background", pdf.getFileName().toString()));
    }
}
