package org.layoutstudio.certificates;

import javafx.stage.Window;

/** Prints a PDF's pages; an interface so that tests print nothing. */
@FunctionalInterface
public interface PdfPrinter {
    /**
     * Prints {@code pages} (shows the system's print dialog first). Called on the FX thread; slow
     * work happens inside. {@code done} receives null on success, or a sentence for the user.
     */
    void print(Window owner, PdfPages pages, String jobName, java.util.function.Consumer<String> done);
}
