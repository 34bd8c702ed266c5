package org.layoutstudio.certificates;

import java.util.function.Consumer;
import javafx.stage.Window;

/** Prints a PDF's pages; an interface so that tests print nothing. */
@FunctionalInterface
public interface PdfPrinter {
    /** How a print request ended (failures go to the other callback). */
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER }

    /**
     * Prints {@code pages} (shows the system's print dialog first). Called on the FX thread; slow
     * work happens inside. Exactly one of {@code done} and {@code failed} is called, on the FX thread.
     */
    void print(Window owner, PdfPages pages, String jobName, Consumer<Outcome> done, Consumer<Throwable> failed);
}
