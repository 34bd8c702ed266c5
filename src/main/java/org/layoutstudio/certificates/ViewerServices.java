package org.layoutstudio.certificates;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.application.HostServices;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * What the certificate viewer needs from its surroundings besides pretix: the application's message
 * bundle (every text it shows, {@code certificates.*} and the error texts), the background-task
 * helper, the remembered folder, file dialogs, the system's PDF viewer, a printer, and a way to open
 * PDF bytes as pages. The app shell passes {@link #desktop}; tests pass fakes.
 */
public record ViewerServices(ResourceBundle texts, BackgroundTasks tasks, LastFolder lastFolder, FileDialogs dialogs,
        PdfOpener opener, PdfPrinter printer, PdfPages.Opener pdf) {
    public ViewerServices {
        Objects.requireNonNull(texts);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(lastFolder);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(opener);
        Objects.requireNonNull(printer);
        Objects.requireNonNull(pdf);
    }

    /** The real thing: shared background tasks, system dialogs, host services, JavaFX printing, the app's last folder. */
    public static ViewerServices desktop(ResourceBundle texts, HostServices hostServices, LastFolder lastFolder) {
        BackgroundTasks tasks = BackgroundTasks.shared();
        return new ViewerServices(texts, tasks, lastFolder, FileDialogs.system(texts), PdfOpener.hostServices(hostServices),
                new FxPdfPrinter(tasks), RasterPdfPages.opener(sharedRaster()));
    }

    private static BackgroundRaster shared;

    /** One raster for every viewer the app makes (a new connection makes a new view, not a new thread). */
    static synchronized BackgroundRaster sharedRaster() {
        if (shared == null) {
            shared = viewerRaster();
        }
        return shared;
    }

    /**
     * A raster of the viewer's own: one render thread, and a small cache, because the viewer keeps
     * its own bounded cache of page images at the current zoom.
     */
    public static BackgroundRaster viewerRaster() {
        return new BackgroundRaster(1, RASTER_CACHE_BYTES);
    }

    /** Bytes of page pixels the viewer's raster keeps besides the viewer's own page cache. */
    public static final long RASTER_CACHE_BYTES = 16L * 1024 * 1024;

    public ViewerServices withDialogs(FileDialogs d) {
        return new ViewerServices(texts, tasks, lastFolder, d, opener, printer, pdf);
    }

    public ViewerServices withOpener(PdfOpener o) {
        return new ViewerServices(texts, tasks, lastFolder, dialogs, o, printer, pdf);
    }

    public ViewerServices withPrinter(PdfPrinter p) {
        return new ViewerServices(texts, tasks, lastFolder, dialogs, opener, p, pdf);
    }

    public ViewerServices withLastFolder(LastFolder l) {
        return new ViewerServices(texts, tasks, l, dialogs, opener, printer, pdf);
    }
}
