package org.layoutstudio.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.IconView;

/** Stands in for the certificate viewer until it is wired in. */
final class PlaceholderCertificatesArea implements CertificatesArea {
    private final ShellContext context;
    private final Label event = new Label();
    private final VBox view;

    PlaceholderCertificatesArea(ShellContext context) {
        this.context = context;
        IconView icon = Icon.CERTIFICATE_OUTLINE.view();
        icon.getStyleClass().add("placeholder-icon");
        event.setId("certificates-event");
        view = new VBox(12, icon, new Label(context.text("area.certificates.placeholder")), event);
        view.setAlignment(Pos.CENTER);
        view.setId("certificates-area");
        view.getStyleClass().add("placeholder-area");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void connectionChanged(ActiveConnection connection) {
        event.setText(context.text("area.placeholder.event", connection.organizer(), connection.event()));
    }
}
