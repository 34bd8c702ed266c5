package org.layoutstudio.certificates;

import java.util.function.Consumer;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import javax.print.PrintException;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.FxImages;

/**
 * Prints with JavaFX's {@link PrinterJob}: the print dialog on the FX thread, then each page drawn
 * at 150 dpi and sent as an image, in the background (the image nodes are not in a live scene, so
 * the job may run on any thread).
 */
public final class FxPdfPrinter implements PdfPrinter {
    private static final double PRINT_SCALE = 150.0 / 72.0;
    private final BackgroundTasks tasks;

    public FxPdfPrinter(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void print(Window owner, PdfPages pages, String jobName, Consumer<Outcome> done, Consumer<Throwable> failed) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            done.accept(Outcome.NO_PRINTER);
            return;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            done.accept(Outcome.CANCELLED);
            return;
        }
        tasks.run("Print " + jobName, () -> {
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int i = 0; i < pages.pageCount(); i++) {
                ImageView view = new ImageView(FxImages.toFx(pages.render(i, PRINT_SCALE)));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(view)) {
                    throw new PrintException("The printer stopped at page " + (i + 1) + ".");
                }
            }
            if (!job.endJob()) {
                throw new PrintException("The printer did not accept the job.");
            }
            return Outcome.PRINTED;
        }, done, failed);
    }
}
