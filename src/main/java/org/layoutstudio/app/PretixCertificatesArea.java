package org.layoutstudio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.layoutstudio.certificates.CertificateActions;
import org.layoutstudio.certificates.CertificatesView;
import org.layoutstudio.certificates.LastFolder;
import org.layoutstudio.certificates.PdfOpener;
import org.layoutstudio.certificates.ViewerServices;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.ui.AppAction;

/**
 * The certificate viewer in the main window: a fresh view over each connection (organizer and
 * event), the last save folder kept in the app's settings. Its commands are declared once, in the
 * menu "Certificates", and act on the view of the current connection while its tab is shown.
 */
final class PretixCertificatesArea implements CertificatesArea {
    private final ShellContext context;
    private final StackPane view = new StackPane();
    private final CertificateActions actions = new CertificateActions();
    private CertificatesView current;
    private PretixClient client;
    /** The connection the next view is for: the view (its table, its requests) is built when first shown. */
    private ActiveConnection connection;

    PretixCertificatesArea(ShellContext context) {
        this.context = context;
        view.setId("certificates-area");
        // Off until the shell says the viewer is shown: a shortcut never acts on a hidden viewer.
        actions.onScreenProperty().set(false);
    }

    /** The viewer's commands act only while its tab is shown. */
    @Override
    public void shownChanged(boolean shown) {
        if (shown) {
            build();
        }
        actions.onScreenProperty().set(shown);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<AppAction> actions() {
        return actions.all();
    }

    @Override
    public void connectionChanged(ActiveConnection connection) {
        dispose();
        this.connection = connection;
        if (actions.onScreenProperty().get()) { // the viewer is shown
            build();
        }
    }

    /**
     * The view of the current connection, made when the viewer is first shown on it: at start-up the
     * editor is what the user sees, and the attendee list and its requests would only delay it.
     */
    private void build() {
        if (current != null || connection == null) {
            return;
        }
        client = new PretixClient(connection.pretixConnection());
        current = CertificatesView.forPretix(client, services(), actions);
        view.getChildren().setAll(current);
    }

    private ViewerServices services() {
        LastFolder folder = new LastFolder() {
            @Override
            public Optional<Path> get() {
                String f = context.settings().lastCertificateFolder;
                return f != null && Files.isDirectory(Path.of(f)) ? Optional.of(Path.of(f)) : Optional.empty();
            }

            @Override
            public void set(Path f) {
                context.settings().lastCertificateFolder = f.toAbsolutePath().toString();
                context.saveSettings();
            }
        };
        ViewerServices services = ViewerServices.desktop(context.texts(), context.hostServices(), folder);
        if (context.hostServices() != null) {
            return services;
        }
        // No Application (tests): everything real except opening files in another program.
        PdfOpener nothing = file -> { };
        return services.withOpener(nothing);
    }

    /** The view of the current connection (tests). */
    CertificatesView view0() {
        build();
        return current;
    }

    /** The viewer's actions (tests). */
    CertificateActions certificateActions() {
        return actions;
    }

    @Override
    public void dispose() {
        connection = null;
        view.getChildren().clear();
        if (current != null) {
            current.dispose();
            current = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
