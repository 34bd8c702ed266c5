package org.layoutstudio.certificates;

import java.util.Objects;
import javafx.application.HostServices;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * What the certificate viewer needs from its surroundings besides pretix: the background-task
 * helper, the remembered folder, file dialogs, the system's PDF viewer, a printer, and a way to open
 * PDF bytes as pages. The app shell passes {@link #desktop}; tests pass fakes.
 */
public record ViewerServices(BackgroundTasks tasks, LastFolder lastFolder, FileDialogs dialogs, PdfOpener opener,
        PdfPrinter printer, PdfPages.Opener pdf) {
    public ViewerServices {
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(lastFolder);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(opener);
        Objects.requireNonNull(printer);
        Objects.requireNonNull(pdf);
    }

    /** The real thing: shared background tasks, Java preferences, system dialogs, host services, JavaFX printing. */
    public static ViewerServices desktop(HostServices hostServices) {
        return desktop(hostServices, LastFolder.preferences());
    }

    /** As {@link #desktop(HostServices)} with the app's own last-folder setting. */
    public static ViewerServices desktop(HostServices hostServices, LastFolder lastFolder) {
        BackgroundTasks tasks = BackgroundTasks.shared();
        return new ViewerServices(tasks, lastFolder, FileDialogs.system(), PdfOpener.hostServices(hostServices),
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
        return new ViewerServices(tasks, lastFolder, d, opener, printer, pdf);
    }

    public ViewerServices withOpener(PdfOpener o) {
        return new ViewerServices(tasks, lastFolder, dialogs, o, printer, pdf);
    }

    public ViewerServices withPrinter(PdfPrinter p) {
        return new ViewerServices(tasks, lastFolder, dialogs, opener, p, pdf);
    }

    public ViewerServices withLastFolder(LastFolder l) {
        return new ViewerServices(tasks, l, dialogs, opener, printer, pdf);
    }
}
