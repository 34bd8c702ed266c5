package org.layoutstudio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.layoutstudio.certificates.CertificatesView;
import org.layoutstudio.certificates.LastFolder;
import org.layoutstudio.certificates.PdfOpener;
import org.layoutstudio.certificates.ViewerServices;
import org.layoutstudio.pretix.PretixClient;

/**
 * The certificate viewer in the main window: a fresh view over each connection (organizer and
 * event), the last save folder kept in the app's settings.
 */
final class PretixCertificatesArea implements CertificatesArea {
    private final ShellContext context;
    private final StackPane view = new StackPane();
    private CertificatesView current;
    private PretixClient client;

    PretixCertificatesArea(ShellContext context) {
        this.context = context;
        view.setId("certificates-area");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void connectionChanged(ActiveConnection connection) {
        dispose();
        client = new PretixClient(connection.pretixConnection());
        current = CertificatesView.forPretix(client, services());
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
        if (context.hostServices() != null) {
            return ViewerServices.desktop(context.hostServices(), folder);
        }
        // No Application (tests): everything real except opening files in another program.
        PdfOpener nothing = file -> { };
        return ViewerServices.desktop(null, folder).withOpener(nothing);
    }

    /** The view of the current connection (tests). */
    CertificatesView view0() {
        return current;
    }

    @Override
    public void dispose() {
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
