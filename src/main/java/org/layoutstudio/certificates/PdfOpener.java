package org.layoutstudio.certificates;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens a saved PDF in the system's PDF viewer; an interface so that tests launch nothing. */
@FunctionalInterface
public interface PdfOpener {
    void open(Path pdf) throws Exception;

    /** Through the JavaFX application's host services (works wherever the desktop can open files). */
    static PdfOpener hostServices(HostServices services) {
        return pdf -> {
            if (services == null) {
                throw new IllegalStateException("No desktop to open files with.");
            }
            services.showDocument(pdf.toUri().toString());
        };
    }
}
